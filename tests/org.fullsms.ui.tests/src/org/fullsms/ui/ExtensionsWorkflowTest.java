package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ExtensionResult;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.export.Exporter;
import org.fullsms.spi.ui.ParticleTab;
import org.fullsms.ui.actions.AnalysisActions;
import org.fullsms.ui.charts.PlotExport;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.export.ExportPart;
import org.fullsms.ui.extensions.BrightLevels;
import org.fullsms.ui.extensions.BrightLevelsCsv;
import org.fullsms.ui.extensions.BrightLevelsTab;
import org.fullsms.ui.extensions.BrokenTab;
import org.fullsms.ui.extensions.ExtensionAnalysesDialog;
import org.fullsms.ui.jobs.ErrorLog;
import org.fullsms.ui.prefs.UiPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Issue 16 in the workbench: an analysis, two editor tabs (one broken) and an exporter of a third party, registered
 * as services while Full SMS runs. The particle editor shows the tabs (the broken one says why); Analysis &gt;
 * Extension Analyses refuses a bad value, runs on all particles, stores each result (a particle without levels fails
 * alone, into the Error Log) and remembers the values; the editor's tab gets the result; the Export view offers the
 * exporter and writes its file with no built-in table; removing the tab's service removes the tab. With
 * {@code FULLSMS_SCREENSHOTS=DIR} it saves PNGs of the dialog and the editor's extension tabs there.
 */
class ExtensionsWorkflowTest {

    private static final long JOB_TIMEOUT_MS = 120_000;

    @TempDir
    Path dir;

    @Test
    void extensionAnalysisFromTheDialogReachesTheParticleItsTabAndTheExport() throws Exception {
        Path file = dir.resolve("extensions.h5");
        var sim = new Simulator().run(SimulationParameters.builder().particles(2).durationS(20).seed(11).build(),
                new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        BundleContext context = FrameworkUtil.getBundle(ExtensionsWorkflowTest.class).getBundleContext();
        BrightLevelsTab tab = new BrightLevelsTab();
        List<ServiceRegistration<?>> registrations = new ArrayList<>();
        registrations.add(context.registerService(AnalysisEngine.class, new BrightLevels(), null));
        registrations.add(context.registerService(Exporter.class, new BrightLevelsCsv(), null));
        ServiceRegistration<ParticleTab> tabRegistration = context.registerService(ParticleTab.class, tab, null);
        registrations.add(tabRegistration);
        registrations.add(context.registerService(ParticleTab.class, new BrokenTab(), null));
        try {
            TestWorkbench.run(wb -> {
                OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
                wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
                wb.waitUntil("the file to open", JOB_TIMEOUT_MS, () -> open.sessions().size() == 1);
                AnalysisSession session = open.sessions().get(0);
                ParticleAnalysis first = session.particles().get(0);
                ParticleAnalysis second = session.particles().get(1);
                EPartService parts = wb.windowContext().get(EPartService.class);
                MPart part = EditorOpener.open(first, parts, wb.windowContext().get(EModelService.class),
                        wb.application());
                ParticleEditor editor = EditorOpener.editorOf(part);
                CTabFolder folder = (CTabFolder) editor.control();
                assertEquals(List.of("Intensity", "Lifetime", "Grouping (BIC)", "Correlation", BrightLevelsTab.TITLE,
                        BrokenTab.TITLE), titles(folder), "the extensions' tabs after the built-in ones");
                assertEquals(1, tab.created.size(), "one view for the one editor");
                assertEquals(first.particle().name(), tab.created.get(0).name());
                List<String> broken = Widgets.labels((Composite) item(folder, BrokenTab.TITLE).getControl());
                assertTrue(broken.size() == 1 && broken.get(0).contains(BrokenTab.MESSAGE), broken::toString);

                // only the first particle has levels: the analysis fails on the second, alone
                AnalysisActions.resolve(List.of(first), 99);
                wb.waitForJobs("resolve", JOB_TIMEOUT_MS);
                int levels = first.levels().orElseThrow().levels().size();

                assertTrue(canExecute(wb, "org.fullsms.ui.command.extensionanalyses"), "the menu item is enabled");
                ExtensionAnalysesDialog dialog = ExtensionAnalysesDialog.of(wb.mainShell(), open, List.of(first));
                dialog.setBlockOnOpen(false);
                dialog.open();
                Shell shell = dialog.getShell();
                Table analyses = Widgets.all(shell, Table.class).get(0);
                int row = Arrays.asList(analyses.getItems()).stream().map(i -> i.getText(0)).toList()
                        .indexOf("Bright levels");
                analyses.setSelection(row);
                analyses.notifyListeners(SWT.Selection, new Event());
                Button run = Widgets.button(shell, "Run");
                Text threshold = (Text) Widgets.field(shell, "Threshold");
                threshold.setText("-1");
                assertFalse(run.isEnabled(), "Run waits for a valid threshold");
                assertTrue(Widgets.labels(shell).stream().anyMatch(t -> t.startsWith("\"Threshold\" must be at least 0 × mean")),
                        () -> "the message under the form: " + Widgets.labels(shell));
                threshold.setText("0.8");
                assertTrue(run.isEnabled(), "a valid threshold enables Run");
                Combo weighting = (Combo) Widgets.field(shell, "Weighting");
                weighting.select(weighting.indexOf("DWELL"));
                weighting.notifyListeners(SWT.Selection, new Event());
                Widgets.click(Widgets.buttonStarting(shell, "All ("));
                wb.processEvents(); // events still queued (the list's own selection event) must not reset the edits
                screenshot(wb, shell, "extension-analyses.png");
                run.notifyListeners(SWT.Selection, new Event());
                assertTrue(shell.isDisposed(), "Run closes the dialog");
                wb.waitForJobs("the extension analysis", JOB_TIMEOUT_MS);

                ExtensionResult done = first.extensionResults().get(BrightLevels.ID);
                assertNotNull(done, "the first particle has a result");
                assertFalse(done.failed(), done::error);
                BrightLevels.Result value = (BrightLevels.Result) done.value();
                assertEquals(levels, value.levels(), "the analysis saw the particle's levels");
                assertTrue(done.parametersJson().contains("\"factor\":0.8")
                        && done.parametersJson().contains("\"weighting\":\"DWELL\""), done.parametersJson());
                ExtensionResult failed = second.extensionResults().get(BrightLevels.ID);
                assertTrue(failed != null && failed.failed(), "the second particle records its failure");
                ErrorLog log = wb.application().getContext().get(ErrorLog.class);
                wb.waitUntil("the second particle's failure in the Error Log", 10_000, () -> log.entries().stream()
                        .map(ErrorLog.Entry::message).anyMatch(m -> m.contains(second.particle().name())
                                && m.endsWith(": needs levels: resolve the particle first")),
                        () -> log.entries().toString());
                String stored = InstanceScope.INSTANCE.getNode(UiPreferences.NODE).get("extension." + BrightLevels.ID,
                        "");
                assertTrue(stored.contains("\"factor\":0.8"), "the values are remembered: " + stored);

                wb.waitUntil("the tab to get the result", 10_000, () -> lastResult(tab).isPresent());
                assertEquals(value, lastResult(tab).orElseThrow(), "update() hands over the stored result");
                assertEquals(BrightLevelsTab.describe(tab.updates.get(tab.updates.size() - 1)),
                        Widgets.labels((Composite) item(folder, BrightLevelsTab.TITLE).getControl()).get(0));
                assertEquals("Extensions", titles(folder).get(titles(folder).size() - 1),
                        "the results tab appears with the first result");
                Table results = Widgets.all((Composite) item(folder, "Extensions").getControl(), Table.class).get(0);
                assertEquals(List.of("Bright levels", "1.0"), List.of(results.getItem(0).getText(0),
                        results.getItem(0).getText(1)));
                assertEquals(new BrightLevels().summary(value), results.getItem(0).getText(3));
                screenshotTab(wb, folder, BrightLevelsTab.TITLE, "extension-tab.png");
                screenshotTab(wb, folder, "Extensions", "extensions-results.png");
                screenshotTab(wb, folder, BrokenTab.TITLE, "extension-tab-failed.png");

                ExtensionAnalysesDialog again = ExtensionAnalysesDialog.of(wb.mainShell(), open, List.of(first));
                again.setBlockOnOpen(false);
                again.open();
                assertEquals("0.8", ((Text) Widgets.field(again.getShell(), "Threshold")).getText(),
                        "the dialog offers the values last used");
                assertEquals("DWELL", ((Combo) Widgets.field(again.getShell(), "Weighting")).getText());
                again.close();

                exportWithTheExtensionOnly(wb, parts, first);

                tabRegistration.unregister();
                wb.waitUntil("the removed extension's tab to go", 10_000,
                        () -> !titles(folder).contains(BrightLevelsTab.TITLE));
                assertEquals(1, tab.disposed.get(), "its view was told to let go");
                assertTrue(titles(folder).contains(BrokenTab.TITLE), "the other extension's tab stays");
            });
        } finally {
            for (ServiceRegistration<?> r : registrations) {
                try {
                    r.unregister();
                } catch (IllegalStateException e) {
                    // the test removed it already
                }
            }
            var node = InstanceScope.INSTANCE.getNode(UiPreferences.NODE);
            node.remove("extension." + BrightLevels.ID);
            node.remove("extensions.lastRun");
        }
    }

    /** Window &gt; Export with only the extension's exporter checked: its file, and no built-in table. */
    private void exportWithTheExtensionOnly(TestWorkbench wb, EPartService parts, ParticleAnalysis first)
            throws Exception {
        MPart view = parts.showPart(ExportPart.ID, EPartService.PartState.ACTIVATE);
        wb.processEvents();
        Composite area = (Composite) view.getWidget();
        Button exporter = Widgets.button(area, "Bright levels (CSV)");
        assertEquals(new BrightLevelsCsv().description(), exporter.getToolTipText());
        Widgets.click(exporter);
        Widgets.click(Widgets.button(area, "CSV files"));
        Widgets.click(Widgets.button(area, "All"));
        Path out = dir.resolve("export");
        Widgets.all(area, Text.class).get(0).setText(out.toString());
        Widgets.button(area, "Export").notifyListeners(SWT.Selection, new Event());
        wb.waitForJobs("the export", JOB_TIMEOUT_MS);
        Path csv = out.resolve(BrightLevelsCsv.FILE);
        assertTrue(Files.isRegularFile(csv), "the exporter wrote its file");
        List<String> lines = Files.readAllLines(csv);
        assertEquals(2, lines.size(), "header and the one particle with a result: " + lines);
        assertTrue(lines.get(1).startsWith(first.particle().name() + ","), lines::toString);
        try (var files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.endsWith("trace.csv")), "no built-in table: " + names);
        }
        wb.waitUntil("the summary line", 5000, () -> Widgets.labels(area).stream()
                .anyMatch(t -> t.startsWith("exported 1 files")), () -> Widgets.labels(area).toString());
        Path shots = screenshots();
        if (shots != null) {
            // the bottom stack is short by default; give the view room for the picture
            wb.windowContext().get(EModelService.class).find("org.fullsms.app.bottomstack", wb.application())
                    .setContainerData("35");
            long until = System.currentTimeMillis() + 1000;
            wb.waitUntil("the view to draw", 5000, () -> System.currentTimeMillis() > until);
            PlotExport.savePng(wb.mainShell(), shots.resolve("export-extensions.png"));
        }
    }

    private static Optional<BrightLevels.Result> lastResult(BrightLevelsTab tab) {
        if (tab.updates.isEmpty()) {
            return Optional.empty();
        }
        ParticleData last = tab.updates.get(tab.updates.size() - 1);
        return last.result(BrightLevels.ID, BrightLevels.Result.class);
    }

    private static boolean canExecute(TestWorkbench wb, String commandId) {
        ParameterizedCommand command = wb.windowContext().get(ECommandService.class).createCommand(commandId, null);
        return wb.windowContext().get(EHandlerService.class).canExecute(command);
    }

    private static List<String> titles(CTabFolder folder) {
        return Arrays.stream(folder.getItems()).map(CTabItem::getText).toList();
    }

    private static CTabItem item(CTabFolder folder, String title) {
        return Arrays.stream(folder.getItems()).filter(i -> i.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + title + " in " + titles(folder)));
    }

    private static Path screenshots() throws Exception {
        String target = System.getProperty("fullsms.screenshots", System.getenv("FULLSMS_SCREENSHOTS"));
        return target == null ? null : Files.createDirectories(Path.of(target));
    }

    private static void screenshot(TestWorkbench wb, Shell shell, String name) throws Exception {
        Path out = screenshots();
        if (out != null) {
            long until = System.currentTimeMillis() + 500;
            wb.waitUntil("the dialog to draw", 5000, () -> System.currentTimeMillis() > until);
            PlotExport.savePng(shell, out.resolve(name));
        }
    }

    private static void screenshotTab(TestWorkbench wb, CTabFolder folder, String title, String name)
            throws Exception {
        Path out = screenshots();
        if (out == null) {
            return;
        }
        folder.setSelection(item(folder, title));
        wb.mainShell().setBounds(wb.display().getClientArea());
        long until = System.currentTimeMillis() + 500;
        wb.waitUntil("the tab to draw", 5000, () -> System.currentTimeMillis() > until);
        PlotExport.savePng(wb.mainShell(), out.resolve(name));
    }
}
