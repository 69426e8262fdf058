package org.fullsms.runtime;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.fullsms.model.Dataset;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.spi.ImportOptions;
import org.fullsms.spi.PhotonImporter;

/**
 * Finds the {@link PhotonImporter} services (ours and third parties') and opens files with the first that can
 * read them. An importer that throws an unchecked exception is isolated: its failure becomes a message.
 */
public final class Importers {

    private Importers() {
    }

    /**
     * The registered importers in the order they are asked: highest service ranking first (importers that recognise
     * a format by its content rank above the generic Full SMS HDF5 one), then the oldest registration.
     */
    public static List<PhotonImporter> all() {
        return Extensions.current().importers();
    }

    /** Opens a file with its importer ({@link #importerFor}) and the importer's defaults. */
    public static Dataset open(Path file) throws IOException {
        return open(file, ImportOptions.DEFAULTS);
    }

    /** Opens a file with its importer ({@link #importerFor}) as the options ask. */
    public static Dataset open(Path file, ImportOptions options) throws IOException {
        return open(importerFor(file), file, options);
    }

    /**
     * Opens a file with an importer found before (by {@link #importerFor}), so that a caller that also shows which
     * importer read the file does not recognise it twice; a failure of the importer is a message naming the file.
     */
    public static Dataset open(PhotonImporter importer, Path file, ImportOptions options) throws IOException {
        try {
            return importer.open(file, options);
        } catch (RuntimeException e) {
            throw new IOException(file + ": the " + importer.label() + " importer failed: " + e, e);
        }
    }

    /**
     * The importer that reads the file: the first, in {@link #all()} order, whose content check accepts it.
     *
     * @throws IOException naming the file when it is missing, a folder, unreadable, or no importer accepts it
     */
    public static PhotonImporter importerFor(Path file) throws IOException {
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
            boolean accepts;
            try {
                accepts = importer.canRead(file);
            } catch (RuntimeException e) {
                accepts = false; // a faulty third-party check must not hide the other importers
            }
            if (accepts) {
                return importer;
            }
        }
        if (importers.isEmpty()) {
            throw new IOException(file + ": no importer is installed");
        }
        throw new IOException(file + ": not a file Full SMS can read (known formats: "
                + String.join(", ", importers.stream().map(PhotonImporter::label).toList()) + ")");
    }

    /** Every importer's file patterns, for open dialogs and drop filters (e.g. {@code *.h5}, {@code *.ptu}). */
    public static List<String> filePatterns() {
        return all().stream().flatMap(i -> i.filePatterns().stream()).distinct().toList();
    }

    /** Whether the file's name matches an importer's pattern (case-insensitive); its content is checked on open. */
    public static boolean matchesPattern(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        Path lower = Path.of(name.toString().toLowerCase(Locale.ROOT));
        return filePatterns().stream().anyMatch(p -> FileSystems.getDefault()
                .getPathMatcher("glob:" + p.toLowerCase(Locale.ROOT)).matches(lower));
    }

    /** Open-dialog filters: all data files first, then one per importer, then all files (names, extensions). */
    public static String[][] dialogFilters() {
        List<PhotonImporter> importers = all();
        List<String> names = new java.util.ArrayList<>();
        List<String> extensions = new java.util.ArrayList<>();
        names.add("All data files");
        extensions.add(String.join(";", filePatterns()));
        for (PhotonImporter i : importers) {
            names.add(i.label() + " (" + String.join(", ", i.filePatterns()) + ")");
            extensions.add(String.join(";", i.filePatterns()));
        }
        names.add("All files");
        extensions.add("*");
        return new String[][] { names.toArray(String[]::new), extensions.toArray(String[]::new) };
    }
}
