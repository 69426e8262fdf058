package org.fullsms.ui.handlers;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;

/** Edit &gt; Redo (Ctrl+Shift+Z, Ctrl+Y): applies again the choice Undo reverted last; the menu item names it. */
public class RedoHandler {

    @CanExecute
    public boolean canExecute(IOperationHistory history, IUndoContext context, @Optional MHandledItem item) {
        boolean can = history.canRedo(context);
        HistoryLabels.name(item, "Redo", can ? history.getRedoOperation(context) : null);
        return can;
    }

    @Execute
    public void execute(IOperationHistory history, IUndoContext context) throws ExecutionException {
        history.redo(context, null, null);
    }
}
