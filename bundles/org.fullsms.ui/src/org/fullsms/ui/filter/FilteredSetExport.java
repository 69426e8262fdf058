package org.fullsms.ui.filter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
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
 * "Export Table…": asks where (beside the data file, named after it and the kind of points), then writes the
 * filtered set in a job, with the τ–I line of its points in a second file beside it, each whole or not at all and
 * never onto the data file; a failure goes to the Error Log.
 */
final class FilteredSetExport {

    private FilteredSetExport() {
    }

    /**
     * @param line the τ–I line of the points, written beside them ({@link #lineFileOf}); null: none
     * @param done hears "Wrote FILE" on the UI thread's terms (the caller posts it there)
     */
    static void ask(Shell shell, AnalysisSession session, LevelKind kind, List<FilterPoint> points,
            boolean onlyPassing, TauIntensityRegression line, Consumer<String> done) {
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
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen);
        FullSmsJobs.create("Writing " + target.getFileName(), monitor -> {
            try {
                if (data != null && Files.exists(target) && Files.isSameFile(target, data)) {
                    throw new IOException(target + " is the data file: not overwritten");
                }
                FilteredLevelsCsv.write(target, points, onlyPassing, true); // the dialog asked before replacing
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
        }).schedule();
    }

    /** Where the τ–I line of a table goes: beside it, "NAME tau-I line.csv" for "NAME.csv". */
    static Path lineFileOf(Path table) {
        String name = table.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        return table.resolveSibling(name + " " + TauIntensityLineCsv.FILE_NAME);
    }
}
