package org.fullsms.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fullsms.model.Dataset;

/**
 * Reads a photon data file into a {@link Dataset}. Register an implementation as an OSGi service (a DS
 * component) and it appears in File &gt; Open and in the command line with no further code.
 * <p>
 * Importers are asked in the order of their {@code service.ranking} property, highest first (the built-in Full SMS
 * HDF5 importer has ranking 0, the instrument-file importers 10): give an importer of an HDF5-based format a
 * ranking above 0 so it is asked before the generic HDF5 reader. {@link #canRead} decides by content, not by the
 * file name; {@link #filePatterns()} filters the open dialogs.
 *
 * @since 1.0
 */
public interface PhotonImporter {

    /** Unique, stable id, e.g. {@code org.fullsms.io.hdf5}. Never renamed: sessions refer to it. */
    String id();

    /** Name shown to users, e.g. "Full SMS HDF5". */
    String label();

    /** File name patterns for open dialogs, e.g. {@code *.h5}. */
    List<String> filePatterns();

    /** Whether this importer can read the file; looks at its header only, never throws. */
    boolean canRead(Path file);

    /**
     * Opens the file: metadata now, photons on first use. Throws with a message naming the file and what is
     * wrong when the file as a whole cannot be read; problems of single particles are reported on them.
     */
    Dataset open(Path file) throws IOException;

    /**
     * Opens the file as the user chose ({@link ImportOptions}); importers without choices open it as
     * {@link #open(Path)} does.
     */
    default Dataset open(Path file, ImportOptions options) throws IOException {
        return open(file);
    }
}
