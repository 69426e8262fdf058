package org.fullsms.ui.p2;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.ui.jobs.JobProgress;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Help &gt; Install New Software: pick a site (the project's own is preconfigured, see {@link UpdateSites}), see its
 * features by category with version, installed version and description, tick some and Install. Reading the site
 * and the install run in jobs; the dialog stays usable and can cancel them.
 */
public final class InstallDialog extends SoftwareDialog {

    /** Button id of Install. */
    public static final int INSTALL_ID = ACTION_ID;

    private Combo site;
    private CheckboxTreeViewer features;
    private Text details;
    private Label message;
    private URI loadedSite;
    /** Installed version by feature unit id, for the features of the loaded site. */
    private final Map<String, String> installedVersions = new ConcurrentHashMap<>();

    /**
     * @param source the agent and profile to change; looked up in a job, since reading a profile takes a while
     * @param progress the workbench's job progress, or null
     */
    public InstallDialog(Shell window, Supplier<Optional<Provisioning>> source, Runnable restart, JobProgress progress) {
        super(window, "Install New Software", source, restart, progress, "Install\u2026", true);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite siteRow = new Composite(area, SWT.NONE);
        siteRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        siteRow.setLayout(new GridLayout(3, false));
        new Label(siteRow, SWT.NONE).setText("Update site:");
        site = new Combo(siteRow, SWT.DROP_DOWN);
        site.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        site.setText(UpdateSites.configured());
        site.setToolTipText("A p2 update site: https://…, file:/… or a folder. The project's site is preconfigured.");
        site.addListener(SWT.DefaultSelection, e -> load());
        site.addListener(SWT.Selection, e -> load());
        Button read = new Button(siteRow, SWT.PUSH);
        read.setText("Load");
        read.addListener(SWT.Selection, e -> load());

        features = new CheckboxTreeViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        features.getTree().setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.widthHint = 760;
        tableData.heightHint = 260;
        features.getTree().setLayoutData(tableData);
        column("Name", 400, e -> e instanceof SiteFeatures.Category c ? c.name() : ((Feature) e).name());
        column("Version", 175, e -> e instanceof Feature f ? f.version() : "");
        column("Installed", 175,
                e -> e instanceof Feature f ? installedVersions.getOrDefault(f.unit().getId(), "") : "");
        features.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof SiteFeatures.Category c ? c.features().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof SiteFeatures.Category c && !c.features().isEmpty();
            }
        });
        features.addCheckStateListener(e -> {
            if (e.getElement() instanceof SiteFeatures.Category) {
                features.setSubtreeChecked(e.getElement(), e.getChecked());
            }
            updateButtons();
        });
        features.addSelectionChangedListener(e -> describe(((IStructuredSelection) e.getSelection()).getFirstElement()));

        details = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, false);
        detailsData.heightHint = 70;
        details.setLayoutData(detailsData);
        message = new Label(area, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        jobRow = new JobRow(area, progress);
        return area;
    }

    private void column(String title, int width, java.util.function.Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(features, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(text(Object.class, text));
    }

    /** Finds the profile, then reads the preconfigured site. */
    @Override
    void start() {
        updateButtons();
        Job find = FullSmsJobs.create("Install New Software: reading the installation", monitor -> {
            p2 = source.get().orElse(null);
            return Status.OK_STATUS;
        });
        jobRow.follow(find, () -> {
            if (p2 == null) {
                message.setText("Full SMS was not started from an installed product, so there is no p2 profile to"
                        + " install into. Start it with ./fullsms.");
            } else {
                site.setItems(UpdateSites.known(p2.metadataRepositories()).stream().map(URI::toString)
                        .toArray(String[]::new));
                site.setText(UpdateSites.configured());
                if (!site.getText().isBlank()) {
                    load();
                }
            }
            updateButtons();
        });
    }

    private void load() {
        if (p2 == null || jobRow.busy()) {
            return;
        }
        URI uri;
        try {
            uri = UpdateSites.toUri(site.getText());
        } catch (URISyntaxException e) {
            message.setText("Not an update site address: " + e.getReason() + ".");
            return;
        }
        List<SiteFeatures.Category> found = new ArrayList<>();
        String[] failure = new String[1];
        Job read = FullSmsJobs.create("Reading " + uri, monitor -> {
            try {
                found.addAll(SiteFeatures.load(p2.metadataRepositories(), uri, monitor));
                IProfile profile = p2.profile();
                for (SiteFeatures.Category category : found) {
                    for (Feature feature : category.features()) {
                        String version = profile == null ? null : InstalledSoftware.installedVersion(profile, feature);
                        if (version != null) {
                            installedVersions.put(feature.unit().getId(), version);
                        }
                    }
                }
                return Status.OK_STATUS;
            } catch (ProvisionException e) {
                failure[0] = e.getMessage();
                return Status.error("Could not read the update site " + uri + ": " + e.getMessage());
            }
        });
        features.setInput(List.of());
        installedVersions.clear();
        loadedSite = null;
        message.setText("");
        jobRow.follow(read, () -> {
            if (failure[0] != null) {
                message.setText("Could not read the update site " + uri + ": " + failure[0]);
            } else if (read.getResult().getSeverity() == IStatus.OK) {
                loadedSite = uri;
                features.setInput(found);
                features.expandAll();
                message.setText(found.isEmpty() ? "The site has no features." : "");
                rememberSite();
            }
            updateButtons();
        });
        updateButtons();
    }

    private void rememberSite() {
        try {
            UpdateSites.remember(site.getText());
        } catch (BackingStoreException e) {
            message.setText("The site address could not be kept for next time: " + e.getMessage());
        }
    }

    @Override
    void act() {
        List<IInstallableUnit> units = new ArrayList<>();
        for (Object checked : features.getCheckedElements()) {
            if (checked instanceof Feature f) {
                units.add(f.unit());
            }
        }
        if (units.isEmpty() || loadedSite == null) {
            return;
        }
        jobRow.follow(change.resolveJob("Install New Software", "Install", p2.install(units, loadedSite), this::close),
                this::updateButtons);
        updateButtons();
    }

    private void describe(Object element) {
        if (element instanceof Feature f) {
            details.setText(f.name() + " (" + f.id() + ")" + (f.provider().isEmpty() ? "" : ", by " + f.provider())
                    + "\n" + f.description());
        } else if (element instanceof SiteFeatures.Category c) {
            details.setText(c.name() + "\n" + c.description());
        } else {
            details.setText("");
        }
    }

    private void updateButtons() {
        Button install = getButton(INSTALL_ID);
        if (install != null && !install.isDisposed()) {
            boolean any = features != null && List.of(features.getCheckedElements()).stream()
                    .anyMatch(Feature.class::isInstance);
            install.setEnabled(p2 != null && loadedSite != null && any && !jobRow.busy());
        }
    }
}
