package org.fullsms.ui.undo;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * A choice made in an editor (grouping step, ROI) as an undoable operation of the workbench's
 * {@link IOperationHistory}: execute and redo apply it, undo reverts it. Both run on the UI thread and only set
 * analysis state, so they cannot fail.
 */
public abstract class StateChange extends AbstractOperation {

    protected StateChange(String label) {
        super(label);
    }

    /** Sets the new state. */
    protected abstract void apply();

    /** Puts the previous state back. */
    protected abstract void revert();

    /** Applies this change and records it in {@code history} under the workbench's {@code context}. */
    public final void run(IOperationHistory history, IUndoContext context) {
        addContext(context);
        try {
            history.execute(this, null, null);
        } catch (ExecutionException e) {
            // apply() throws no checked exception; the history wraps only those
            throw new IllegalStateException(e);
        }
    }

    @Override
    public final IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        apply();
        return Status.OK_STATUS;
    }

    @Override
    public final IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        apply();
        return Status.OK_STATUS;
    }

    @Override
    public final IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        revert();
        return Status.OK_STATUS;
    }
}
