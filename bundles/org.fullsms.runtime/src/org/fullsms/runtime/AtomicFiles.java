package org.fullsms.runtime;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
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

    /**
     * A file being written: its bytes stream into a temporary file beside the target (so a large file need not be
     * held in memory), which {@link #commit()} moves into place; closing it uncommitted deletes the temporary file
     * and leaves the old target untouched.
     */
    public static final class Pending implements Closeable {

        private final Path target;
        private final Path tmp;
        private final OutputStream stream;
        private boolean committed;

        /** @param tmp the temporary file, or null to write straight into a device or FIFO */
        private Pending(Path target, Path tmp) throws IOException {
            this.target = target;
            this.tmp = tmp;
            this.stream = new BufferedOutputStream(tmp == null ? Files.newOutputStream(target, StandardOpenOption.WRITE)
                    : Files.newOutputStream(tmp));
        }

        public OutputStream stream() {
            return stream;
        }

        public void commit() throws IOException {
            stream.close();
            if (tmp != null) {
                readableByAll(tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            try {
                stream.close();
            } finally {
                if (!committed && tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            }
        }
    }

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

    /** Starts writing {@code target}; an existing target is replaced (on commit) only when {@code overwrite}. */
    public static Pending open(Path target, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (special(absolute)) {
            return new Pending(absolute, null);
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
            return new Pending(absolute, tmp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * Writes {@code bytes} to {@code target}. An existing target is replaced only when {@code overwrite}; a failure
     * leaves the old file untouched and no temporary file behind.
     */
    public static void write(Path target, byte[] bytes, boolean overwrite) throws IOException {
        try (Pending file = open(target, overwrite)) {
            file.stream().write(bytes);
            file.commit();
        }
    }
}
