package org.fullsms.ui.export;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Makes room for a part in a short stack, and gives it back: the bottom stack is kept small for Progress and the
 * Error Log, and grows to what the Export or Filtering view needs when that is shown; when the view is hidden (another
 * tab of its stack chosen) or closed, the stack shrinks by what it grew for the view, and no more (less when the user
 * has made it smaller since). The stack's share in its sash is set in pixels, which e4 reads as weights beside its
 * siblings' pixel heights.
 */
public final class StackRoom {

    private final MPart part;
    /** The stack that grew for the part, the height it had before, and the pixels it grew by. */
    private MUIElement grown;
    private int heightBefore;
    private int given;

    /** @param root the part's control: hiding or disposing it gives the room back */
    public StackRoom(MPart part, Control root) {
        this.part = part;
        root.addListener(SWT.Hide, e -> giveBack());
        root.addListener(SWT.Dispose, e -> giveBack());
    }

    /** Gives the part's stack {@code missing} more pixels of height, taken from its siblings in the sash. */
    public void grow(int missing) {
        MElementContainer<?> stack = part.getParent();
        if (missing <= 0 || stack == null) {
            return;
        }
        if (stack != grown) {
            giveBack();
        }
        int before = height(stack);
        if (resize(stack, before + missing)) {
            if (stack != grown) {
                grown = stack;
                heightBefore = before;
                given = 0;
            }
            given += missing;
        }
    }

    /** Shrinks the stack that grew by what it grew for the part, not below its height before. */
    public void giveBack() {
        if (grown == null) {
            return;
        }
        int now = height(grown);
        int back = Math.min(given, now - heightBefore);
        if (back > 0) {
            resize(grown, now - back);
        }
        grown = null;
        given = 0;
    }

    private static int height(MUIElement e) {
        return e.getWidget() instanceof Control c && !c.isDisposed() ? c.getSize().y : -1;
    }

    /** Sets {@code stack}'s height in its sash, its siblings sharing the rest as they did; false when it cannot. */
    private static boolean resize(MUIElement stack, int height) {
        if (!(stack.getParent() instanceof MElementContainer<?> sash) || height(stack) < 0) {
            return false;
        }
        List<? extends MUIElement> siblings = sash.getChildren();
        if (siblings.size() < 2) {
            return false;
        }
        int total = 0;
        for (MUIElement e : siblings) {
            if (height(e) < 0 || !e.isToBeRendered()) {
                return false;
            }
            total += height(e);
        }
        if (height <= 0 || height >= total) {
            return false;
        }
        double rest = total - height;
        double others = total - height(stack);
        for (MUIElement e : siblings) {
            int own = e == stack ? height : (int) Math.round(height(e) * rest / others);
            e.setContainerData(Integer.toString(own));
        }
        layout(sash);
        return true;
    }

    /**
     * Lays the sash out now: e4 only requests a layout on a new share (and skips it while it renders the model), and
     * the heights read next — by the view, or to give the room back — must be the new ones.
     */
    private static void layout(MUIElement sash) {
        for (MUIElement e = sash; e != null; e = e.getParent()) {
            if (e.getWidget() instanceof Composite c) {
                if (!c.isDisposed()) {
                    c.layout(true, true);
                }
                return;
            }
        }
    }
}
