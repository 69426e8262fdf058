package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.model.Dataset;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.testing.SharedData;
import org.fullsms.ui.actions.AnalysisActions;
import org.fullsms.ui.actions.Scope;
import org.fullsms.ui.charts.PlotExport;
import org.fullsms.ui.charts.PlotSeries;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.tools.ConvertDialog;
import org.fullsms.ui.tools.DecayStartDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, 5 and 7 in the live workbench: Analysis &gt; Reset Analysis (current, selected, all) with Edit &gt; Undo
 * naming it, Analysis &gt; Set Decay Start… (decays then start at the chosen channel, fits go, Undo brings them back)
 * and File &gt; Convert… (the plan shows what each output is made of and refuses to write over an input; the job
 * writes the files and opens them). With {@code FULLSMS_SCREENSHOTS=DIR} the two dialogs are saved there.
 */
class ToolsWorkflowTest {

    private static final long TIMEOUT_MS = 120_000;
    private static final String RESET = "org.fullsms.ui.command.resetanalysis";

    @TempDir
    Path dir;

    private Path simulate() throws Exception {
        Path file = dir.resolve("tools.h5");
        var sim = new Simulator().run(SimulationParameters.builder().particles(2).durationS(10).seed(21).build(),
                new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        return file;
    }

    private static AnalysisSession open(TestWorkbench wb, Path file) throws InterruptedException {
        OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
        int before = open.sessions().size();
        wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
        wb.waitUntil("the file to open", TIMEOUT_MS, () -> open.sessions().size() == before + 1);
        return open.sessions().get(before);
    }

    private static ParticleEditor editor(TestWorkbench wb, ParticleAnalysis a) {
        MPart part = EditorOpener.open(a, wb.windowContext().get(EPartService.class),
                wb.windowContext().get(EModelService.class), wb.application());
        wb.processEvents();
        return EditorOpener.editorOf(part);
    }

    /** Resolve, group and fit every particle of the file, as a user would first. */
    private static void analyse(TestWorkbench wb, AnalysisSession session, ParticleEditor editor)
            throws InterruptedException {
        editor.intensity().resolve(session.particles());
        wb.waitForJobs("resolve", TIMEOUT_MS);
        AnalysisActions.group(session.particles());
        wb.waitForJobs("group", TIMEOUT_MS);
        editor.lifetime().fit(session.particles());
        wb.waitForJobs("fit", TIMEOUT_MS);
        for (ParticleAnalysis a : session.particles()) {
            assertTrue(a.levels().isPresent() && a.grouping().isPresent() && !a.fits().isEmpty(), a + " analysed");
        }
    }

    private static boolean run(TestWorkbench wb, String commandId, Map<String, Object> parameters) {
        ECommandService commands = wb.windowContext().get(ECommandService.class);
        EHandlerService handlers = wb.windowContext().get(EHandlerService.class);
        ParameterizedCommand command = commands.createCommand(commandId, parameters);
        if (!handlers.canExecute(command)) {
            return false;
        }
        handlers.executeHandler(command);
        wb.processEvents();
        return true;
    }

    private static MenuItem menuItem(TestWorkbench wb, String... path) {
        Menu menu = wb.mainShell().getMenuBar();
        MenuItem item = null;
        for (String label : path) {
            wb.showMenu(menu);
            item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").split("\t")[0]
                    .equals(label)).findFirst().orElseThrow(() -> new AssertionError("no menu item " + label));
            menu = item.getMenu();
        }
        return item;
    }

    /** The Undo item's text as a user sees it: e4 names the operation while the menu is shown, so show it twice. */
    private static String undoLabel(TestWorkbench wb) {
        Menu edit = menuItem(wb, "Edit").getMenu();
        wb.showMenu(edit);
        wb.showMenu(edit);
        return Arrays.stream(edit.getItems()).map(i -> i.getText().replace("&", "").split("\t")[0])
                .filter(t -> t.startsWith("Undo")).findFirst().orElseThrow();
    }

    @Test
    void resetAnalysisOfSelectedAndAllIsUndoable() throws Exception {
        Path file = simulate();
        TestWorkbench.run(wb -> {
            AnalysisSession session = open(wb, file);
            ParticleAnalysis first = session.particles().get(0);
            ParticleAnalysis second = session.particles().get(1);
            ParticleEditor editor = editor(wb, first);
            analyse(wb, session, editor);
            first.setBinSizeMs(50);
            wb.waitUntil("the editor to draw the levels", 30_000, () -> !editor.isBusy()
                    && size(editor.intensity().tracePlot().getSeries("levels")) > 0);
            ParticleAnalysis.Results firstBefore = first.results();
            ParticleAnalysis.Results secondBefore = second.results();
            assertTrue(menuItem(wb, "Analysis", "Reset Analysis", "Selected").isEnabled(), "offered in the menu");

            second.setSelected(false);
            assertTrue(run(wb, RESET, Map.of(Scope.PARAMETER, "selected")));
            assertTrue(first.results().isEmpty(), "the checked particle is back to the file as opened");
            assertEquals(secondBefore, second.results(), "the unchecked one keeps its analysis");
            assertEquals(50, first.binSizeMs(), "the bin size stays");
            wb.waitUntil("the editor to redraw", 30_000, () -> !editor.isBusy()
                    && size(editor.intensity().tracePlot().getSeries("levels")) == 0);
            assertEquals(0, size(editor.lifetime().decayPlots().get(0).getSeries("fit")), "no fit drawn");
            assertEquals("Undo Reset Analysis of " + first.particle().name(), undoLabel(wb));
            assertFalse(run(wb, RESET, Map.of(Scope.PARAMETER, "selected")), "nothing left to reset there");

            run(wb, "org.fullsms.ui.command.undo", null);
            assertEquals(firstBefore, first.results(), "Undo puts levels, groups and fits back");
            wb.waitUntil("the levels to be drawn again", 30_000, () -> !editor.isBusy()
                    && size(editor.intensity().tracePlot().getSeries("levels")) > 0);

            assertTrue(run(wb, RESET, Map.of(Scope.PARAMETER, "all")));
            assertTrue(first.results().isEmpty() && second.results().isEmpty(), "every particle reset");
            assertEquals("Undo Reset Analysis of 2 particles", undoLabel(wb));
            run(wb, "org.fullsms.ui.command.undo", null);
            assertEquals(firstBefore, first.results());
            assertEquals(secondBefore, second.results());
            run(wb, "org.fullsms.ui.command.redo", null);
            assertTrue(first.results().isEmpty() && second.results().isEmpty(), "Redo resets again");
        });
    }

    @Test
    void decayStartLeavesOutTheChannelsBeforeIt() throws Exception {
        Path file = simulate();
        TestWorkbench.run(wb -> {
            AnalysisSession session = open(wb, file);
            ParticleAnalysis first = session.particles().get(0);
            ParticleEditor editor = editor(wb, first);
            editor.lifetime().fit(session.particles());
            wb.waitForJobs("fit", TIMEOUT_MS);
            var fitsBefore = first.fits();
            assertFalse(fitsBefore.isEmpty());
            HistogramBinning grid = session.decayBinning();
            int[] chosen = new int[1];
            double[] previewRange = new double[2];
            DialogScript script = new DialogScript(wb.display()).then("the decay is shown", "Set Decay Start",
                    s -> s.getData() instanceof DecayStartDialog d && d.isReady(), s -> {
                        DecayStartDialog d = (DecayStartDialog) s.getData();
                        var decay = d.preview().getSeries("decay").getData();
                        previewRange[0] = decay.x(0);
                        previewRange[1] = decay.x(decay.size() - 1);
                        d.setStartNs("-1");
                        assertFalse(DialogScript.button(s, "Set Start").isEnabled(), "a negative start is refused");
                        d.setStartNs("1e9");
                        assertFalse(DialogScript.button(s, "Set Start").isEnabled(), "past the end is refused");
                        d.setStartNs("1.5");
                        chosen[0] = (int) Math.round(1.5 / grid.channelWidthNs());
                        screenshot(s, "decay-start.png");
                        DialogScript.press(s, "Set Start");
                    });
            script.start(TIMEOUT_MS);
            assertTrue(run(wb, "org.fullsms.ui.command.decaystart", null), "enabled with a file open");
            wb.waitUntil("the dialog", TIMEOUT_MS, script::finished);
            script.check();
            assertEquals(0, previewRange[0], 1e-12, "the preview shows the decay from channel 0");
            assertEquals(grid.endChannel() * grid.channelWidthNs(), previewRange[1], 1e-9, "to the grid's end");
            assertEquals(chosen[0], session.decayBinning().firstChannel(), "the file's decays start there");
            assertTrue(first.fits().isEmpty(), "fits on the old channels are removed");
            String name = file.getFileName().toString();
            assertEquals("Undo Set Decay Start of " + name, undoLabel(wb));
            editor.show(ParticleEditor.Tab.LIFETIME);
            double startNs = chosen[0] * grid.channelWidthNs();
            wb.waitUntil("the decay to be drawn from the start", 30_000, () -> !editor.isBusy()
                    && size(editor.lifetime().decayPlots().get(0).getSeries("decay")) > 0
                    && editor.lifetime().decayPlots().get(0).getSeries("decay").getData().x(0) >= startNs - 1e-9);

            editor.lifetime().fit(List.of(first));
            wb.waitForJobs("refit", TIMEOUT_MS);
            assertTrue(first.fits().get(FitTarget.WHOLE).ok(), "fits on the new start");
            assertTrue(run(wb, "org.fullsms.ui.command.undo", null));
            assertEquals(0, session.decayBinning().firstChannel(), "Undo gives the old start back");
            assertEquals(fitsBefore, first.fits(), "and the fits it removed, not those made on the new start");
        });
    }

    @Test
    void convertPlansChecksAndWritesTheFiles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path ptu = Files.copy(SharedData.require("real/Example_PTU_PicoHarp.ptu"), in.resolve("cell.ptu"));
        Path notes = csv(in.resolve("notes.h5"), 300, 1); // text with an .h5 name: into its own folder it is the input
        Path second = csv(in.resolve("trace2.csv"), 200, 2);
        Files.writeString(out.resolve("cell.h5"), "an older conversion");
        TestWorkbench.run(wb -> {
            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            String[][] statuses = new String[3][];
            DialogScript script = new DialogScript(wb.display()).then("the Convert dialog", "Convert Files",
                    s -> s.getData() instanceof ConvertDialog, s -> {
                        ConvertDialog d = (ConvertDialog) s.getData();
                        d.addInputs(List.of(ptu, notes, second));
                        statuses[0] = statuses(d.plan());
                        assertFalse(DialogScript.button(s, "Convert").isEnabled(), "writing onto an input is refused");
                        d.setFolder(out);
                        statuses[1] = statuses(d.plan());
                        assertFalse(DialogScript.button(s, "Convert").isEnabled(), "an existing file is kept");
                        d.setReplace(true);
                        statuses[2] = statuses(d.plan());
                        screenshot(s, "convert.png");
                        DialogScript.press(s, "Convert");
                    });
            script.start(TIMEOUT_MS);
            assertTrue(run(wb, "org.fullsms.ui.command.convert", null));
            wb.waitUntil("the dialog", TIMEOUT_MS, script::finished);
            script.check();
            wb.waitForJobs("the conversion", TIMEOUT_MS);
            assertTrue(statuses[0][1].startsWith("notes.h5") && statuses[0][1].contains("is the input")
                    && statuses[0][0].endsWith("| ready"), Arrays.toString(statuses[0]));
            assertTrue(statuses[1][0].startsWith("cell.h5") && statuses[1][0].contains("--overwrite")
                    && statuses[1][1].endsWith("| ready"), "each row has its own status: "
                    + Arrays.toString(statuses[1]));
            assertTrue(statuses[2][0].endsWith("ready (replaces the existing file)") && statuses[2][1].endsWith("ready"),
                    Arrays.toString(statuses[2]));
            try (Dataset cell = Importers.open(out.resolve("cell.h5")); Dataset source = Importers.open(ptu);
                    Dataset text = Importers.open(out.resolve("notes.h5"))) {
                assertEquals(source.particles().get(0).photonCount(), cell.particles().get(0).photonCount());
                assertEquals(2, text.particles().size(), "a particle per text file");
                assertEquals(200, text.particles().get(1).photonCount());
            }
            assertEquals(301, Files.readAllLines(notes).size(), "the inputs are untouched");
            wb.waitUntil("the converted files to open", TIMEOUT_MS, () -> open.sessions().size() == 2);
        });
    }

    private static Path csv(Path file, int photons, long seed) throws Exception {
        StringBuilder b = new StringBuilder("macro times,micro times\n");
        java.util.Random rng = new java.util.Random(seed);
        long macro = 0;
        for (int i = 0; i < photons; i++) {
            macro += i % 50 == 7 ? 0 : 1 + rng.nextInt(100_000);
            b.append(macro).append(',').append(String.format(Locale.ROOT, "%.10g", rng.nextInt(2048) * 0.01220703125))
                    .append('\n');
        }
        return Files.writeString(file, b.toString());
    }

    /** "OUTPUT | STATUS" per row of the plan table. */
    private static String[] statuses(Table plan) {
        return Arrays.stream(plan.getItems()).map(i -> i.getText(0) + " | " + i.getText(2)).toArray(String[]::new);
    }

    private static int size(PlotSeries s) {
        return s == null ? 0 : s.getData().size();
    }

    private static void screenshot(Shell shell, String name) throws Exception {
        String target = System.getProperty("fullsms.screenshots", System.getenv("FULLSMS_SCREENSHOTS"));
        if (target != null) {
            long until = System.currentTimeMillis() + 800;
            while (System.currentTimeMillis() < until) {
                if (!shell.getDisplay().readAndDispatch()) {
                    Thread.sleep(5);
                }
            }
            PlotExport.savePng(shell, Files.createDirectories(Path.of(target)).resolve(name));
        }
    }
}
