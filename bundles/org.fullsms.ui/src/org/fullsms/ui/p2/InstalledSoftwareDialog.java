package org.fullsms.ui.p2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.ui.jobs.JobProgress;

/**
 * Help &gt; Installed Software: the features installed as roots of the product's profile, with version and provider;
 * Uninstall removes the selected ones after showing what goes with them. Features the workbench cannot start
 * without (see {@link InstalledSoftware#essential}) are not offered.
 */
public final class InstalledSoftwareDialog extends SoftwareDialog {

    /** Button id of Uninstall. */
    public static final int UNINSTALL_ID = ACTION_ID;

    private final List<Feature> essential = new ArrayList<>();
    private TableViewer roots;
    private Text details;
    private Label message;

    public InstalledSoftwareDialog(Shell window, Supplier<Optional<Provisioning>> source, Runnable restart,
            JobProgress progress) {
        super(window, "Installed Software", source, restart, progress, "Uninstall\u2026", false);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        roots = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        roots.getTable().setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.widthHint = 860;
        tableData.heightHint = 200;
        roots.getTable().setLayoutData(tableData);
        column("Name", 360, Feature::name);
        column("Version", 170, Feature::version);
        column("Provider", 110, Feature::provider);
        column("Id", 220, Feature::id);
        roots.setContentProvider(ArrayContentProvider.getInstance());
        roots.addSelectionChangedListener(e -> selected());
        details = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, false);
        detailsData.heightHint = 60;
        details.setLayoutData(detailsData);
        message = new Label(area, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        jobRow = new JobRow(area, progress);
        return area;
    }

    private void column(String title, int width, Function<Feature, String> text) {
        TableViewerColumn column = new TableViewerColumn(roots, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(text(Feature.class, text));
    }

    @Override
    void start() {
        selected();
        List<Feature> found = new ArrayList<>();
        Job job = FullSmsJobs.create("Reading the installed software", monitor -> {
            p2 = source.get().orElse(null);
            IProfile profile = p2 == null ? null : p2.profile();
            if (profile != null) {
                found.addAll(InstalledSoftware.roots(profile));
                found.stream().filter(f -> InstalledSoftware.essential(profile, f)).forEach(essential::add);
            }
            return Status.OK_STATUS;
        });
        jobRow.follow(job, () -> {
            roots.setInput(found);
            message.setText(p2 == null
                    ? "Full SMS was not started from an installed product, so there is no p2 profile to list."
                    : found.size() + " features installed (profile " + p2.profile().getProfileId() + ").");
            selected();
        });
    }

    private List<Feature> selection() {
        List<Feature> features = new ArrayList<>();
        for (Object o : ((IStructuredSelection) roots.getSelection()).toList()) {
            features.add((Feature) o);
        }
        return features;
    }

    private void selected() {
        List<Feature> chosen = selection();
        boolean removable = !chosen.isEmpty() && chosen.stream().noneMatch(essential::contains);
        Button uninstall = getButton(UNINSTALL_ID);
        if (uninstall != null && !uninstall.isDisposed()) {
            uninstall.setEnabled(removable && !jobRow.busy());
        }
        if (chosen.size() == 1) {
            Feature f = chosen.get(0);
            details.setText(f.name() + " " + f.version() + "\n" + f.description()
                    + (essential.contains(f) ? "\nPart of the workbench itself: it cannot be uninstalled here." : ""));
        } else {
            details.setText(chosen.isEmpty() ? "" : chosen.size() + " features selected");
        }
    }

    @Override
    void act() {
        List<Feature> chosen = selection();
        if (chosen.isEmpty() || p2 == null) {
            return;
        }
        jobRow.follow(change.resolveJob("Uninstall", "Uninstall",
                p2.uninstall(chosen.stream().map(Feature::unit).toList()), this::close), this::selected);
        selected();
    }

}
