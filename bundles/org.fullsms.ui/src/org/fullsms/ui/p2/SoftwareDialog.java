package org.fullsms.ui.p2;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.ui.jobs.JobProgress;

/**
 * What the three software dialogs (Install New Software, Check for Updates, Installed Software) share: one action
 * button beside Close, reading what they list once they are open, and a job row whose work stops when the dialog
 * closes (a change being applied goes on).
 */
abstract class SoftwareDialog extends Dialog {

    /** Button id of the dialog's action (Install…, Update…, Uninstall…). */
    static final int ACTION_ID = IDialogConstants.CLIENT_ID + 1;

    /** The agent and profile to change; looked up in a job, since reading a profile takes a while. */
    final Supplier<Optional<Provisioning>> source;
    final ProfileChange change;
    /** The workbench's job progress, or null. */
    final JobProgress progress;
    /** Set by the job that looks it up, read on the UI thread once that job is done. */
    volatile Provisioning p2;
    /** The row showing the dialog's job; made with the dialog area. */
    JobRow jobRow;
    private final String title;
    private final String actionLabel;
    private final boolean actionIsDefault;

    SoftwareDialog(Shell window, String title, Supplier<Optional<Provisioning>> source, Runnable restart,
            JobProgress progress, String actionLabel, boolean actionIsDefault) {
        super(window);
        this.title = title;
        this.source = source;
        this.change = new ProfileChange(window, restart);
        this.progress = progress;
        this.actionLabel = actionLabel;
        this.actionIsDefault = actionIsDefault;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    /** Starts reading what the dialog lists (called once its buttons exist). */
    abstract void start();

    /** The action button was pressed. */
    abstract void act();

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, ACTION_ID, actionLabel, actionIsDefault);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, !actionIsDefault);
        getShell().getDisplay().asyncExec(this::start);
    }

    /** Closing abandons what the dialog was doing (reading a site, resolving); an applying change goes on. */
    @Override
    public boolean close() {
        if (jobRow != null) {
            jobRow.cancel();
        }
        return super.close();
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == ACTION_ID) {
            act();
        } else if (id == IDialogConstants.CLOSE_ID) {
            close();
        }
    }

    /** A column's text, from the row's element. */
    static <T> ColumnLabelProvider text(Class<T> type, Function<T, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return type.isInstance(element) ? text.apply(type.cast(element)) : "";
            }
        };
    }
}
