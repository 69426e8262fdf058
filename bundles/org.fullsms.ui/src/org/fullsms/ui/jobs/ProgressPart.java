package org.fullsms.ui.jobs;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Window &gt; Progress: the running Full SMS jobs with their progress; cancel one or all. */
public class ProgressPart {

    /** Element id in the application model. */
    public static final String ID = "org.fullsms.ui.part.progress";

    private static final int POLL_MS = 300;

    @Inject
    private JobProgress progress;

    private Table table;
    private List<JobProgress.Entry> shown = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2));
        column("Job", 320);
        column("Doing", 220);
        column("Done", 70);
        column("Left", 80);
        Button cancel = new Button(parent, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0 && i < shown.size()) {
                shown.get(i).job().cancel();
            }
        });
        Button all = new Button(parent, SWT.PUSH);
        all.setText("Cancel All");
        all.addListener(SWT.Selection, e -> progress.cancelAll());
        new org.eclipse.swt.widgets.Label(parent, SWT.NONE);
        poll();
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
    }

    /** "about 40 s", "about 3 min", or "…" while unknown. */
    static String timeLeft(double seconds) {
        if (Double.isNaN(seconds)) {
            return "…";
        }
        return seconds < 90 ? String.format(Locale.ROOT, "about %.0f s", Math.max(1, seconds))
                : String.format(Locale.ROOT, "about %.0f min", seconds / 60);
    }

    private void poll() {
        if (table.isDisposed()) {
            return;
        }
        List<JobProgress.Entry> now = progress.running();
        if (!(now.isEmpty() && shown.isEmpty())) {
            table.setItemCount(now.size());
            for (int i = 0; i < now.size(); i++) {
                JobProgress.Entry e = now.get(i);
                TableItem item = table.getItem(i);
                item.setText(new String[] {e.name(), e.task(),
                        Double.isNaN(e.fraction()) ? "…" : String.format(Locale.ROOT, "%.0f %%", 100 * e.fraction()),
                        timeLeft(e.remainingS())});
            }
            shown = now;
        }
        table.getDisplay().timerExec(POLL_MS, this::poll);
    }
}
