package org.fullsms.model;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * A file written the safe way, the one atomic write of the program (command outputs, exports, sessions, HDF5
 * files): its bytes go into a hidden temporary file beside the target, which {@link #commit()} moves into place
 * in one step, so a reader never sees a half-written file; closing it uncommitted deletes the temporary file and
 * leaves the old target untouched. A device or FIFO ({@code /dev/null}, {@code /dev/stdout}) is written into
 * instead: moving a file onto it would replace it. A new file gets the permissions a plainly created file would
 * (the user's umask), a replaced one keeps its own.
 */
public final class AtomicFile implements Closeable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    /** The temporary file, or null when writing straight into a device or FIFO. */
    private final Path tmp;
    private OutputStream stream;
    private boolean committed;

    private AtomicFile(Path target, Path tmp) {
        this.target = target;
        this.tmp = tmp;
    }

    /**
     * Starts writing {@code target}; an existing target is replaced (on commit) only when {@code overwrite}.
     *
     * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is off
     */
    public static AtomicFile open(Path target, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (special(absolute)) {
            return new AtomicFile(absolute, null);
        }
        if (Files.exists(absolute)) {
            // A link is followed: the file it reaches is replaced, never the link itself (a move onto
            // /dev/stdout, a link, would replace it for the whole system when run as root).
            absolute = absolute.toRealPath();
            if (!overwrite) {
                throw new FileAlreadyExistsException(absolute + ": exists (use --overwrite to replace it)");
            }
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = createTemporary(dir, absolute.getFileName().toString());
        try {
            if (Files.exists(absolute) && Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(absolute));
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new AtomicFile(absolute, tmp);
    }

    /**
     * Writes {@code bytes} to {@code target}. An existing target is replaced only when {@code overwrite}; a failure
     * leaves the old file untouched and no temporary file behind.
     */
    public static void write(Path target, byte[] bytes, boolean overwrite) throws IOException {
        try (AtomicFile file = open(target, overwrite)) {
            file.stream().write(bytes);
            file.commit();
        }
    }

    /** Whether the path reaches (through links) something that exists and is neither a file nor a folder. */
    public static boolean special(Path path) {
        return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    /** The file that is written (absolute, links resolved). */
    public Path target() {
        return target;
    }

    /** The stream into the file (buffered; opened on first use). */
    public OutputStream stream() throws IOException {
        if (stream == null) {
            stream = new BufferedOutputStream(Files.newOutputStream(tmp == null ? target : tmp, StandardOpenOption.WRITE));
        }
        return stream;
    }

    /**
     * The temporary file itself, for a library that writes a file by name (jHDF) instead of {@link #stream()}.
     *
     * @throws IOException when the target is a device or FIFO, which such a library cannot write into
     */
    public Path temporary() throws IOException {
        if (tmp == null) {
            throw new IOException(target + ": is not a regular file");
        }
        return tmp;
    }

    /** Moves the written file into place. */
    public void commit() throws IOException {
        commit(false);
    }

    /**
     * Forces the written bytes to disk, moves the file into place and makes the rename itself durable where the
     * platform allows syncing a folder: for files whose loss in a crash loses work (sessions).
     */
    public void commitDurably() throws IOException {
        commit(true);
    }

    private void commit(boolean durable) throws IOException {
        if (stream != null) {
            stream.close();
        }
        if (tmp != null) {
            if (durable) {
                force(tmp, StandardOpenOption.WRITE);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (durable) {
                try {
                    force(target.getParent(), StandardOpenOption.READ);
                } catch (IOException | RuntimeException e) {
                    // best effort (not on Windows): the file itself is already on disk
                }
            }
        }
        committed = true;
    }

    private static void force(Path path, StandardOpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(path, mode)) {
            channel.force(true);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (stream != null) {
                stream.close();
            }
        } finally {
            if (!committed && tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * A new empty file beside the target. Not {@code Files.createTempFile}: that makes the file owner-only (0600),
     * and the moved target would keep it; {@code createFile} applies the user's usual permissions.
     */
    private static Path createTemporary(Path dir, String name) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }
}
