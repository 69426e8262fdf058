package org.fullsms.ui.export;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fullsms.runtime.cli.CliException;
import org.fullsms.runtime.cli.ExportSettings;
import org.fullsms.runtime.cli.ExportWiring;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * What the Export view asked for, and the export itself through {@link ExportWiring} — the code behind
 * {@code fullsms analyze --export} and {@code fullsms export}, so the view writes the same files.
 *
 * @param dir       the folder to write into
 * @param csv       the CSV exports (traces, levels, grouped levels, groups, fits, decays, correlation, 2-D data)
 * @param parquet   the Parquet tables
 * @param plots     {@code "png"}, {@code "svg"} or null for no plots
 * @param overwrite whether existing files are replaced
 */
record ExportRun(Path dir, boolean csv, boolean parquet, String plots, boolean overwrite) {

    ExportRun {
        if (!csv && !parquet) {
            throw new IllegalArgumentException("choose CSV or Parquet tables (plots come with them)");
        }
    }

    /** The same export into a sub-folder. */
    ExportRun into(String subfolder) {
        return new ExportRun(dir.resolve(subfolder), csv, parquet, plots, overwrite);
    }

    /** The format word of {@link ExportSettings}. */
    String format() {
        return csv && parquet ? "both" : csv ? "csv" : "parquet";
    }

    /**
     * Exports {@code particles} of one file. The shared export writes a file's checked particles, so for another
     * scope the check marks are set to the scope for the export and put back afterwards.
     *
     * @return the export's one-line summary
     */
    String export(AnalysisSession session, List<ParticleAnalysis> particles) throws CliException {
        Map<ParticleAnalysis, Boolean> checked = new HashMap<>();
        for (ParticleAnalysis a : session.particles()) {
            checked.put(a, a.isSelected());
        }
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        try {
            for (ParticleAnalysis a : session.particles()) {
                boolean in = particles.contains(a);
                if (a.isSelected() != in) {
                    a.setSelected(in);
                }
            }
            ExportWiring.export(session, null, new ExportSettings(dir, format(), plots, overwrite),
                    new PrintStream(summary, true, StandardCharsets.UTF_8));
        } finally {
            checked.forEach((a, was) -> {
                if (a.isSelected() != was) {
                    a.setSelected(was);
                }
            });
        }
        return summary.toString(StandardCharsets.UTF_8).strip();
    }
}
