package org.fullsms.io.hdf5;

import java.io.IOException;
import java.nio.file.Path;

/** A whole file cannot be read (not HDF5, truncated, unreadable structure). The message names the file. */
public class Hdf5FormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public Hdf5FormatException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public Hdf5FormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
