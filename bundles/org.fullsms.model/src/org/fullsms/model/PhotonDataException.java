package org.fullsms.model;

import java.io.IOException;

/**
 * The stored photon data of one particle are unusable (wrong datatype, decreasing absolute times, missing
 * dataset...). Such a failure is permanent: the particle carries it as its error and the other particles are
 * unaffected.
 */
public class PhotonDataException extends IOException {

    private static final long serialVersionUID = 1L;

    public PhotonDataException(String message) {
        super(message);
    }

    public PhotonDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
