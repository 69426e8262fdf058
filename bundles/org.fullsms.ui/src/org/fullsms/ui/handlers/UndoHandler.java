package org.fullsms.ui.handlers;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;

/**
 * Edit &gt; Undo (Ctrl+Z): reverts the newest choice made in an editor (grouping step, ROI) through the workbench's
 * operation history; the menu item names it ("Undo ROI of Particle 3").
 */
public class UndoHandler {

    @CanExecute
    public boolean canExecute(IOperationHistory history, IUndoContext context, @Optional MHandledItem item) {
        boolean can = history.canUndo(context);
        HistoryLabels.name(item, "Undo", can ? history.getUndoOperation(context) : null);
        return can;
    }

    @Execute
    public void execute(IOperationHistory history, IUndoContext context) throws ExecutionException {
        history.undo(context, null, null);
    }
}
