package org.fullsms.ui.jobs;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The status bar's job indicator (a ToolControl in the bottom trim): name and progress of the running Full SMS
 * job(s) and a button that cancels them; when idle, the last confirmation ("Saved analysis to …") or cancel report.
 * Polls {@link JobProgress} every 250 ms.
 */
public class ProgressStatusControl {

    private static final int POLL_MS = 250;

    @Inject
    private JobProgress progress;

    private Label label;
    private ProgressBar bar;
    private Button cancel;

    @PostConstruct
    public void createControls(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 1;
        box.setLayout(layout);
        label = new Label(box, SWT.NONE);
        GridData labelData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        labelData.widthHint = 440; // room for "Change points: cancelled — 37 of 100 particles done and kept"
        label.setLayoutData(labelData);
        bar = new ProgressBar(box, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(1000);
        GridData barData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        barData.widthHint = 160;
        bar.setLayoutData(barData);
        cancel = new Button(box, SWT.PUSH | SWT.FLAT);
        cancel.setText("Cancel");
        cancel.setToolTipText("Cancel the running analysis jobs (particles already done are kept)");
        cancel.addListener(SWT.Selection, e -> progress.cancelAll());
        poll();
    }

    private void poll() {
        if (label.isDisposed()) {
            return;
        }
        List<JobProgress.Entry> running = progress.running();
        boolean busy = !running.isEmpty();
        if (busy) {
            JobProgress.Entry first = running.get(0);
            String more = running.size() > 1 ? " (+" + (running.size() - 1) + " more)" : "";
            label.setText(first.name() + more);
            bar.setSelection(Double.isNaN(first.fraction()) ? 0 : (int) (first.fraction() * 1000));
        } else if (!label.getText().equals(progress.lastMessage())) {
            label.setText(progress.lastMessage());
            bar.setSelection(0);
        }
        bar.setVisible(busy);
        cancel.setVisible(busy);
        label.getDisplay().timerExec(POLL_MS, this::poll);
    }
}
