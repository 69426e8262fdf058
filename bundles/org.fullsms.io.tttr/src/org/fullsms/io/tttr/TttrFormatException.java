package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.file.Path;

/** A time-tagged file that cannot be read; the message names the file and what is wrong, as one sentence. */
public final class TttrFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public TttrFormatException(Path file, String what) {
        super(file.getFileName() + ": " + what);
    }
}
