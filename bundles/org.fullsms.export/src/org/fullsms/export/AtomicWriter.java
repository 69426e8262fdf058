package org.fullsms.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes one export file the safe way: its bytes are made first, written to a hidden temporary file in the
 * target's folder, then moved into place, so a reader never sees a half-written file and a failure leaves
 * the previous file (if any) untouched and no temporary file behind.
 */
final class AtomicWriter {

    /** Makes a file's bytes; may fail. */
    @FunctionalInterface
    interface Content {
        byte[] make() throws IOException;
    }

    private AtomicWriter() {
    }

    static void write(Path target, Content content, boolean overwrite) throws ExportException {
        byte[] bytes;
        try {
            bytes = content.make();
        } catch (IOException | RuntimeException e) {
            throw new ExportException(target, "could not be made: " + describe(e), e);
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            if (!overwrite && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.write(tmp, bytes);
            permissions(tmp, target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ExportException(target, "not written: " + describe(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The move happened or the write failed; a leftover hidden file is all that can remain.
                }
            }
        }
    }

    /**
     * Temporary files are created private (rw-------); an export file gets the permissions of the file it
     * replaces, else rw-r--r--, as a plainly created file would.
     */
    private static void permissions(Path tmp, Path target) throws IOException {
        try {
            Set<PosixFilePermission> p = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, p);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the default ACLs apply.
        }
    }

    /** A one-line cause a user understands. */
    static String describe(Exception e) {
        if (e instanceof FileAlreadyExistsException) {
            return "the file exists (overwrite is off)";
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied (" + a.getFile() + ")";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + " (" + f.getFile() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
