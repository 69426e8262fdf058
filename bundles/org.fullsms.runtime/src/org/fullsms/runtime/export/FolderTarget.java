package org.fullsms.runtime.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fullsms.model.AtomicFile;
import org.fullsms.spi.export.ExportTarget;

/**
 * The export folder as an extension exporter writes into it: plain file names only, each file written whole or
 * not at all, never onto a file the analysis reads from.
 */
final class FolderTarget implements ExportTarget {

    private final Path folder;
    private final boolean overwrite;
    private final List<Path> inputs;
    private final List<String> notes = new ArrayList<>();
    private int files;

    FolderTarget(Path folder, boolean overwrite, List<Path> inputs) {
        this.folder = folder;
        this.overwrite = overwrite;
        this.inputs = inputs;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public void write(String fileName, Content content) throws IOException {
        if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")
                || fileName.equals(".") || fileName.equals("..")) {
            throw new IOException("an exporter asked to write \"" + fileName + "\": only plain file names are allowed");
        }
        Path target = folder.resolve(fileName);
        for (Path input : inputs) {
            if (Files.exists(target) && Files.isSameFile(target, input)) {
                throw new IOException(target + " is an input of the analysis: not overwritten");
            }
        }
        try (AtomicFile file = AtomicFile.open(target, overwrite)) {
            content.writeTo(file.stream());
            file.commit();
        }
        files++;
    }

    @Override
    public void note(String message) {
        notes.add(message);
    }

    int files() {
        return files;
    }

    List<String> notes() {
        return notes;
    }
}
