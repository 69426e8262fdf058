package org.fullsms.ui.p2;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.fullsms.ui.jobs.JobProgress;

/**
 * A dialog's line for its running job: the job's name and current task, a progress bar and Cancel. The job runs in
 * the background (the dialog stays responsive, and the job also shows in the Progress view); the row polls the
 * workbench's {@link JobProgress} a few times a second, as the status bar does, and empties when the job ends.
 */
final class JobRow {

    private static final int POLL_MS = 200;

    private final Composite row;
    private final Label text;
    private final ProgressBar bar;
    private final Button cancel;
    private final JobProgress progress;
    private Job job;

    /** @param progress the workbench's job progress, or null (then the bar only shows that something runs) */
    JobRow(Composite parent, JobProgress progress) {
        this.progress = progress;
        row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        row.setLayout(layout);
        text = new Label(row, SWT.NONE);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar = new ProgressBar(row, SWT.HORIZONTAL);
        GridData barData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        barData.widthHint = 160;
        bar.setLayoutData(barData);
        cancel = new Button(row, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, e -> cancel());
        show(false);
    }

    /**
     * Schedules {@code scheduled} (a new job) and follows it until it is done; {@code whenDone} then runs on the UI
     * thread if the row still exists.
     */
    void follow(Job scheduled, Runnable whenDone) {
        job = scheduled;
        text.setText(scheduled.getName() + "\u2026");
        show(true);
        scheduled.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                row.getDisplay().asyncExec(() -> {
                    if (row.isDisposed()) {
                        return;
                    }
                    if (job == scheduled) {
                        job = null;
                        show(false);
                    }
                    whenDone.run();
                });
            }
        });
        scheduled.schedule();
        poll(scheduled);
    }

    /** Cancels the job being followed, if any (a finished one is left alone). */
    void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    boolean busy() {
        return job != null;
    }

    private void poll(Job followed) {
        if (row.isDisposed() || job != followed) {
            return;
        }
        double fraction = Double.NaN;
        String task = "";
        if (progress != null) {
            for (JobProgress.Entry entry : progress.running()) {
                if (entry.job() == followed) {
                    fraction = entry.fraction();
                    task = entry.task();
                }
            }
        }
        bar.setSelection(Double.isNaN(fraction) ? 0 : (int) Math.round(fraction * bar.getMaximum()));
        text.setText(followed.getName() + (task.isBlank() ? "\u2026" : ": " + task));
        row.getDisplay().timerExec(POLL_MS, () -> poll(followed));
    }

    private void show(boolean visible) {
        for (var child : row.getChildren()) {
            child.setVisible(visible);
        }
        cancel.setEnabled(visible);
    }
}
