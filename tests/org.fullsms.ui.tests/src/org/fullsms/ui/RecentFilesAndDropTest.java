package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.ui.dnd.EditorAreaDrop;
import org.fullsms.ui.navigator.ParticleNavigatorPart;
import org.fullsms.ui.prefs.UiPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the real workbench: a file opened goes to the top of File &gt; Open Recent (persisted), a recent file that no
 * longer exists is shown disabled, choosing an entry reopens its file, and the navigator and the editor area
 * accept dropped files. With {@code -Dfullsms.screenshots=DIR} (or {@code FULLSMS_SCREENSHOTS}) it opens the
 * submenu from the keyboard and saves the screen as {@code open-recent.png} there.
 */
class RecentFilesAndDropTest {

    private static final long JOB_TIMEOUT_MS = 60_000;

    @TempDir
    Path dir;

    @Test
    void openedFileIsListedAndReopensFromOpenRecent() throws Exception {
        Path file = dir.resolve("recent-example.h5").toAbsolutePath().normalize();
        var sim = new Simulator().run(SimulationParameters.builder().particles(1).durationS(5).seed(3).build(),
                new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        Path missing = dir.resolve("moved-away.h5").toAbsolutePath().normalize();

        TestWorkbench.run(wb -> {
            UiPreferences.addRecentFile(missing); // the workbench starts with no recent files
            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
            wb.waitUntil("the file to open", JOB_TIMEOUT_MS, () -> open.sessions().size() == 1);
            wb.waitForJobs("the open job", JOB_TIMEOUT_MS);
            assertEquals(List.of(file, missing), UiPreferences.recentFiles().files(), "newest first");

            assertAcceptsFiles(ParticleNavigatorPart.ID, wb);
            assertAcceptsFiles(EditorAreaDrop.EDITOR_STACK_ID, wb);

            Menu recent = openRecentMenu(wb);
            recent.notifyListeners(SWT.Show, new Event());
            wb.processEvents();
            MenuItem[] items = recent.getItems();
            List<String> seen = Arrays.stream(items)
                    .map(i -> i.getText().replace("&", "") + (i.isEnabled() ? "" : " (disabled)")).toList();
            assertEquals(2, items.length, seen::toString);
            assertTrue(seen.get(0).startsWith("1 recent-example.h5") && !seen.get(0).endsWith("(disabled)"),
                    seen::toString);
            assertTrue(seen.get(1).startsWith("2 moved-away.h5") && seen.get(1).endsWith("(disabled)"),
                    seen::toString);

            open.close(open.sessions().get(0));
            items[0].notifyListeners(SWT.Selection, new Event());
            recent.notifyListeners(SWT.Hide, new Event());
            wb.waitUntil("the recent file to reopen", JOB_TIMEOUT_MS, () -> open.sessions().size() == 1);
            assertEquals(file, open.sessions().get(0).dataset().source().orElseThrow());
            wb.waitForJobs("the reopen job", JOB_TIMEOUT_MS);
            assertEquals(List.of(file, missing), UiPreferences.recentFiles().files(), "reopening keeps one entry");

            // Issue 18, 3: opening an open file again (here through a link to it) shows the open one.
            Path link = Files.createSymbolicLink(dir.resolve("link-to-recent.h5"), file);
            wb.application().getContext().get(DatasetOpener.class).open(List.of(link));
            wb.waitForJobs("the second open", JOB_TIMEOUT_MS);
            wb.processEvents();
            assertEquals(1, open.sessions().size(), "the file is not opened twice");
            Object shown = wb.windowContext().get(ESelectionService.class).getSelection();
            assertEquals(List.of(open.sessions().get(0)), shown, "the navigator selects the open file");

            String target = System.getProperty("fullsms.screenshots", System.getenv("FULLSMS_SCREENSHOTS"));
            if (target != null && !target.isBlank()) {
                screenshotOfOpenRecent(wb, Path.of(target).resolve("open-recent.png"));
            }
        });
    }

    /** The element's widget is a drop target for files (SWT allows one per control). */
    private static void assertAcceptsFiles(String elementId, TestWorkbench wb) {
        MUIElement element = wb.windowContext().get(EModelService.class).find(elementId, wb.application());
        assertNotNull(element, elementId);
        Control control = (Control) element.getWidget();
        assertTrue(control.getData(DND.DROP_TARGET_KEY) instanceof DropTarget target
                && Arrays.stream(target.getTransfer()).anyMatch(t -> t instanceof FileTransfer),
                elementId + " accepts dropped files");
    }

    private static Menu openRecentMenu(TestWorkbench wb) {
        for (MenuItem top : wb.mainShell().getMenuBar().getItems()) {
            if (top.getText().replace("&", "").equals("File")) {
                wb.showMenu(top.getMenu()); // e4 fills a menu when it is first shown
                for (MenuItem item : top.getMenu().getItems()) {
                    if (item.getText().replace("&", "").equals("Open Recent")) {
                        return item.getMenu();
                    }
                }
            }
        }
        throw new AssertionError("no File > Open Recent");
    }

    /**
     * Opens File > Open Recent as a user would (a click on File, then Down, Down, Right: a keyboard-only Alt+F
     * needs a window manager's focus, which Xvfb has not) and saves the screen.
     */
    private static void screenshotOfOpenRecent(TestWorkbench wb, Path png) throws Exception {
        Display display = wb.display();
        Rectangle shell = wb.mainShell().getBounds();
        Rectangle client = display.map(wb.mainShell(), null, wb.mainShell().getClientArea());
        int menuBarMiddle = client.y > shell.y + 10 ? (shell.y + client.y) / 2 : shell.y + 12;
        mouse(display, SWT.MouseMove, shell.x + 18, menuBarMiddle);
        mouse(display, SWT.MouseDown, 0, 0);
        mouse(display, SWT.MouseUp, 0, 0);
        settle(wb);
        for (int k : new int[] { SWT.ARROW_DOWN, SWT.ARROW_DOWN, SWT.ARROW_RIGHT }) {
            key(display, k, true);
            key(display, k, false);
            settle(wb);
        }
        Rectangle screen = display.getBounds();
        Image image = new Image(display, screen.width, screen.height);
        GC gc = new GC(display);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        Files.createDirectories(png.getParent());
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(png.toString(), SWT.IMAGE_PNG);
        image.dispose();
        for (int i = 0; i < 2; i++) {
            key(display, SWT.ESC, true);
            key(display, SWT.ESC, false);
            settle(wb);
        }
    }

    private static void mouse(Display display, int type, int x, int y) {
        Event e = new Event();
        e.type = type;
        e.button = type == SWT.MouseMove ? 0 : 1;
        e.x = x;
        e.y = y;
        display.post(e);
    }

    private static void key(Display display, int key, boolean down) {
        Event e = new Event();
        e.type = down ? SWT.KeyDown : SWT.KeyUp;
        if ((key & SWT.KEYCODE_BIT) != 0 || (key & SWT.MODIFIER_MASK) != 0) {
            e.keyCode = key; // Alt and the arrows have no character
        } else {
            e.character = (char) key;
        }
        display.post(e);
    }

    private static void settle(TestWorkbench wb) throws InterruptedException {
        long end = System.currentTimeMillis() + 600;
        wb.waitUntil("the menu to settle", 5_000, () -> System.currentTimeMillis() > end);
    }
}
