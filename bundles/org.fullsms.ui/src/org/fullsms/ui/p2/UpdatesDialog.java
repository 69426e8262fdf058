package org.fullsms.ui.p2;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.ui.jobs.JobProgress;

/**
 * Help &gt; Check for Updates: looks on the project's site and every other known site for newer versions of the
 * installed features (in a job), lists them ticked, and applies the ticked ones.
 */
public final class UpdatesDialog extends SoftwareDialog {

    /** Button id of Update. */
    public static final int UPDATE_ID = ACTION_ID;

    private UpdateOperation operation;
    private CheckboxTableViewer updates;
    private Label message;

    public UpdatesDialog(Shell window, Supplier<Optional<Provisioning>> source, Runnable restart, JobProgress progress) {
        super(window, "Check for Updates", source, restart, progress, "Update\u2026", true);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        message = new Label(area, SWT.WRAP);
        GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        messageData.widthHint = 720;
        message.setLayoutData(messageData);
        updates = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION);
        updates.getTable().setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 200;
        updates.getTable().setLayoutData(tableData);
        column("Name", 320, u -> Feature.of(u.replacement).name());
        column("Installed", 190, u -> u.toUpdate.getVersion().toString());
        column("New version", 190, u -> u.replacement.getVersion().toString());
        updates.setContentProvider(ArrayContentProvider.getInstance());
        updates.addCheckStateListener(e -> updateButtons());
        jobRow = new JobRow(area, progress);
        return area;
    }

    private void column(String title, int width, Function<Update, String> text) {
        TableViewerColumn column = new TableViewerColumn(updates, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(text(Update.class, text));
    }

    @Override
    void start() {
        updateButtons();
        String[] sites = new String[1];
        Job job = FullSmsJobs.create("Checking for updates", monitor -> {
            Optional<Provisioning> p2 = source.get();
            if (p2.isEmpty()) {
                return Status.info("Full SMS was not started from an installed product, so there is no p2 profile"
                        + " to update. Start it with ./fullsms.");
            }
            List<URI> known = UpdateSites.known(p2.get().metadataRepositories());
            if (known.isEmpty()) {
                return Status.info("No update site is configured: give one in Help > Install New Software.");
            }
            sites[0] = known.stream().map(URI::toString).collect(Collectors.joining(", "));
            operation = p2.get().updates(known);
            IStatus status = operation.resolveModal(monitor);
            return status.getSeverity() == IStatus.ERROR
                    ? Status.error("Could not check for updates: " + status.getMessage())
                    : Status.OK_STATUS;
        });
        message.setText("Looking for updates\u2026");
        jobRow.follow(job, () -> {
            IStatus result = job.getResult();
            if (result.getSeverity() == IStatus.CANCEL) {
                message.setText("Cancelled.");
            } else if (!result.isOK()) {
                message.setText(result.getMessage());
            } else {
                Update[] found = operation.getSelectedUpdates();
                updates.setInput(found);
                updates.setAllChecked(true);
                message.setText(found.length == 0
                        ? "No updates: every installed feature is the newest on " + sites[0] + "."
                        : found.length + (found.length == 1 ? " update" : " updates") + " on " + sites[0] + ":");
            }
            getShell().layout(true, true);
            updateButtons();
        });
    }

    @Override
    void act() {
        Update[] chosen = List.of(updates.getCheckedElements()).toArray(Update[]::new);
        if (chosen.length == 0) {
            return;
        }
        operation.setSelectedUpdates(chosen);
        jobRow.follow(change.resolveJob("Check for Updates", "Update", operation, this::close), this::updateButtons);
        updateButtons();
    }

    private void updateButtons() {
        Button update = getButton(UPDATE_ID);
        if (update != null && !update.isDisposed()) {
            update.setEnabled(operation != null && updates.getCheckedElements().length > 0 && !jobRow.busy());
        }
    }
}
