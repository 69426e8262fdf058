package org.fullsms.ui.filter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.analysis.filter.FilterPoint;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.analysis.filter.TauIntensityRegression;
import org.fullsms.export.FilteredLevelsCsv;
import org.fullsms.export.TauIntensityLineCsv;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.runtime.state.AnalysisSession;

/**
 * "Export Table…": asks where (beside the data file, named after it and the kind of points); {@link #write} then
 * writes the filtered set in a job, with the τ–I line of its points in a second file beside it, each whole or not at
 * all and never onto the data file; a failure goes to the Error Log.
 */
final class FilteredSetExport {

    private FilteredSetExport() {
    }

    /** Asks where the filtered set of {@code kind} goes; null when the user cancels. */
    static Path ask(Shell shell, AnalysisSession session, LevelKind kind) {
        FileDialog d = new FileDialog(shell, SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.csv" });
        d.setOverwrite(true);
        Path data = session.dataset().source().orElse(null);
        if (data != null && data.getParent() != null) {
            d.setFilterPath(data.getParent().toString());
        }
        String stem = FilteringPart.name(session).replaceFirst("\\.[^.]*$", "");
        d.setFileName(stem + " filtered " + kind.label().toLowerCase(Locale.ROOT) + ".csv");
        String chosen = d.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /**
     * Writes the points to {@code target}, replacing it (the dialog asked before), and their τ–I line beside it, in a
     * job.
     *
     * @param line the τ–I line of the points, written beside them ({@link #lineFileOf}); null: none
     * @param done hears "Wrote FILE" on the UI thread's terms (the caller posts it there)
     * @return the job, scheduled
     */
    static Job write(AnalysisSession session, Path target, List<FilterPoint> points, boolean onlyPassing,
            TauIntensityRegression line, Consumer<String> done) {
        Path data = session.dataset().source().orElse(null);
        Job job = FullSmsJobs.create("Writing " + target.getFileName(), monitor -> {
            try {
                if (data != null && Files.exists(target) && Files.isSameFile(target, data)) {
                    throw new IOException(target + " is the data file: not overwritten");
                }
                FilteredLevelsCsv.write(target, points, onlyPassing, true);
                if (line == null) {
                    done.accept("Wrote " + target);
                } else {
                    Path lineFile = lineFileOf(target);
                    if (data != null && Files.exists(lineFile) && Files.isSameFile(lineFile, data)) {
                        throw new IOException(lineFile + " is the data file: not overwritten");
                    }
                    TauIntensityLineCsv.write(lineFile, line, true);
                    done.accept("Wrote " + target + " and its τ–I line, " + lineFile.getFileName());
                }
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Filtered set " + target + ": " + e.getMessage());
            }
        });
        job.schedule();
        return job;
    }

    /** Where the τ–I line of a table goes: beside it, "NAME tau-I line.csv" for "NAME.csv". */
    static Path lineFileOf(Path table) {
        String name = table.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        return table.resolveSibling(name + " " + TauIntensityLineCsv.FILE_NAME);
    }
}
