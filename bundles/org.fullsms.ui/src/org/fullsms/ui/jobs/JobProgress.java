package org.fullsms.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.fullsms.runtime.FullSmsJobs;

/**
 * Tracks the progress of running Full SMS jobs (family {@link FullSmsJobs#FAMILY}) for the status bar and the
 * Progress part. Jobs write their progress into plain fields from their own threads; the UI polls
 * {@link #running()} a few times a second, so a busy job never floods the UI thread with events.
 * Failed jobs go to the {@link ErrorLog}; the message of a job that ends with a confirmation (INFO, "Saved analysis
 * to …") or a cancel that says what it kept ("… cancelled — 37 of 100 particles done and kept") is the status line's
 * {@link #lastMessage()}.
 */
public final class JobProgress {

    /**
     * A snapshot of one running job.
     *
     * @param fraction  done so far, 0–1, or NaN when the job did not say how much work it has
     * @param remainingS seconds left at the pace so far, or NaN until there is a pace to go by
     */
    public record Entry(Job job, String name, String task, double fraction, double remainingS) {
    }

    /** Progress fields written by the job's thread, read by the UI. */
    private static final class Tracked extends NullProgressMonitor {
        final long startedNs = System.nanoTime();
        volatile double total = -1;
        volatile double worked;
        volatile String task = "";

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
            worked = 0;
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void subTask(String name) {
            task = name == null ? "" : name;
        }

        @Override
        public void setTaskName(String name) {
            subTask(name);
        }
    }

    private final Map<Job, Tracked> running = new ConcurrentHashMap<>();
    private final ErrorLog errors;
    private volatile String lastMessage = "";
    private final JobChangeAdapter listener = new JobChangeAdapter() {
        @Override
        public void done(IJobChangeEvent event) {
            if (event.getJob().belongsTo(FullSmsJobs.FAMILY)) {
                running.remove(event.getJob());
                errors.addIfProblem(event.getJob().getName(), event.getResult());
                IStatus result = event.getResult();
                if ((result.getSeverity() == IStatus.INFO || result.getSeverity() == IStatus.CANCEL)
                        && !result.getMessage().isBlank()) {
                    lastMessage = result.getMessage();
                }
            }
        }
    };
    private final ProgressProvider provider = new ProgressProvider() {
        @Override
        public IProgressMonitor createMonitor(Job job) {
            if (!job.belongsTo(FullSmsJobs.FAMILY)) {
                return new NullProgressMonitor();
            }
            Tracked t = new Tracked();
            running.put(job, t);
            return t;
        }
    };

    public JobProgress(ErrorLog errors) {
        this.errors = errors;
    }

    /** Starts tracking all jobs; call once when the workbench starts. */
    public void install() {
        Job.getJobManager().setProgressProvider(provider);
        Job.getJobManager().addJobChangeListener(listener);
    }

    public void uninstall() {
        Job.getJobManager().removeJobChangeListener(listener);
        Job.getJobManager().setProgressProvider(null);
    }

    /** Running Full SMS jobs; fraction is NaN when a job did not say how much work it has. */
    public List<Entry> running() {
        List<Entry> list = new ArrayList<>();
        running.forEach((job, t) -> {
            double fraction = t.total > 0 ? Math.min(1, t.worked / t.total) : Double.NaN;
            list.add(new Entry(job, job.getName(), t.task, fraction, remaining(t, fraction)));
        });
        list.sort((a, b) -> a.name().compareTo(b.name()));
        return list;
    }

    /** Seconds left if the job goes on at its pace so far; NaN before 2 % or 1 s of it (no pace to go by yet). */
    static double remaining(Tracked t, double fraction) {
        double elapsedS = (System.nanoTime() - t.startedNs) * 1e-9;
        if (!(fraction >= 0.02) || fraction >= 1 || elapsedS < 1) {
            return Double.NaN;
        }
        return elapsedS * (1 - fraction) / fraction;
    }

    /** The last confirmation or cancel report of a finished job, or "". */
    public String lastMessage() {
        return lastMessage;
    }

    /** Cancels every running and waiting Full SMS job. */
    public void cancelAll() {
        Job.getJobManager().cancel(FullSmsJobs.FAMILY);
    }
}
