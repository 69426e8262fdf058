package org.fullsms.export;

import java.io.IOException;
import java.nio.file.Path;

/** An export file could not be written; the message names the file and the cause. */
public final class ExportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ExportException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The file that could not be written. */
    public Path file() {
        return file;
    }
}
