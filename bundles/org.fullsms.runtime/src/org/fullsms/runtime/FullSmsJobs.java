package org.fullsms.runtime;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Creates the jobs of Full SMS: all in one family (cancel them all, or join them in tests). */
public final class FullSmsJobs {

    /** Family object; {@code job.belongsTo(FAMILY)} is true for every Full SMS job. */
    public static final Object FAMILY = FullSmsJobs.class;

    /** The work of a job; cancellation surfaces as {@link OperationCanceledException}. */
    @FunctionalInterface
    public interface Work {
        IStatus run(IProgressMonitor monitor);
    }

    private FullSmsJobs() {
    }

    /**
     * A user job of the family; cancel becomes {@link Status#CANCEL_STATUS}, so nothing half-done is applied (a
     * particle batch returns its own cancel status, saying which finished particles it kept).
     */
    public static Job create(String name, Work work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    return work.run(monitor);
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        return job;
    }
}
