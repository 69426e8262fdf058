package org.fullsms.runtime.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.export.ExportFolder;
import org.fullsms.export.ExportReport;
import org.fullsms.model.AtomicFile;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.spi.export.ExportTarget;

/**
 * The export folder of one export, as every exporter writes into it: plain file names only, each file written whole
 * or not at all, never onto a file the analysis reads from. It also carries what the built-in exporters share (the
 * settings, "Use ROI", the decay grid worked out once) and counts the files of all of them.
 */
final class FolderTarget implements ExportTarget {

    private final List<ParticleAnalysis> particles;
    private final boolean useRoi;
    private final ExportSettings settings;
    private final ExportFolder folder;
    private final List<Path> inputs;
    private final List<String> notes = new ArrayList<>();
    private final Set<String> unreadable = new LinkedHashSet<>();
    private HistogramBinning decayGrid;
    private boolean decayGridKnown;
    private int files;
    private int skipped;

    FolderTarget(List<ParticleAnalysis> particles, boolean useRoi, ExportSettings settings, ExportFolder folder) {
        this.particles = List.copyOf(particles);
        this.useRoi = useRoi;
        this.settings = settings;
        this.folder = folder;
        this.inputs = particles.isEmpty() ? List.of()
                : particles.get(0).session().dataset().source().map(List::of).orElse(List.of());
    }

    @Override
    public Path folder() {
        return settings.dir();
    }

    @Override
    public void write(String fileName, Content content) throws IOException {
        if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")
                || fileName.equals(".") || fileName.equals("..")) {
            throw new IOException("an exporter asked to write \"" + fileName + "\": only plain file names are allowed");
        }
        Path target = settings.dir().resolve(fileName);
        for (Path input : inputs) {
            if (Files.exists(target) && Files.isSameFile(target, input)) {
                throw new IOException(target + " is an input of the analysis: not overwritten");
            }
        }
        try (AtomicFile file = AtomicFile.open(target, settings.overwrite())) {
            content.writeTo(file.stream());
            file.commit();
        }
        files++;
    }

    @Override
    public void note(String message) {
        notes.add(message);
    }

    List<String> notes() {
        return notes;
    }

    /** A particle (or its spectra) that could not be read, said once however many exporters met it. */
    void unreadable(String line) {
        unreadable.add(line);
    }

    Set<String> unreadable() {
        return unreadable;
    }

    /** Counts what a built-in export run wrote and skipped. */
    void counted(ExportReport report) {
        files += report.files().size();
        skipped += report.skipped().size();
    }

    int files() {
        return files;
    }

    int skipped() {
        return skipped;
    }

    ExportFolder exportFolder() {
        return folder;
    }

    List<ParticleAnalysis> particles() {
        return particles;
    }

    boolean useRoi() {
        return useRoi;
    }

    ExportSettings settings() {
        return settings;
    }

    /** The decay grid of the exported particles, worked out on first use (it may read every particle's photons). */
    HistogramBinning decayGrid() throws IOException {
        if (!decayGridKnown) {
            decayGrid = ExportWiring.decayGrid(particles);
            decayGridKnown = true;
        }
        return decayGrid;
    }
}
