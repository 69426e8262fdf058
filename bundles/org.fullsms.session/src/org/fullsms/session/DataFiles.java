package org.fullsms.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The link between a session and its HDF5 file: describing the file when saving (relative path, size, SHA-256),
 * finding it again when loading, and checking it is the same file. The file is only ever read.
 */
public final class DataFiles {

    /** Where the data file was found. */
    public record Location(Path file, boolean moved) {
    }

    /** Checksums by file identity, so repeated saves (autosave) do not re-read a large file. */
    private static final Map<String, String> CHECKSUMS = new ConcurrentHashMap<>();

    private DataFiles() {
    }

    /** The reference a session in {@code sessionDir} stores for {@code dataFile}. */
    public static DataFileRef describe(Path dataFile, Path sessionDir) throws IOException {
        Path data = dataFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(data)) {
            throw new IOException(data + ": data file not found (a session can only be saved for an existing file)");
        }
        String relative;
        try {
            relative = sessionDir.toAbsolutePath().normalize().relativize(data).toString()
                    .replace(data.getFileSystem().getSeparator(), "/");
        } catch (IllegalArgumentException e) {
            relative = null; // another drive or root: only the absolute path and the name can find it
        }
        return new DataFileRef(relative, data.toString(), data.getFileName().toString(), Files.size(data),
                sha256(data), null);
    }

    /** SHA-256 of a file, lower-case hex; remembered while the file's size and modification time stay the same. */
    public static String sha256(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        String key = file.toAbsolutePath().normalize() + "\u0000" + a.size() + "\u0000" + a.lastModifiedTime();
        String known = CHECKSUMS.get(key);
        if (known != null) {
            return known;
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        String hex = HexFormat.of().formatHex(digest.digest());
        CHECKSUMS.put(key, hex);
        return hex;
    }

    /**
     * Where the data file is now: at the saved relative path, else beside the session (same name), else at the
     * saved absolute path. The places looked at are in {@link #candidates}.
     */
    public static Optional<Location> locate(Path sessionFile, DataFileRef ref) {
        List<Path> places = candidates(sessionFile, ref);
        for (Path place : places) {
            if (Files.isRegularFile(place)) {
                // "Moved": not where the saved relative path (or, without one, the absolute path) points.
                Path expected = ref.relativePath() != null ? places.get(0) : places.get(places.size() - 1);
                return Optional.of(new Location(place, !place.equals(expected)));
            }
        }
        return Optional.empty();
    }

    /** {@link #locate}, or an exception listing every place looked at. */
    public static Location require(Path sessionFile, DataFileRef ref) throws DataFileNotFoundException {
        return locate(sessionFile, ref).orElseThrow(
                () -> new DataFileNotFoundException(sessionFile, ref.fileName(), candidates(sessionFile, ref)));
    }

    /** The places a data file is looked for, in order, without duplicates. */
    public static List<Path> candidates(Path sessionFile, DataFileRef ref) {
        Path dir = sessionFile.toAbsolutePath().normalize().getParent();
        Set<Path> places = new LinkedHashSet<>();
        if (ref.relativePath() != null) {
            places.add(dir.resolve(ref.relativePath()).normalize());
        }
        places.add(dir.resolve(ref.fileName()).normalize());
        try {
            places.add(Path.of(ref.absolutePath()).toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            // a path saved on another system (e.g. "C:\..." here) cannot be a place to look
        }
        return new ArrayList<>(places);
    }

    /**
     * Whether {@code file} is the file the session was saved with. Differences are warnings, not errors: the user
     * may have re-exported the same measurement.
     */
    public static List<String> verify(Path file, DataFileRef ref) throws IOException {
        List<String> warnings = new ArrayList<>();
        long size = Files.size(file);
        if (size != ref.sizeBytes()) {
            warnings.add(file + " has " + size + " bytes, but the session was saved with a file of " + ref.sizeBytes()
                    + " bytes: it may be a different file");
        } else if (!sha256(file).equalsIgnoreCase(ref.sha256())) {
            warnings.add(file + " differs from the file the session was saved with (SHA-256 checksum): it may be "
                    + "a different file");
        }
        return warnings;
    }
}
