package org.fullsms.session;

import java.util.Objects;

/**
 * How a session names its HDF5 file. The photons are never copied into the session: they are read again from
 * this file.
 *
 * @param relativePath path from the session's folder, with {@code /} separators; null when none exists (another
 *                     drive)
 * @param absolutePath where the file was when the session was saved (a hint only)
 * @param fileName     the file's name, used to look beside the session when the file has moved
 * @param sizeBytes    file size in bytes
 * @param sha256       SHA-256 of the whole file, lower-case hex
 */
public record DataFileRef(String relativePath, String absolutePath, String fileName, long sizeBytes,
        String sha256) {

    public DataFileRef {
        Objects.requireNonNull(absolutePath, "absolutePath");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
    }
}
