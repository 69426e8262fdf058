package org.fullsms.runtime;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files the safe way: to a temporary file beside the target, then moved into place. A device or FIFO
 * ({@code /dev/null}, {@code /dev/stdout}) is written into instead: moving a file onto it would replace it.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Temporary files are created owner-only; the finished file gets the usual rw-r--r--. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Whether the path reaches (through links) something that exists and is neither a file nor a folder. */
    public static boolean special(Path path) {
        return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    /**
     * Writes {@code bytes} to {@code target}. An existing target is replaced only when {@code overwrite}; a failure
     * leaves the old file untouched and no temporary file behind.
     */
    public static void write(Path target, byte[] bytes, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (special(absolute)) {
            Files.write(absolute, bytes, StandardOpenOption.WRITE);
            return;
        }
        if (Files.exists(absolute)) {
            // A link is followed: the file it reaches is replaced, never the link itself (a move onto
            // /dev/stdout, a link, would replace it for the whole system when run as root).
            absolute = absolute.toRealPath();
        }
        if (!overwrite && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute + ": exists (use --overwrite to replace it)");
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            readableByAll(tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
