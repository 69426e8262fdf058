package org.fullsms.ui.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.export.plot.FigureSize;
import org.fullsms.runtime.export.ExportSettings;
import org.fullsms.runtime.export.ExportWiring;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * What the Export view asked for, and the export itself through {@link ExportWiring} — the code behind
 * {@code fullsms analyze --export} and {@code fullsms export}, so the view writes the same files.
 *
 * @param dir       the folder to write into
 * @param csv       the CSV exports (traces, levels, grouped levels, groups, fits, decays, correlation, 2-D data)
 * @param parquet   the Parquet tables
 * @param plots     {@code "png"}, {@code "svg"}, {@code "pdf"} or null for no plots
 * @param overwrite whether existing files are replaced
 * @param useRoi    the original's "Use ROI": "(ROI)" files, levels inside each particle's region of interest
 * @param exporters ids of the extension exporters to run as well (or alone)
 * @param figure    printed size, resolution and font size of the plots
 * @param unit      the intensity unit of tables and plots (the one the views show)
 */
record ExportRun(Path dir, boolean csv, boolean parquet, String plots, boolean overwrite, boolean useRoi,
        List<String> exporters, FigureSize figure, IntensityUnit unit) {

    /** Plots as one-column journal figures, intensities in counts per second. */
    ExportRun(Path dir, boolean csv, boolean parquet, String plots, boolean overwrite, boolean useRoi,
            List<String> exporters) {
        this(dir, csv, parquet, plots, overwrite, useRoi, exporters, FigureSize.JOURNAL_COLUMN,
                IntensityUnit.COUNTS_PER_SECOND);
    }

    ExportRun {
        exporters = List.copyOf(exporters);
        if (!csv && !parquet) {
            if (plots != null) {
                throw new IllegalArgumentException("plots come with CSV or Parquet tables: choose one of them too");
            }
            if (exporters.isEmpty()) {
                throw new IllegalArgumentException("choose CSV, Parquet tables or an extension exporter");
            }
        }
    }

    /** The same export into a sub-folder. */
    ExportRun into(String subfolder) {
        return new ExportRun(dir.resolve(subfolder), csv, parquet, plots, overwrite, useRoi, exporters, figure, unit);
    }

    /** The format word of {@link ExportSettings}: {@code none} when only extension exporters write. */
    String format() {
        return csv && parquet ? "both" : csv ? "csv" : parquet ? "parquet" : "none";
    }

    /**
     * Exports {@code particles} of one file.
     *
     * @return the export's one-line summary
     */
    String export(List<ParticleAnalysis> particles) throws IOException {
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        ExportWiring.export(particles, useRoi, new ExportSettings(dir, format(), plots, overwrite, exporters, figure,
                unit),
                new PrintStream(summary, true, StandardCharsets.UTF_8));
        return summary.toString(StandardCharsets.UTF_8).strip();
    }
}
