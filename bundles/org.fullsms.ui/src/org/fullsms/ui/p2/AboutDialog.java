package org.fullsms.ui.p2;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.fullsms.runtime.FullSms;
import org.fullsms.runtime.FullSmsJobs;

/**
 * Help &gt; About Full SMS: the version, then tabs with the installed features and their versions, every bundle with
 * its version and licence, and the licences of the bundled libraries. The lists are read in a job.
 */
public final class AboutDialog extends Dialog {

    private final Supplier<Optional<Provisioning>> source;
    private Label featuresNote;
    private Table features;
    private Table bundles;

    public AboutDialog(Shell window, Supplier<Optional<Provisioning>> source) {
        super(window);
        this.source = source;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About Full SMS");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label title = new Label(area, SWT.NONE);
        title.setText("Full SMS " + FullSms.version());
        TabFolder tabs = new TabFolder(area, SWT.TOP);
        GridData tabsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tabsData.widthHint = 820;
        tabsData.heightHint = 340;
        tabs.setLayoutData(tabsData);

        Composite featureTab = new Composite(tabs, SWT.NONE);
        featureTab.setLayout(new GridLayout());
        featuresNote = new Label(featureTab, SWT.WRAP);
        featuresNote.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        featuresNote.setText("Reading the installation\u2026");
        features = table(featureTab, "Name", 330, "Version", 170, "Provider", 100, "Id", 200);
        tab(tabs, "Features", featureTab);

        bundles = table(tabs, "Name", 300, "Version", 200, "Licence", 120, "Id", 200);
        tab(tabs, "Bundles", bundles);

        Text licences = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        licences.setText(AboutContents.licences());
        tab(tabs, "Licences", licences);
        getShell().getDisplay().asyncExec(this::fill);
        return area;
    }

    private static Table table(Composite parent, Object... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < columns.length; i += 2) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText((String) columns[i]);
            column.setWidth((Integer) columns[i + 1]);
        }
        return table;
    }

    private static void tab(TabFolder tabs, String text, Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** What the job read. */
    private record Read(AboutContents.Installed installed, List<AboutContents.Row> bundles) {
    }

    private void fill() {
        AtomicReference<Read> read = new AtomicReference<>();
        Job job = FullSmsJobs.create("About Full SMS: reading the installation", monitor -> {
            read.set(new Read(AboutContents.installed(source.get()), AboutContents.bundles()));
            return Status.OK_STATUS;
        });
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                features.getDisplay().asyncExec(() -> show(read.get()));
            }
        });
        job.schedule();
    }

    private void show(Read read) {
        if (features.isDisposed() || read == null) {
            return;
        }
        featuresNote.setText(read.installed().fromProfile()
                ? read.installed().rows().size() + " features installed:"
                : "Not started from an installed product (no p2 profile): the Full SMS bundles are listed.");
        rows(features, read.installed().rows());
        rows(bundles, read.bundles());
    }

    private static void rows(Table table, List<AboutContents.Row> rows) {
        for (AboutContents.Row row : rows) {
            new TableItem(table, SWT.NONE).setText(new String[] { row.name(), row.version(), row.other(), row.id() });
        }
    }
}
