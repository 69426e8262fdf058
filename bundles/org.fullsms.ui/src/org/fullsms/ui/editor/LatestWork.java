package org.fullsms.ui.editor;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs submitted work one piece at a time in a hidden {@link Job}, the newest piece only: typing a value or
 * dragging a marker asks for many previews, and only the last one matters. Work submitted while a piece runs waits
 * for it, and replaces any other waiting piece.
 */
final class LatestWork {

    private final AtomicReference<Runnable> pending = new AtomicReference<>();
    private final Job job;

    LatestWork(String name) {
        job = Job.create(name, monitor -> {
            Runnable work;
            while ((work = pending.getAndSet(null)) != null && !monitor.isCanceled()) {
                work.run();
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.INTERACTIVE);
    }

    /** Replaces the waiting work by {@code work} and makes sure it runs. */
    void submit(Runnable work) {
        pending.set(work);
        // scheduling a running job runs it once more when it ends: work submitted after its last look still runs
        job.schedule();
    }

    /** Drops the waiting work and stops after the running piece. */
    void cancel() {
        pending.set(null);
        job.cancel();
    }
}
