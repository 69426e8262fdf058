package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.IAxis;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.filter.Bound;
import org.fullsms.analysis.filter.Feature;
import org.fullsms.analysis.filter.FilterPoint;
import org.fullsms.analysis.filter.Normalisation;
import org.fullsms.analysis.simulation.EmitterState;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;
import org.fullsms.ui.actions.LifetimeActions;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.PlotExport;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.filter.FilteringPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window &gt; Filtering in the live workbench, on simulated emitters whose lifetime grows with their intensity,
 * resolved and fitted through the workbench's actions: the view plots every level; a lifetime filter set in its
 * controls splits the points into passing and filtered out as the fits say; a click on a point opens its particle
 * and marks that level in the intensity trace; Normalise moves levels onto the τ–I line and Edit &gt; Undo, naming
 * it, puts the measured intensities back; Export Table writes the points and, beside them, their τ–I line. With
 * {@code FULLSMS_SCREENSHOTS=DIR} it saves the window at 1366 × 768 and 1920 × 1080 there (the display must be
 * that large).
 */
class FilteringWorkflowTest {

    private static final long JOB_TIMEOUT_MS = 120_000;
    private static final double MAX_TAU_NS = 3;
    /** Plot-area heights (pixels) that can be read: the view's plot, and the particle's trace. */
    private static final int MIN_FILTER_PLOT = 150;
    private static final int MIN_TRACE_PLOT = 200;

    @TempDir
    Path dir;

    @Test
    void filterPlotPickNormaliseAndUndo() throws Exception {
        Path file = dir.resolve("filtering.h5");
        List<EmitterState> states = List.of(EmitterState.single(2000, 1), EmitterState.single(5000, 2.5),
                EmitterState.single(8000, 4));
        var sim = new Simulator().run(SimulationParameters.builder().particles(3).durationS(10).seed(21)
                .states(states).build(), new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        TestWorkbench.run(wb -> {
            Shell shell = wb.mainShell();
            shell.setMaximized(false);
            shell.setBounds(0, 0, 1366, 768);
            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
            wb.waitUntil("the file to open", JOB_TIMEOUT_MS, () -> open.sessions().size() == 1);
            AnalysisSession session = open.sessions().get(0);
            AnalysisActions.resolve(session.particles(), 99);
            wb.waitForJobs("resolve", JOB_TIMEOUT_MS);
            LifetimeActions.fit(session.particles());
            wb.waitForJobs("fit", JOB_TIMEOUT_MS);
            int levels = session.particles().stream().mapToInt(a -> a.levels().orElseThrow().levels().size()).sum();

            EPartService parts = wb.windowContext().get(EPartService.class);
            MPart part = parts.showPart(FilteringPart.ID, EPartService.PartState.ACTIVATE);
            FilteringPart view = (FilteringPart) part.getObject();
            wb.waitUntil("the levels to be plotted", 30_000, () -> !view.isBusy() && view.points().size() == levels,
                    () -> view.points().size() + " of " + levels + " points");
            // at 1366 × 768 the column cannot hold a readable trace above the view: the view is a tab of the editors
            wb.waitUntil("the view to move beside the editors", 30_000, () -> EditorOpener.EDITOR_STACK.equals(
                    part.getParent().getElementId()), () -> "in " + part.getParent().getElementId());
            // the editor stack lays the moved view out after the move: wait for its plot to take the stack's height
            wb.waitUntil("the view's layout", 30_000, () -> !view.isBusy()
                    && plotAreaHeight(view.plot()) >= MIN_FILTER_PLOT, () -> plotAreaHeight(view.plot()) + " px");
            PlotCanvas plot = view.plot();
            int plotHeight = plotAreaHeight(plot);
            assertTrue(plotHeight >= MIN_FILTER_PLOT, "the plot draws in " + plotHeight + " px at 1366×768");
            assertEquals(levels, shown(plot, "in"), "every fitted level drawn, none filtered out yet");
            assertEquals(2, shown(plot, "line"), "the τ–I line on the intensity-lifetime plot");
            assertTrue(view.statusText().startsWith("# Datapoints: " + levels + " of " + levels + " levels"),
                    view.statusText());
            assertEquals("Intensity (counts/s)", plot.getChart().getAxisSet().getXAxis(0).getTitle().getText());
            assertEquals("Mean lifetime τ (ns)", plot.getChart().getAxisSet().getYAxis(0).getTitle().getText());

            // a lifetime filter, set as a user does: the value, then the box
            view.filterValue(Bound.MAX_LIFETIME).setText(Double.toString(MAX_TAU_NS));
            view.filterCheck(Bound.MAX_LIFETIME).setSelection(true);
            view.filterCheck(Bound.MAX_LIFETIME).notifyListeners(SWT.Selection, new Event());
            long above = session.particles().stream().flatMap(a -> a.fits().entrySet().stream())
                    .filter(e -> e.getKey().kind() == FitTarget.Kind.LEVEL)
                    .map(Map.Entry::getValue).filter(f -> f.meanTauAmplitudeNs() > MAX_TAU_NS).count();
            assertTrue(above > 0 && above < levels, above + " of " + levels + " levels above " + MAX_TAU_NS + " ns");
            wb.waitUntil("the filter to apply", 30_000, () -> !view.isBusy() && shown(plot, "out") == above,
                    () -> shown(plot, "out") + " filtered out");
            assertTrue(session.filtering().settings().limit(Bound.MAX_LIFETIME).enabled(), "saved in the analysis");
            assertEquals(levels - above, shown(plot, "in"));
            assertTrue(view.statusText().startsWith("# Datapoints: " + (levels - above) + " of " + levels),
                    view.statusText());

            // a click on a passing point marks the point under the mouse and shows its level in the particle's trace
            FilterPoint target = view.points().stream().filter(FilterPoint::passes).findFirst().orElseThrow();
            click(plot, target.value(Feature.INTENSITY), target.value(Feature.LIFETIME));
            FilterPoint point = view.selected();
            assertNotNull(point, "a point is under the click");
            assertTrue(pixels(plot, point, target) <= 10, point.label() + " is not under the click on "
                    + target.label());
            ParticleAnalysis owner = session.particles().stream()
                    .filter(a -> a.particle().name().equals(point.particle())).findFirst().orElseThrow();
            ParticleEditor editor = editorOf(wb, session, point);
            Level level = owner.levels().orElseThrow().levels().get(point.index());
            assertArrayEquals(new double[] { level.startS(), level.endS() }, editor.intensity().highlighted(), 0,
                    "the clicked point's level is marked in the trace");
            wb.waitUntil("the trace to draw", 30_000, () -> !editor.isBusy());
            int trace = plotAreaHeight(editor.intensity().tracePlot());
            assertTrue(trace >= MIN_TRACE_PLOT, "the trace draws in " + trace + " px at 1366×768");
            parts.activate(part);
            wb.processEvents();

            // Normalise, then Edit > Undo
            view.plot().getControl().setFocus();
            parts.activate(part);
            Control normalise = Widgets.button((Composite) part.getWidget(), "Normalise");
            Widgets.click((org.eclipse.swt.widgets.Button) normalise);
            wb.waitUntil("the normalisation", 30_000, () -> session.filtering().normalisation() != null);
            Normalisation n = session.filtering().normalisation();
            assertTrue(n.moved() > 0, n.toString());
            wb.waitUntil("the normalised points", 30_000, () -> !view.isBusy()
                    && view.points().stream().anyMatch(p -> p.normalised() != null));
            for (FilterPoint p : view.points()) {
                if (p.normalised() != null && p.normalised().moved()) {
                    double onLine = n.line().intensityAt(p.features().tauNs());
                    assertEquals(onLine, p.value(Feature.INTENSITY), 1 / p.features().dwellS() + 1e-9, p.label());
                }
            }
            screenshot(wb, "filtering-1366x768.png");
            String label = "Normalisation of " + file.getFileName();
            assertEquals("Undo " + label, wb.editMenuItem("Undo"), "Edit > Undo names the normalisation");
            wb.execute("org.fullsms.ui.command.undo");
            assertNull(session.filtering().normalisation(), "undone: the measured intensities again");
            wb.waitUntil("the measured points", 30_000, () -> !view.isBusy()
                    && view.points().stream().allMatch(p -> p.normalised() == null));
            assertEquals("Redo " + label, wb.editMenuItem("Redo"));
            wb.execute("org.fullsms.ui.command.redo");
            assertEquals(n, session.filtering().normalisation(), "redo applies the same normalisation");

            // Export Table, past its file dialog: the points shown, and their τ–I line in a second file beside them
            wb.waitUntil("the normalised points again", 30_000, () -> !view.isBusy()
                    && view.points().stream().anyMatch(p -> p.normalised() != null));
            Path table = dir.resolve("filtered levels.csv");
            view.exportTable(table);
            wb.waitForJobs("the export", JOB_TIMEOUT_MS);
            Path lineFile = dir.resolve("filtered levels tau-I line.csv");
            try (var files = Files.list(dir)) {
                assertEquals(Set.of(file, table, lineFile), files.collect(Collectors.toSet()),
                        "both files, moved into place: no temporary file left");
            }
            List<String> rows = Files.readAllLines(table);
            assertTrue(rows.get(0).contains("Int (counts/s)") && rows.get(0).contains("Av. Lifetime (ns)")
                    && rows.get(0).contains("Norm. Int (counts/s)"), rows.get(0));
            assertEquals(view.points().stream().filter(FilterPoint::passes).count(), rows.size() - 1,
                    "the passing points, one a row");
            List<String> lineRows = Files.readAllLines(lineFile);
            List<String> header = List.of(lineRows.get(0).split(","));
            assertTrue(header.contains("Slope (ns/(counts/s))") && header.contains("Intercept (ns)"), lineRows.get(0));
            String[] values = lineRows.get(1).split(",", -1);
            var line = view.line();
            double slope = Double.parseDouble(values[header.indexOf("Slope (ns/(counts/s))")]);
            double r2 = Double.parseDouble(values[header.indexOf("R Squared")]);
            assertEquals(line.slope(), slope, Math.ulp(line.slope()), "the view's slope");
            assertEquals(line.rSquared(), r2, Math.ulp(line.rSquared()), "the view's R²");
            assertEquals(line.points(), Integer.parseInt(values[header.indexOf("Points")]));
            wb.waitUntil("the status to say so", 5000, () -> view.statusText().startsWith("Wrote " + table));

            // the distribution of the lifetimes: every fitted level in the grey bins, those that pass in colour
            Combo plotChoice = Widgets.all((Composite) part.getWidget(), Combo.class).stream()
                    .filter(c -> Arrays.asList(c.getItems()).contains("Distribution")).findFirst().orElseThrow();
            Combo against = Widgets.all((Composite) part.getWidget(), Combo.class).get(
                    Widgets.all((Composite) part.getWidget(), Combo.class).indexOf(plotChoice) + 1);
            plotChoice.select(0);
            against.select(Feature.LIFETIME.ordinal());
            against.notifyListeners(SWT.Selection, new Event());
            wb.waitUntil("the distribution", 30_000, () -> !view.isBusy() && plot.getSeries("all") != null);
            assertEquals(levels, sum(plot, "all"), "every level has a lifetime here");
            assertEquals(levels - above, sum(plot, "passing"));
            assertEquals("Levels (per bin)", plot.getChart().getAxisSet().getYAxis(0).getTitle().getText());
            assertEquals("Mean lifetime τ (ns)", plot.getChart().getAxisSet().getXAxis(0).getTitle().getText());
            plotChoice.select(Feature.LIFETIME.ordinal() + 1);
            against.select(Feature.INTENSITY.ordinal());
            against.notifyListeners(SWT.Selection, new Event());
            wb.waitUntil("the scatter plot again", 30_000, () -> !view.isBusy() && shown(plot, "in") > 0);

            if (wb.display().getClientArea().width >= 1920 && wb.display().getClientArea().height >= 1080) {
                // a screen that holds both: the view stays below the editors (where the application model puts it
                // at a start) and the level clicked is in sight in the trace
                shell.setBounds(0, 0, 1920, 1080);
                MPartStack bottom = (MPartStack) wb.windowContext().get(EModelService.class).find(
                        "org.fullsms.app.bottomstack", wb.application());
                bottom.getChildren().add(part);
                parts.activate(part);
                click(plot, target.value(Feature.INTENSITY), target.value(Feature.LIFETIME));
                ParticleEditor shown = editorOf(wb, session, view.selected());
                parts.activate(part);
                wb.waitUntil("the layout to settle", 30_000, () -> !view.isBusy() && !shown.isBusy());
                long until = System.currentTimeMillis() + 500;
                wb.waitUntil("the stacks to be sized", 5000, () -> System.currentTimeMillis() > until);
                assertEquals("org.fullsms.app.bottomstack", part.getParent().getElementId(), "stays below the editors");
                Control traceControl = shown.intensity().tracePlot().getControl();
                assertTrue(((Control) part.getWidget()).isVisible() && traceControl.isVisible(),
                        "view and trace both shown");
                int bigTrace = plotAreaHeight(shown.intensity().tracePlot());
                int bigPlot = plotAreaHeight(plot);
                assertTrue(bigTrace >= MIN_TRACE_PLOT && bigPlot >= MIN_FILTER_PLOT, "at 1920×1080 the trace draws "
                        + "in " + bigTrace + " px, the view's plot in " + bigPlot + " px");
                screenshot(wb, "filtering-1920x1080.png");
            }
            open.close(session);
        });
    }

    /** The open editor of the particle of {@code point}; fails when there is none (the click did not open it). */
    private static ParticleEditor editorOf(TestWorkbench wb, AnalysisSession session, FilterPoint point) {
        assertNotNull(point, "a point is under the click");
        ParticleAnalysis owner = session.particles().stream()
                .filter(a -> a.particle().name().equals(point.particle())).findFirst().orElseThrow();
        ParticleEditor editor = wb.windowContext().get(EPartService.class).getParts().stream()
                .filter(p -> p.getTransientData().get(ParticleEditor.PARTICLE_KEY) == owner)
                .map(EditorOpener::editorOf).findFirst().orElse(null);
        assertNotNull(editor, "the click opened " + point.particle());
        return editor;
    }

    /** Height of the area a chart draws its data in, inside axes and labels. */
    private static int plotAreaHeight(PlotCanvas canvas) {
        return canvas.getChart().getPlotArea().getControl().getSize().y;
    }

    /** The counts of a histogram series (its last point repeats the last bin). */
    private static long sum(PlotCanvas plot, String id) {
        var data = plot.getSeries(id).getData();
        long total = 0;
        for (int i = 0; i < data.size() - 1; i++) {
            total += Math.round(data.y(i));
        }
        return total;
    }

    private static int shown(PlotCanvas plot, String id) {
        var s = plot.getSeries(id);
        return s == null || !s.isVisible() ? 0 : s.getData().size();
    }

    /** Pixels between two points on the plot. */
    private static double pixels(PlotCanvas plot, FilterPoint a, FilterPoint b) {
        IAxis ax = plot.getChart().getAxisSet().getXAxis(0);
        IAxis ay = plot.getChart().getAxisSet().getYAxis(0);
        return Math.hypot(ax.getPixelCoordinate(a.value(Feature.INTENSITY)) - ax.getPixelCoordinate(b.value(
                Feature.INTENSITY)), ay.getPixelCoordinate(a.value(Feature.LIFETIME)) - ay.getPixelCoordinate(
                        b.value(Feature.LIFETIME)));
    }

    /** A left click at a data point, as the mouse would give it to the plot area. */
    private static void click(PlotCanvas plot, double x, double y) {
        IAxis ax = plot.getChart().getAxisSet().getXAxis(0);
        IAxis ay = plot.getChart().getAxisSet().getYAxis(0);
        Control area = plot.getChart().getPlotArea().getControl();
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event e = new Event();
            e.button = 1;
            e.x = ax.getPixelCoordinate(x);
            e.y = ay.getPixelCoordinate(y);
            area.notifyListeners(type, e);
        }
    }

    private static void screenshot(TestWorkbench wb, String name) throws Exception {
        String target = System.getProperty("fullsms.screenshots", System.getenv("FULLSMS_SCREENSHOTS"));
        if (target != null) {
            wb.display().setCursorLocation(0, wb.display().getClientArea().height - 1); // no tooltip in the picture
            long until = System.currentTimeMillis() + 1500;
            wb.waitUntil("charts to refresh", 5000, () -> System.currentTimeMillis() > until);
            PlotExport.savePng(wb.mainShell(), Files.createDirectories(Path.of(target)).resolve(name));
        }
    }
}
