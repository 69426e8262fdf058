package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * Opens the real workbench from the product's application model under the test display (Xvfb in CI) and checks
 * what a user sees first: the window title, the menus with their items and enablement, and the parts.
 */
class WorkbenchWindowTest {

    @Test
    void workbenchShowsTitleMenusAndParts() throws Exception {
        AtomicReference<WorkbenchSnapshot> seen = new AtomicReference<>();
        TestWorkbench.run(workbench -> {
            Shell shell = workbench.mainShell();
            WorkbenchSnapshot snapshot = new WorkbenchSnapshot();
            snapshot.title = shell.getText();
            snapshot.visible = shell.isVisible();
            snapshot.maximized = shell.getMaximized();
            snapshot.bounds = shell.getBounds();
            snapshot.workArea = shell.getMonitor().getClientArea();
            Menu bar = shell.getMenuBar();
            for (MenuItem top : bar.getItems()) {
                snapshot.menus.add(top.getText().replace("&", ""));
                if (top.getMenu() != null) {
                    workbench.showMenu(top.getMenu());
                    for (MenuItem item : top.getMenu().getItems()) {
                        String label = item.getText().replace("&", "").split("\t")[0];
                        if (!label.isEmpty()) {
                            snapshot.items.add(top.getText().replace("&", "") + "/" + label + (item.isEnabled() ? "" : " (disabled)"));
                            String[] accelerator = item.getText().split("\t");
                            if (accelerator.length > 1) {
                                snapshot.keys.add(label + "=" + accelerator[1]);
                            }
                        }
                    }
                }
            }
            snapshot.parts.addAll(workbench.visiblePartLabels());
            seen.set(snapshot);
        });
        WorkbenchSnapshot s = seen.get();
        assertNotNull(s, "the workbench never reached its first window");
        assertEquals("Full SMS", s.title);
        assertTrue(s.visible, "main window is visible");
        assertTrue(s.maximized, "the window opens maximised on a first start (issue 18, 9)");
        // Also without a window manager (this test's bare X server), where maximising alone changes nothing.
        assertEquals(s.workArea, s.bounds, "the maximised window fills the screen's work area");
        assertTrue(s.keys.contains("Save Analysis=Ctrl+S"), s.keys::toString);
        assertEquals(List.of("File", "Edit", "Analysis", "Window", "Help"), s.menus);
        assertTrue(s.items.contains("File/Open..."), s.items::toString);
        assertTrue(s.items.contains("File/Open Recent"), s.items::toString);
        assertTrue(s.items.contains("File/Exit"), s.items::toString);
        assertTrue(s.items.contains("Help/About Full SMS"), s.items::toString);
        assertTrue(s.items.contains("Help/Install New Software..."), s.items::toString);
        assertTrue(s.items.contains("Help/Check for Updates..."), s.items::toString);
        assertTrue(s.items.contains("Help/Installed Software..."), s.items::toString);
        assertTrue(s.items.contains("Window/Preferences..."), s.items::toString);
        assertTrue(s.items.contains("Window/Error Log"), s.items::toString);
        // nothing open: nothing to undo or to save
        assertTrue(s.items.contains("Edit/Undo (disabled)"), s.items::toString);
        assertTrue(s.items.contains("Edit/Redo (disabled)"), s.items::toString);
        assertTrue(s.items.contains("File/Save Selected Particles... (disabled)"), s.items::toString);
        assertTrue(s.items.contains("File/Save Analysis (disabled)"), s.items::toString);
        assertTrue(s.items.contains("File/Open Analysis..."), s.items::toString);
        assertTrue(s.items.contains("Window/Export"), s.items::toString);
        assertTrue(s.items.contains("Window/Reset Layout..."), s.items::toString);
        assertTrue(s.parts.contains("Particles"), s.parts::toString);
        assertTrue(s.parts.contains("Progress"), s.parts::toString);
        assertFalse(Display.getCurrent() != null && !Display.getCurrent().isDisposed(), "display released after close");
    }

    /** What the test saw inside the running workbench. */
    private static final class WorkbenchSnapshot {
        String title;
        boolean visible;
        boolean maximized;
        org.eclipse.swt.graphics.Rectangle bounds;
        org.eclipse.swt.graphics.Rectangle workArea;
        final List<String> keys = new ArrayList<>();
        final List<String> menus = new ArrayList<>();
        final List<String> items = new ArrayList<>();
        final List<String> parts = new ArrayList<>();
    }
}
