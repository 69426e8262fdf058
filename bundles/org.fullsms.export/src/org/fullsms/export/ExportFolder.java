package org.fullsms.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder of one export, which may take several {@link ParticleExporter} runs (the command line and the
 * workbench write particle by particle, then the dataset-wide files). From before its first file is written until
 * {@link #complete()}, the folder holds a marker file saying the export is incomplete, so an export that fails,
 * is cancelled or killed never leaves old and new files mixed without saying so. Files in a folder that carries
 * the marker of an earlier export are replaced without overwrite (they belong to that unfinished export); a
 * finished export's files still need overwrite.
 */
public final class ExportFolder {

    /** The marker's name: plain words, listed beside the export files. */
    public static final String INCOMPLETE_MARKER = "EXPORT INCOMPLETE.txt";

    private static final String MARKER_TEXT = """
            This export did not finish: the files in this folder may mix an earlier export with part of a new one.
            Export into this folder again to replace them; this file is removed when an export finishes.
            """;

    private final Path folder;
    private final boolean resumesIncomplete;
    private boolean marked;

    private ExportFolder(Path folder) {
        this.folder = folder;
        this.resumesIncomplete = Files.exists(folder.resolve(INCOMPLETE_MARKER));
    }

    /** An export starting into {@code folder} (nothing is written yet). */
    public static ExportFolder of(Path folder) {
        return new ExportFolder(folder.toAbsolutePath());
    }

    Path path() {
        return folder;
    }

    /** Whether existing files may be replaced: the user asked to overwrite, or they are an unfinished export's. */
    boolean overwrite(boolean asked) {
        return asked || resumesIncomplete;
    }

    /** Called before each file is written; marks the folder incomplete before the first. */
    void beforeWrite() throws ExportException {
        if (!marked) {
            ExportFiles.write(folder.resolve(INCOMPLETE_MARKER), () -> MARKER_TEXT.getBytes(StandardCharsets.UTF_8),
                    true);
            marked = true;
        }
    }

    /** After the export's last file: removes the marker (this export's, or the unfinished one it replaced). */
    public void complete() throws ExportException {
        if (!marked && !resumesIncomplete) {
            return;
        }
        Path marker = folder.resolve(INCOMPLETE_MARKER);
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new ExportException(marker, "not removed after the export finished: " + ExportFiles.describe(e), e);
        }
    }
}
