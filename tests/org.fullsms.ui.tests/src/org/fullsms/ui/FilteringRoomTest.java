package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.ui.filter.FilteringPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: on a 1920 × 1080 window the Filtering view grows the bottom stack below the particle editors to the
 * height its controls need, and gives that room back to the editors when it is hidden (the Progress tab chosen) and
 * when it is closed. Needs a display of at least 1920 × 1080 ({@code -screen 0 1920x1200x24}); skipped on a smaller
 * one.
 */
class FilteringRoomTest {

    private static final long TIMEOUT_MS = 120_000;
    /** Pixels the editor stack may differ by once the room is given back: the sash rounds its shares. */
    private static final int TOLERANCE = 3;
    private static final String PROGRESS = "org.fullsms.ui.part.progress";

    @TempDir
    Path dir;

    @Test
    void theBottomStackGivesBackWhatItGrewForTheView() throws Exception {
        Path file = dir.resolve("room.h5");
        var sim = new Simulator().run(SimulationParameters.builder().particles(1).durationS(5).seed(3).build(),
                new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        TestWorkbench.run(wb -> {
            assumeTrue(wb.display().getClientArea().width >= 1920 && wb.display().getClientArea().height >= 1080,
                    "needs a 1920 × 1080 display");
            Shell shell = wb.mainShell();
            shell.setMaximized(false);
            shell.setBounds(0, 0, 1920, 1080);
            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
            wb.waitUntil("the file to open", TIMEOUT_MS, () -> open.sessions().size() == 1);
            EPartService parts = wb.windowContext().get(EPartService.class);
            EModelService models = wb.windowContext().get(EModelService.class);
            EditorOpener.open(open.sessions().get(0).particles().get(0), parts, models, wb.application());
            wb.waitForJobs("the editor", TIMEOUT_MS);
            MUIElement editors = models.find(EditorOpener.EDITOR_STACK, wb.application());
            settle(wb);
            int before = height(editors);

            MPart part = parts.showPart(FilteringPart.ID, EPartService.PartState.ACTIVATE);
            wb.waitUntil("the bottom stack to grow", 30_000, () -> height(editors) < before - 50,
                    () -> "the editors keep " + height(editors) + " of " + before + " px");
            assertEquals("org.fullsms.app.bottomstack", part.getParent().getElementId(), "below the editors");
            int shrunk = height(editors);

            parts.activate(parts.findPart(PROGRESS));
            wb.waitUntil("the room back once the view is hidden", 10_000,
                    () -> Math.abs(height(editors) - before) <= TOLERANCE,
                    () -> "the editors have " + height(editors) + " px, " + before + " before");

            parts.activate(part);
            wb.waitUntil("the room again when it is shown", 10_000,
                    () -> Math.abs(height(editors) - shrunk) <= TOLERANCE,
                    () -> "the editors have " + height(editors) + " px, " + shrunk + " with the view shown");

            parts.hidePart(part);
            wb.waitUntil("the room back once the view is closed", 10_000,
                    () -> Math.abs(height(editors) - before) <= TOLERANCE,
                    () -> "the editors have " + height(editors) + " px, " + before + " before");
        });
    }

    private static int height(MUIElement e) {
        return ((Control) e.getWidget()).getSize().y;
    }

    /** Lets the window take its size and the sash lay the stacks out. */
    private static void settle(TestWorkbench wb) throws InterruptedException {
        long until = System.currentTimeMillis() + 500;
        wb.waitUntil("the layout to settle", 5000, () -> System.currentTimeMillis() > until);
    }
}
