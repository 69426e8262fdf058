package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.LifetimeActions;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.PlotExport;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.export.ExportPart;
import org.fullsms.ui.prefs.UiPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1366 × 768 laptop screen (issue 18): with a particle's levels fitted by two exponentials, the lifetime tab shows
 * every button, table and plot whole, the Export view its folder and Export button, and its options after at most
 * a scroll; the decay plot keeps a readable height and the τ and amplitude columns their whole text. At
 * 1600 × 1000 (the Export view not shown) the results table shows six rows. With
 * {@code FULLSMS_SCREENSHOTS=DIR} (or {@code -Dfullsms.screenshots=DIR}) it saves the window there.
 */
class SmallScreenLayoutTest {

    private static final long JOB_TIMEOUT_MS = 120_000;
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;
    private static final int MIN_DECAY_PLOT_HEIGHT = 110;
    private static final int MIN_PANE_PLOT_HEIGHT = 15;
    private static final int LARGE_WIDTH = 1600;
    private static final int LARGE_HEIGHT = 1000;
    private static final int MIN_TABLE_ROWS = 6;

    @TempDir
    Path dir;

    @Test
    void everyControlInSightAt1366x768() throws Exception {
        Path file = dir.resolve("laptop.h5");
        var sim = new Simulator().run(SimulationParameters.builder().particles(1).durationS(20).seed(11)
                .secondChannel(true).build(), new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        TestWorkbench.run(wb -> {
            Shell shell = wb.mainShell();
            shell.setMaximized(false);
            shell.setBounds(0, 0, LARGE_WIDTH, LARGE_HEIGHT);
            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
            wb.waitUntil("the file to open", JOB_TIMEOUT_MS, () -> open.sessions().size() == 1);
            AnalysisSession session = open.sessions().get(0);
            ParticleAnalysis first = session.particles().get(0);
            EPartService parts = wb.windowContext().get(EPartService.class);
            MPart editorPart = EditorOpener.open(first, parts, wb.windowContext().get(EModelService.class),
                    wb.application());
            ParticleEditor editor = EditorOpener.editorOf(editorPart);
            editor.intensity().resolve(List.of(first));
            wb.waitForJobs("resolve", JOB_TIMEOUT_MS);
            LifetimeActions.setModel(first.session(), UiPreferences.defaultFitModel(2));
            LifetimeActions.fit(List.of(first));
            wb.waitForJobs("fit", JOB_TIMEOUT_MS);
            editor.show(ParticleEditor.Tab.LIFETIME);
            wb.waitUntil("the decay to draw", 30_000, () -> !editor.isBusy());
            Composite lifetime = editor.control(ParticleEditor.Tab.LIFETIME);
            Table fits = Widgets.all(lifetime, Table.class).get(0);
            assertTrue(fits.getItemCount() >= 2, "whole trace and levels fitted: " + fits.getItemCount() + " rows");
            int rows = (fits.getClientArea().height - fits.getHeaderHeight()) / fits.getItemHeight();
            assertTrue(rows >= MIN_TABLE_ROWS, "fit table shows " + rows + " rows at 1600×1000");

            shell.setBounds(0, 0, WIDTH, HEIGHT);
            wb.processEvents();
            MPart exportPart = parts.showPart(ExportPart.ID, EPartService.PartState.ACTIVATE);
            long until = System.currentTimeMillis() + 1000;
            wb.waitUntil("the layout to settle", 5000, () -> System.currentTimeMillis() > until);
            screenshot(wb);

            assertEquals(new Rectangle(0, 0, WIDTH, HEIGHT), shell.getBounds(), "the window is a laptop screen");
            Composite export = (Composite) exportPart.getWidget();
            assertTrue(inSight(Widgets.button(export, "Export")), "Export in sight without scrolling");
            assertTrue(inSight(Widgets.button(export, "Browse...")), "Browse in sight without scrolling");
            List<Control> checked = new ArrayList<>();
            checked.addAll(Widgets.all(export, Button.class));
            checked.addAll(Widgets.all(lifetime, Button.class));
            checked.addAll(Widgets.all(lifetime, Table.class));
            checked.add(editor.lifetime().decayPlots().get(0).getControl());
            checked.add(editor.lifetime().decayPlots().get(1).getControl());
            List<String> hidden = new ArrayList<>();
            for (Control c : checked) {
                if (c.isVisible() && !inSight(reveal(c, wb))) {
                    hidden.add(describe(c));
                }
            }
            assertEquals(List.of(), hidden, "controls out of sight at " + WIDTH + "×" + HEIGHT);

            int decayHeight = editor.lifetime().decayPlots().get(0).getControl().getSize().y;
            assertTrue(decayHeight >= MIN_DECAY_PLOT_HEIGHT, "decay plot height " + decayHeight + " px");
            // where the data are drawn, inside axes and labels: the panes above and below the decay draw theirs too
            int strip = plotAreaHeight(editor.lifetime().levelStrip());
            int residuals = plotAreaHeight(editor.lifetime().decayPlots().get(1));
            assertTrue(strip >= MIN_PANE_PLOT_HEIGHT, "level strip draws in " + strip + " px");
            assertTrue(residuals >= MIN_PANE_PLOT_HEIGHT, "residuals draw in " + residuals + " px");
            assertWholeText(fits, 2);
            assertWholeText(fits, 3);
            open.close(session);
        });
    }

    private static int plotAreaHeight(PlotCanvas canvas) {
        return canvas.getChart().getPlotArea().getControl().getSize().y;
    }

    /** Scrolls {@code control} into view where a scrolled area holds it, as a user would with the scroll bar. */
    private static Control reveal(Control control, TestWorkbench wb) {
        for (Composite p = control.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrolledComposite scroll) {
                scroll.showControl(control);
            }
        }
        wb.processEvents();
        return control;
    }

    /** Whole inside its parent's client area, and the parent in its parent's, up to the window. */
    private static boolean inSight(Control control) {
        Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
        for (Composite p = control.getParent(); p != null; p = p.getParent()) {
            Rectangle visible = control.getDisplay().map(p, null, p.getClientArea());
            if (!visible.contains(bounds.x, bounds.y)
                    || !visible.contains(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1)) {
                return false;
            }
            if (p instanceof Shell) {
                break;
            }
        }
        return true;
    }

    private static String describe(Control c) {
        String text = c instanceof Button b ? " \"" + b.getText() + "\"" : "";
        return c.getClass().getSimpleName() + text + " at " + c.getDisplay().map(c.getParent(), null, c.getBounds());
    }

    /** The column is as wide as the widest text of its rows (a 2-exponential τ reads "1.234 ± 0.012, ..."). */
    private static void assertWholeText(Table table, int column) {
        GC gc = new GC(table);
        try {
            int widest = 0;
            for (int i = 0; i < table.getItemCount(); i++) {
                widest = Math.max(widest, gc.textExtent(table.getItem(i).getText(column)).x);
            }
            int width = table.getColumn(column).getWidth();
            assertTrue(width >= widest, table.getColumn(column).getText() + " is " + width + " px for " + widest
                    + " px of text");
        } finally {
            gc.dispose();
        }
    }

    private static void screenshot(TestWorkbench wb) throws Exception {
        String target = System.getProperty("fullsms.screenshots", System.getenv("FULLSMS_SCREENSHOTS"));
        if (target != null) {
            Path out = Files.createDirectories(Path.of(target));
            PlotExport.savePng(wb.mainShell(), out.resolve("layout-" + WIDTH + "x" + HEIGHT + ".png"));
        }
    }
}
