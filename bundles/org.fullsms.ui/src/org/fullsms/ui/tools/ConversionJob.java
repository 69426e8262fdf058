package org.fullsms.ui.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.fullsms.io.hdf5.WriteResult;
import org.fullsms.runtime.FileConversion;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.ui.prefs.UiPreferences;

/**
 * The conversions of the Convert dialog as one job (progress per file, cancel between files and while writing):
 * each through {@link FileConversion#run}, the code of {@code fullsms convert}. A file that fails is named in the
 * Error Log and the others go on; a cancel keeps the files written and says how many.
 */
public final class ConversionJob {

    private ConversionJob() {
    }

    /**
     * @param written told the files written, on the job's thread, when at least one was
     * @return the scheduled job
     */
    public static Job schedule(ConvertDialog.Request request, Consumer<List<Path>> written) {
        List<FileConversion.Conversion> conversions = request.conversions();
        String name = "Converting " + (conversions.size() == 1 ? conversions.get(0).target().getFileName()
                : conversions.size() + " files");
        Job job = FullSmsJobs.create(name, monitor -> {
            SubMonitor sub = SubMonitor.convert(monitor, name, conversions.size());
            List<Path> done = new ArrayList<>();
            List<IStatus> problems = new ArrayList<>();
            try {
                for (FileConversion.Conversion c : conversions) {
                    sub.subTask(c.target().getFileName().toString());
                    try {
                        WriteResult w = FileConversion.run(c, request.channels(), request.overwrite(), sub.split(1));
                        done.add(w.target());
                        w.warnings().forEach(warning -> problems.add(Status.warning(w.target() + ": " + warning)));
                    } catch (OperationCanceledException e) {
                        throw e;
                    } catch (IOException e) {
                        problems.add(Status.error(e.getMessage())); // names the file and the problem
                    } catch (RuntimeException e) {
                        // a defect of a reader: the other files still go, and this one is named, not traced
                        problems.add(Status.error(c.inputs().get(0) + ": not converted (" + e + ")"));
                    }
                }
            } catch (OperationCanceledException e) {
                report(done, written);
                return new Status(IStatus.CANCEL, UiPreferences.NODE, name + ": cancelled — " + done.size() + " of "
                        + conversions.size() + " files written and kept");
            }
            report(done, written);
            int failed = conversions.size() - done.size();
            if (!problems.isEmpty()) {
                return new MultiStatus(UiPreferences.NODE, 0, problems.toArray(IStatus[]::new), name + ": "
                        + (failed > 0 ? failed + " of " + conversions.size() + " files not converted"
                                : "converted with warnings"), null);
            }
            if (done.isEmpty()) {
                return Status.OK_STATUS; // nothing was asked for
            }
            return Status.info("Converted " + (done.size() == 1 ? done.get(0) : done.size() + " files into "
                    + done.get(0).toAbsolutePath().getParent()));
        });
        job.schedule();
        return job;
    }

    private static void report(List<Path> done, Consumer<List<Path>> written) {
        if (!done.isEmpty()) {
            written.accept(List.copyOf(done));
        }
    }
}
