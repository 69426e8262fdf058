package org.fullsms.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.fullsms.model.AtomicFile;

/**
 * Writes one export file: its bytes are made first, then written with {@link AtomicFile}, so a reader never sees
 * a half-written file and a failure leaves the previous file (if any) untouched and no temporary file behind.
 * Failures become an {@link ExportException} naming the file in words a user understands.
 */
final class ExportFiles {

    /** Makes a file's bytes; may fail. */
    @FunctionalInterface
    interface Content {
        byte[] make() throws IOException;
    }

    private ExportFiles() {
    }

    static void write(Path target, Content content, boolean overwrite) throws ExportException {
        byte[] bytes;
        try {
            bytes = content.make();
        } catch (IOException | RuntimeException e) {
            throw new ExportException(target, "could not be made: " + describe(e), e);
        }
        try {
            AtomicFile.write(target, bytes, overwrite);
        } catch (IOException e) {
            throw new ExportException(target, "not written: " + describe(e), e);
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
