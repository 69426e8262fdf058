package org.fullsms.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fullsms.model.Dataset;
import org.fullsms.spi.PhotonImporter;

/**
 * Finds the {@link PhotonImporter} services (ours and third parties') and opens files with the first that can
 * read them. An importer that throws an unchecked exception is isolated: its failure becomes a message.
 */
public final class Importers {

    private Importers() {
    }

    /** The registered importers, by id. */
    public static List<PhotonImporter> all() {
        List<PhotonImporter> importers = new ArrayList<>(Services.all(PhotonImporter.class));
        importers.sort(Comparator.comparing(PhotonImporter::id));
        return importers;
    }

    /** Opens a file with the first importer that can read it; the message names the file and the problem. */
    public static Dataset open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder; give a data file in it");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + (Files.exists(file) ? ": not a regular file (a device or pipe)"
                    : ": no such file"));
        }
        if (!Files.isReadable(file)) {
            throw new IOException(file + ": not readable (check its permissions)");
        }
        List<PhotonImporter> importers = all();
        for (PhotonImporter importer : importers) {
            if (importer.canRead(file)) {
                try {
                    return importer.open(file);
                } catch (RuntimeException e) {
                    throw new IOException(file + ": the " + importer.label() + " importer failed: " + e, e);
                }
            }
        }
        if (importers.isEmpty()) {
            throw new IOException(file + ": no importer is installed");
        }
        throw new IOException(file + ": not a file Full SMS can read (known formats: "
                + String.join(", ", importers.stream().map(PhotonImporter::label).toList()) + ")");
    }
}
