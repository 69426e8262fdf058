package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.PlotExport;
import org.fullsms.ui.editor.ParticleEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's workflow in the real workbench: open a simulated two-channel file (2 particles × 20 s) → resolve
 * all → group → pick a BIC step (undo and redo it with Edit &gt; Undo and Redo) → fit → correlate → close. Checks that results
 * land in the state and that the editor draws them. With {@code -Dfullsms.screenshots=DIR} it saves a PNG of
 * each editor tab there (or in the directory of the environment variable {@code FULLSMS_SCREENSHOTS}).
 */
class AnalysisWorkflowTest {

    private static final long JOB_TIMEOUT_MS = 120_000;

    @TempDir
    Path dir;

    @Test
    void openResolveGroupPickStepFitCorrelateClose() throws Exception {
        Path file = dir.resolve("example.h5");
        var sim = new Simulator().run(SimulationParameters.builder().particles(2).durationS(20).seed(7)
                .secondChannel(true).build(), new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        TestWorkbench.run(wb -> {
            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
            wb.waitUntil("the file to open", JOB_TIMEOUT_MS, () -> open.sessions().size() == 1);
            AnalysisSession session = open.sessions().get(0);
            assertEquals(4, session.particles().size(), "2 particles with their second channels");
            ParticleAnalysis first = session.particles().get(0);
            EPartService parts = wb.windowContext().get(EPartService.class);
            MPart part = EditorOpener.open(first, parts, wb.windowContext().get(EModelService.class), wb.application());
            ParticleEditor editor = EditorOpener.editorOf(part);
            assertTrue(editor != null, "the particle editor opened");
            assertTrue(Widgets.button((org.eclipse.swt.widgets.Composite) part.getWidget(), "Channel 2").isEnabled(),
                    "a particle with two channels can show channel 2");

            editor.intensity().resolve(session.particles());
            wb.waitForJobs("resolve all", JOB_TIMEOUT_MS);
            for (ParticleAnalysis a : session.particles()) {
                assertTrue(a.levels().isPresent(), a + " resolved");
            }
            int levels = first.levels().orElseThrow().levels().size();
            assertTrue(levels >= 2, "a blinking particle has at least two levels, got " + levels);

            AnalysisActions.group(session.particles());
            wb.waitForJobs("group all", JOB_TIMEOUT_MS);
            GroupingResult grouping = first.grouping().orElseThrow();
            assertTrue(grouping.steps().size() >= 2, "grouping has steps to choose from");
            int other = grouping.steps().get(grouping.bestStep() == 0 ? 1 : 0).numGroups();
            editor.grouping().pick(other);
            assertEquals(other, first.grouping().orElseThrow().selected().numGroups(), "the clicked step is selected");
            assertTrue(first.groupsApplied(), "picking a step applies its groups");
            String pick = "grouping step of " + first.particle().name();
            assertEquals("Undo " + pick, wb.editMenuItem("Undo"), "Undo names what it reverts");
            wb.execute("org.fullsms.ui.command.undo");
            assertEquals(grouping.selectedStep(), first.grouping().orElseThrow().selectedStep(), "Edit > Undo reverts the pick");
            assertEquals("Redo " + pick, wb.editMenuItem("Redo"), "Redo names what it applies again");
            wb.execute("org.fullsms.ui.command.redo");
            assertEquals(other, first.grouping().orElseThrow().selected().numGroups(), "Edit > Redo picks the step again");
            assertTrue(first.groupsApplied(), "redo applies the step's groups again");
            assertEquals("Redo", wb.editMenuItem("Redo"), "nothing left to redo");
            editor.grouping().pick(grouping.best().numGroups());

            editor.lifetime().fit(List.of(first));
            wb.waitForJobs("fit", JOB_TIMEOUT_MS);
            Map<FitTarget, FitResult> fits = first.fits();
            FitResult whole = fits.get(FitTarget.WHOLE);
            assertTrue(whole != null && whole.ok(), "whole-trace fit: " + whole);
            // simulated lifetimes lie between 0.1 and 20 ns; the fit must land there (loose: checks wiring, not accuracy)
            assertTrue(whole.tauNs()[0] > 0.1 && whole.tauNs()[0] < 20, "τ = " + whole.tauNs()[0]);
            assertTrue(fits.keySet().stream().anyMatch(t -> t.kind() == FitTarget.Kind.LEVEL), "levels fitted");

            editor.correlation().correlate(List.of(first));
            wb.waitForJobs("correlate", JOB_TIMEOUT_MS);
            assertTrue(first.correlation().isPresent(), "correlated");

            wb.waitUntil("the editor to redraw", 30_000, () -> !editor.isBusy());
            assertTrue(series(editor.intensity().tracePlot(), "trace") > 0, "trace drawn");
            assertTrue(series(editor.intensity().tracePlot(), "levels") > 0, "levels drawn");
            assertTrue(series(editor.lifetime().decayPlots().get(0), "fit") > 0, "fit curve drawn");
            assertTrue(series(editor.lifetime().decayPlots().get(1), "residuals") > 0, "residuals drawn");
            assertTrue(series(editor.grouping().bicPlot(), "bic") >= 2, "BIC points drawn");
            assertTrue(series(editor.correlation().plot(), "g2") > 0, "g² drawn");
            screenshots(wb, editor);

            open.close(session);
            wb.waitUntil("the editor to close", 10_000, () -> part.getWidget() == null);
            assertTrue(open.sessions().isEmpty(), "file closed");
            assertNotEquals(0, levels);
        });
    }

    private static int series(PlotCanvas canvas, String id) {
        var s = canvas.getSeries(id);
        return s == null ? 0 : s.getData().size();
    }

    /** PNGs of each tab for docs/images, when asked for. */
    private static void screenshots(TestWorkbench wb, ParticleEditor editor) throws Exception {
        String target = System.getProperty("fullsms.screenshots", System.getenv("FULLSMS_SCREENSHOTS"));
        if (target == null) {
            return;
        }
        Path out = Files.createDirectories(Path.of(target));
        // as large as the test display (Xvfb :5 is 1400 × 900), so the stacked plots have room
        wb.mainShell().setBounds(wb.display().getClientArea());
        wb.processEvents();
        editor.lifetime().select(new FitTarget(FitTarget.Kind.LEVEL, 0));
        // 20 s of two 6 kcps channels give ~1 pair per 0.5 ns bin: a coarser bin (no recount) shows the dip
        editor.correlation().rebin(5);
        for (ParticleEditor.Tab tab : ParticleEditor.Tab.values()) {
            if (!editor.has(tab)) {
                continue; // spectra and raster scan: the simulated file has none (SpectraRasterTabsTest)
            }
            editor.show(tab);
            wb.waitUntil("the " + tab + " tab to settle", 30_000, () -> !editor.isBusy());
            long until = System.currentTimeMillis() + 1500;
            wb.waitUntil("charts to refresh", 5000, () -> System.currentTimeMillis() > until);
            PlotExport.savePng(wb.mainShell(), out.resolve(tab.name().toLowerCase(java.util.Locale.ROOT) + ".png"));
        }
    }
}
