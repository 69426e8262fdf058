package org.fullsms.session;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be loaded as a session: not a session at all (random bytes, another program's JSON, a
 * session of the original Python program), truncated or corrupt, or of a newer schema. The message names the file
 * and says why, in one line meant for the user.
 */
public final class SessionFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public SessionFormatException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public SessionFormatException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    /** The file that could not be loaded. */
    public Path file() {
        return file;
    }
}
