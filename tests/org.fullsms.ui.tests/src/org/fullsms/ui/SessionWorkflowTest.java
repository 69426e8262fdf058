package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.session.Autosave;
import org.fullsms.session.SessionDocument;
import org.fullsms.session.SessionLoader;
import org.fullsms.session.SessionReader;
import org.fullsms.ui.actions.AnalysisActions;
import org.fullsms.ui.actions.LifetimeActions;
import org.fullsms.ui.charts.PlotExport;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.handlers.OpenAnalysisHandler;
import org.fullsms.ui.handlers.SaveAnalysisHandler;
import org.fullsms.ui.prefs.UiPreferences;
import org.fullsms.ui.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; Save Analysis and Open Analysis in the real workbench: resolve, group and fit a simulated file, save it
 * (the handler's job, without its dialog), close it, open the session again and find the levels, the grouping,
 * the open editor and the fit's channel grid back.
 */
class SessionWorkflowTest {

    private static final long JOB_TIMEOUT_MS = 120_000;

    @TempDir
    Path dir;

    @Test
    void saveCloseOpenRestoresLevelsGroupingAndEditors() throws Exception {
        Path file = dir.resolve("example.h5");
        var sim = new Simulator().run(SimulationParameters.builder().particles(2).durationS(20).seed(11).build(),
                new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        TestWorkbench.run(wb -> {
            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            SessionFiles files = wb.application().getContext().get(SessionFiles.class);
            EPartService parts = wb.windowContext().get(EPartService.class);
            EModelService models = wb.windowContext().get(EModelService.class);
            wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
            wb.waitUntil("the file to open", JOB_TIMEOUT_MS, () -> open.sessions().size() == 1);
            AnalysisSession session = open.sessions().get(0);
            AnalysisActions.resolve(session.particles(), 99);
            wb.waitForJobs("resolve all", JOB_TIMEOUT_MS);
            AnalysisActions.group(session.particles());
            wb.waitForJobs("group all", JOB_TIMEOUT_MS);
            LifetimeActions.fit(session.particles());
            wb.waitForJobs("fit all", JOB_TIMEOUT_MS);
            HistogramBinning grid = session.decayBinning();
            List<Integer> levels = new ArrayList<>();
            List<Integer> steps = new ArrayList<>();
            for (ParticleAnalysis a : session.particles()) {
                levels.add(a.levels().orElseThrow().levels().size());
                steps.add(a.grouping().orElseThrow().selectedStep());
            }
            assertTrue(enabled(wb, "org.fullsms.ui.command.saveanalysis"), "Save Analysis is enabled with a file open");
            ParticleAnalysis second = session.particles().get(1);
            EditorOpener.open(second, parts, models, wb.application());
            assertEquals(Autosave.defaultTarget(file.toAbsolutePath().normalize()), files.target(session),
                    "Save Analysis suggests NAME.smsa beside the HDF5 file");

            Path target = dir.resolve("saved.smsa");
            Map<String, String> ui = SaveAnalysisHandler.uiState(session, parts);
            assertEquals(second.particle().name(), ui.get(SessionFiles.CURRENT_PARTICLE), "current particle saved");
            SaveAnalysisHandler.save(files, session, target, ui).schedule();
            wb.waitForJobs("save", JOB_TIMEOUT_MS);
            assertTrue(Files.isRegularFile(target), "session written");
            assertEquals(target, files.target(session), "the saved file becomes the file's session");
            SessionDocument written = SessionReader.read(target);
            assertNotNull(written.lifetime(), "the last fit's lifetime setup is saved");
            assertEquals(grid, written.lifetime().binning(), "saved channel grid (exact)");
            assertEquals(1, written.lifetime().parameters().tauNs().size(), "saved fit model: 1 exponential");
            assertEquals(FitSettings.Method.LEAST_SQUARES, written.lifetime().settings().method(), "saved method");
            for (UiPreferences.Key key : UiPreferences.Key.values()) {
                assertTrue(written.settings().containsKey(UiPreferences.SESSION_PREFIX + key.id()),
                        key + " saved in " + written.settings());
            }
            assertEquals(UiPreferences.sessionSettings().get("ui.cpa.minPhotons"),
                    written.settings().get("ui.cpa.minPhotons"), "saved CPA minimum photons (exact string)");

            open.close(session);
            wb.waitUntil("the editors to close", 10_000, () -> editorOf(parts, null) == null);

            SessionLoader.Loaded loaded = files.load(target, null);
            OpenAnalysisHandler.reopenEditors(loaded.session(), loaded.document().uiState(), parts, models,
                    wb.application());
            assertEquals(List.of(loaded.session()), open.sessions(), "the restored file is open");
            assertEquals(List.of(), loaded.warnings(), "unchanged data file: no warnings");
            AnalysisSession back = loaded.session();
            for (int i = 0; i < back.particles().size(); i++) {
                ParticleAnalysis a = back.particles().get(i);
                assertEquals(levels.get(i), a.levels().orElseThrow().levels().size(), a + " levels (exact)");
                assertEquals(steps.get(i), a.grouping().orElseThrow().selectedStep(), a + " grouping step (exact)");
            }
            assertTrue(editorOf(parts, back.particles().get(1)) != null, "the saved editor reopened");
            assertEquals(grid, back.lifetimeSetup().orElseThrow().binning(), "the reopened file's setup (exact)");
            assertEquals(grid, back.decayBinning(), "the reopened file's decays and exports use the saved grid (exact)");
            screenshotExportView(wb, parts);
            open.close(back);
        });
    }

    private static boolean enabled(TestWorkbench wb, String commandId) {
        ParameterizedCommand command = wb.windowContext().get(ECommandService.class).createCommand(commandId, null);
        return wb.windowContext().get(EHandlerService.class).canExecute(command);
    }

    private static MPart editorOf(EPartService parts, ParticleAnalysis particle) {
        for (MPart p : parts.getParts()) {
            Object a = p.getTransientData().get(ParticleEditor.PARTICLE_KEY);
            if (a != null && p.getWidget() != null && (particle == null || a == particle)) {
                return p;
            }
        }
        return null;
    }

    /** A PNG of the workbench with Window &gt; Export shown, when screenshots are asked for. */
    private static void screenshotExportView(TestWorkbench wb, EPartService parts) throws Exception {
        String target = System.getProperty("fullsms.screenshots", System.getenv("FULLSMS_SCREENSHOTS"));
        if (target == null) {
            return;
        }
        Path out = Files.createDirectories(Path.of(target));
        parts.showPart("org.fullsms.ui.part.export", EPartService.PartState.ACTIVATE);
        // the bottom stack is short by default; give the view room for the picture
        wb.windowContext().get(EModelService.class).find("org.fullsms.app.bottomstack", wb.application())
                .setContainerData("35");
        wb.mainShell().setBounds(wb.display().getClientArea());
        long until = System.currentTimeMillis() + 1000;
        wb.waitUntil("the view to draw", 5000, () -> System.currentTimeMillis() > until);
        PlotExport.savePng(wb.mainShell(), out.resolve("export.png"));
    }
}
