package org.fullsms.ui.jobs;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Problems reported by jobs, one entry per failing particle or job, newest last. A job's {@link IStatus}
 * messages already name file and particle (see {@code AnalysisJobs}); stack traces are never shown.
 * Each entry is also written to the platform log (with its exception, if any), where it outlives the session
 * and reaches log listeners and support. Thread-safe; listeners are called on the reporting thread.
 */
public final class ErrorLog {

    /** One problem. */
    public record Entry(LocalTime time, int severity, String job, String message) {
        public String severityText() {
            return switch (severity) {
                case IStatus.ERROR -> "Error";
                case IStatus.WARNING -> "Warning";
                default -> "Info";
            };
        }
    }

    /** Plug-in id of a logged problem whose status names none. */
    private static final String PLUGIN_ID = "org.fullsms.ui";

    private final ILog platformLog = ILog.of(ErrorLog.class);
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Adds the leaves of a job's status unless it is OK, a confirmation (INFO) or cancelled: those go to the status line. */
    public void addIfProblem(String job, IStatus status) {
        if (status == null || status.getSeverity() == IStatus.OK || status.getSeverity() == IStatus.INFO
                || status.getSeverity() == IStatus.CANCEL) {
            return;
        }
        List<IStatus> leaves = new ArrayList<>();
        collect(status, leaves);
        LocalTime now = LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
        for (IStatus s : leaves) {
            entries.add(new Entry(now, s.getSeverity(), job, s.getMessage()));
            String plugin = s.getPlugin() == null || s.getPlugin().isEmpty() ? PLUGIN_ID : s.getPlugin();
            platformLog.log(new Status(s.getSeverity(), plugin, job + ": " + s.getMessage(), s.getException()));
        }
        listeners.forEach(Runnable::run);
    }

    private static void collect(IStatus status, List<IStatus> out) {
        if (status.isMultiStatus() && status.getChildren().length > 0) {
            for (IStatus child : status.getChildren()) {
                collect(child, out);
            }
        } else if (!status.isOK()) {
            out.add(status);
        }
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public void clear() {
        entries.clear();
        listeners.forEach(Runnable::run);
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    public void removeListener(Runnable l) {
        listeners.remove(l);
    }
}
