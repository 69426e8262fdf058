package org.fullsms.ui.export;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Control;

/**
 * Makes room for a part in a short stack: the bottom stack is kept small for Progress and the Error Log, and
 * grows (never shrinks) to what the Export or Filtering view needs when that is shown. The stack's share in its sash is set in
 * pixels, which e4 reads as weights beside its siblings' pixel heights.
 */
public final class StackRoom {

    private StackRoom() {
    }

    /** Gives {@code part}'s stack {@code missing} more pixels of height, taken from its siblings in the sash. */
    public static void grow(MPart part, int missing) {
        MElementContainer<?> stack = part.getParent();
        if (missing <= 0 || stack == null || !(stack.getParent() instanceof MElementContainer<?> sash)) {
            return;
        }
        List<? extends MUIElement> siblings = sash.getChildren();
        int total = 0;
        for (MUIElement e : siblings) {
            if (!(e.getWidget() instanceof Control c) || !e.isToBeRendered()) {
                return;
            }
            total += c.getSize().y;
        }
        int height = ((Control) stack.getWidget()).getSize().y + missing;
        if (height >= total) {
            return;
        }
        double rest = total - height;
        double others = total - ((Control) stack.getWidget()).getSize().y;
        for (MUIElement e : siblings) {
            int own = e == stack ? height : (int) Math.round(((Control) e.getWidget()).getSize().y * rest / others);
            e.setContainerData(Integer.toString(own));
        }
    }
}
