package org.fullsms.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Edit &gt; Undo for choices the user makes in the editors (e.g. the grouping step picked on the BIC plot).
 * Only UI-thread actions are recorded; analysis jobs are not undoable (they can be cancelled instead).
 */
public final class UndoStack {

    /** One undoable change. */
    public record Change(String label, Runnable undo) {
    }

    private static final int LIMIT = 100;

    private final Deque<Change> changes = new ArrayDeque<>();

    public void push(String label, Runnable undo) {
        changes.push(new Change(label, undo));
        while (changes.size() > LIMIT) {
            changes.removeLast();
        }
    }

    public boolean canUndo() {
        return !changes.isEmpty();
    }

    /** Label of the change {@link #undo()} would revert, or null. */
    public String nextLabel() {
        return changes.isEmpty() ? null : changes.peek().label();
    }

    /** Reverts the newest change; returns false when there is none. */
    public boolean undo() {
        Change c = changes.poll();
        if (c == null) {
            return false;
        }
        c.undo().run();
        return true;
    }
}
