package org.fullsms.ui.handlers;

import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;

/** Names the operation Undo or Redo would act on in their menu items, as Eclipse IDEs do. */
final class HistoryLabels {

    private HistoryLabels() {
    }

    /**
     * Sets {@code item}'s label to "{@code verb} LABEL", or to the bare verb when there is no operation.
     * {@code item} is null when the handler is asked by a key binding rather than a menu.
     */
    static void name(MHandledItem item, String verb, IUndoableOperation operation) {
        if (item != null) {
            item.setLabel(operation == null ? verb : verb + " " + operation.getLabel());
        }
    }
}
