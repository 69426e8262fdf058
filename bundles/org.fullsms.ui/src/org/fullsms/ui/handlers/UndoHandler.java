package org.fullsms.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.fullsms.ui.undo.UndoStack;

/** Edit &gt; Undo (Ctrl+Z): reverts the newest choice made in an editor (grouping step, ROI). */
public class UndoHandler {

    @CanExecute
    public boolean canExecute(UndoStack undo) {
        return undo.canUndo();
    }

    @Execute
    public void execute(UndoStack undo) {
        undo.undo();
    }
}
