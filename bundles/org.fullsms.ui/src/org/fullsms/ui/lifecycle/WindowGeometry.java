package org.fullsms.ui.lifecycle;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Keeps the main window on the screen. "Maximised" is a request to the window manager; without one (a bare X server,
 * some remote desktops) the window keeps the size stored in the model, which may be larger than the screen (the
 * model's 1280 × 820 on a 1366 × 768 screen hides the bottom of every view). So a window to be maximised is given
 * the monitor's work area as its size as well, and any window is moved and shrunk into the work area.
 */
final class WindowGeometry {

    /** The model's tag of a window that opens maximised. */
    static final String MAXIMIZED = "shellMaximized";

    private WindowGeometry() {
    }

    /** Sets {@code window}'s bounds (before it is drawn) to fit {@code workArea}. */
    static void fit(MWindow window, Rectangle workArea) {
        if (window.getTags().contains(MAXIMIZED)) {
            window.setX(workArea.x);
            window.setY(workArea.y);
            window.setWidth(workArea.width);
            window.setHeight(workArea.height);
            return;
        }
        int width = Math.min(window.getWidth(), workArea.width);
        int height = Math.min(window.getHeight(), workArea.height);
        window.setWidth(width);
        window.setHeight(height);
        window.setX(Math.max(workArea.x, Math.min(window.getX(), workArea.x + workArea.width - width)));
        window.setY(Math.max(workArea.y, Math.min(window.getY(), workArea.y + workArea.height - height)));
    }
}
