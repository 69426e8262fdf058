package org.fullsms.ui.p2;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.FullSmsJobs;

/**
 * Carries out an install, update or uninstall as p2's own UI does: resolve in a job, show what will change and let
 * the user confirm, apply in a second job, then offer the restart the changes need (new bundles are only read at
 * start). Both jobs are Full SMS jobs, so they show in the Progress view with Cancel and their failures reach the
 * Error Log and the platform log; the user gets p2's explanation in a dialog. Dialogs open over the workbench
 * window, so the dialog that started the change may close meanwhile.
 */
final class ProfileChange {

    private final Shell window;
    private final Runnable restart;

    /**
     * @param window the workbench window, parent of the dialogs that follow
     * @param restart restarts the workbench (asking about unsaved work first)
     */
    ProfileChange(Shell window, Runnable restart) {
        this.window = window;
        this.restart = restart;
    }

    /**
     * A job (not yet scheduled) that resolves {@code operation}; when it succeeds the changes are shown for
     * confirmation, and {@code confirmed} runs before they are applied.
     *
     * @param title names the change in job names and dialogs ("Install New Software")
     * @param verb the confirming button ("Install")
     */
    Job resolveJob(String title, String verb, ProfileChangeOperation operation, Runnable confirmed) {
        Job job = FullSmsJobs.create(title + ": resolving", monitor -> {
            IStatus status = operation.resolveModal(monitor);
            if (status != null && status.getSeverity() == IStatus.ERROR) {
                return Status.error(title + " is not possible: " + firstLine(operation.getResolutionDetails()));
            }
            return status == null || status.getSeverity() == IStatus.CANCEL ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() != IStatus.CANCEL) {
                    window.getDisplay().asyncExec(() -> afterResolve(title, verb, operation, confirmed));
                }
            }
        });
        return job;
    }

    private void afterResolve(String title, String verb, ProfileChangeOperation operation, Runnable confirmed) {
        if (window.isDisposed()) {
            return;
        }
        IStatus status = operation.getResolutionResult();
        IProvisioningPlan plan = operation.getProvisioningPlan();
        if (status != null && status.getSeverity() == IStatus.ERROR) {
            ReviewDialog.error(window, title, title + " is not possible:", operation.getResolutionDetails());
            return;
        }
        List<String> changes = plan == null ? List.of() : PlanSummary.lines(plan);
        if (changes.isEmpty() || status != null && status.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
            MessageDialog.openInformation(window, title, "Nothing to change: "
                    + (status == null || status.isOK() ? "everything asked for is installed already." : status.getMessage()));
            return;
        }
        if (!ReviewDialog.confirm(window, title, "These changes will be made; Full SMS then restarts to use them.",
                changes, verb)) {
            return;
        }
        confirmed.run();
        Job apply = FullSmsJobs.create(title + ": applying",
                monitor -> operation.getProvisioningJob(null).runModal(monitor));
        apply.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                window.getDisplay().asyncExec(() -> afterApply(title, event.getResult()));
            }
        });
        apply.schedule();
    }

    private void afterApply(String title, IStatus result) {
        if (window.isDisposed() || result.getSeverity() == IStatus.CANCEL) {
            return;
        }
        if (result.getSeverity() == IStatus.ERROR) {
            ReviewDialog.error(window, title, title + " failed (p2 undoes a change that fails half-way):",
                    messages(result));
            return;
        }
        if (MessageDialog.openQuestion(window, title, title + " finished. Full SMS must restart to use the changes."
                + " Restart now?")) {
            restart.run();
        }
    }

    /** The messages of a status and its children, one per line, without exceptions. */
    private static String messages(IStatus status) {
        StringBuilder text = new StringBuilder(status.getMessage());
        for (IStatus child : status.getChildren()) {
            text.append('\n').append(messages(child));
        }
        return text.toString();
    }

    private static String firstLine(String text) {
        return text == null || text.isBlank() ? "p2 gave no reason" : text.strip().split("\n")[0];
    }
}
