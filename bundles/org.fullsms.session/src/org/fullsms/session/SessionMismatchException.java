package org.fullsms.session;

import java.io.IOException;

/**
 * A session does not fit the dataset it is applied to (a particle it names is missing, its levels reach beyond
 * the particle's photons): probably a different file. Nothing was changed.
 */
public final class SessionMismatchException extends IOException {

    private static final long serialVersionUID = 1L;

    public SessionMismatchException(String message) {
        super(message);
    }
}
