package org.fullsms.ui.jobs;

import java.util.List;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** Window &gt; Error Log: what analysis jobs reported, naming file and particle; never a stack trace. */
public class ErrorLogPart {

    /** Element id in the application model. */
    public static final String ID = "org.fullsms.ui.part.errorlog";

    @Inject
    private ErrorLog log;

    @Inject
    private UISynchronize sync;

    private Table table;
    private final Runnable listener = () -> sync.asyncExec(this::refresh);

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        table = new Table(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column("Time", 70);
        column("Severity", 70);
        column("Job", 220);
        column("Problem", 600);
        Button clear = new Button(parent, SWT.PUSH);
        clear.setText("Clear");
        clear.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        clear.addListener(SWT.Selection, e -> log.clear());
        log.addListener(listener);
        refresh();
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
    }

    private void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        List<ErrorLog.Entry> entries = log.entries();
        table.setItemCount(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            ErrorLog.Entry e = entries.get(i);
            TableItem item = table.getItem(i);
            item.setText(new String[] {e.time().toString(), e.severityText(), e.job(), e.message()});
        }
        if (!entries.isEmpty()) {
            table.showItem(table.getItem(entries.size() - 1));
        }
    }

    @PreDestroy
    void dispose() {
        log.removeListener(listener);
    }
}
