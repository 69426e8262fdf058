package org.fullsms.session;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The HDF5 file a session names is in none of the places looked at (the saved relative path, beside the session,
 * the saved absolute path). The UI asks the user for it and loads with that file.
 */
public final class DataFileNotFoundException extends NoSuchFileException {

    private static final long serialVersionUID = 1L;

    private final transient Path sessionFile;
    private final transient List<Path> tried;

    public DataFileNotFoundException(Path sessionFile, String fileName, List<Path> tried) {
        super(sessionFile.toString(), null, "data file " + fileName + " not found; looked at " + tried);
        this.sessionFile = sessionFile;
        this.tried = List.copyOf(tried);
    }

    public Path sessionFile() {
        return sessionFile;
    }

    /** The paths looked at, most likely first. */
    public List<Path> tried() {
        return tried;
    }
}
