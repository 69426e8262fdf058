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
 * @param channels     how an instrument file's detector channels were made particles ("each", "A", "A,B"), or
 *                     null for a Full SMS file
 */
public record DataFileRef(String relativePath, String absolutePath, String fileName, long sizeBytes,
        String sha256, String channels) {

    public DataFileRef {
        Objects.requireNonNull(absolutePath, "absolutePath");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The reference with the channel layout the dataset was opened with. */
    public DataFileRef withChannels(String layout) {
        return new DataFileRef(relativePath, absolutePath, fileName, sizeBytes, sha256, layout);
    }
}
