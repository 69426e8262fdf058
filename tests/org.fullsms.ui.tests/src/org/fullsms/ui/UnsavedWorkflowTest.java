package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.session.Autosave;
import org.fullsms.ui.actions.AnalysisActions;
import org.fullsms.ui.charts.PlotExport;
import org.fullsms.ui.handlers.OpenAnalysisHandler;
import org.fullsms.ui.jobs.JobProgress;
import org.fullsms.ui.session.ModifiedAnalyses;
import org.fullsms.ui.session.SessionFiles;
import org.fullsms.ui.session.UnsavedWork;
import org.fullsms.ui.undo.StateChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unsaved work in the real workbench: the modified marker on the window title and the editor tab (resolve, save,
 * undo), Close, Exit and the window's close box asking Save / Discard / Cancel (answers injected in place of the
 * dialogs), and the autosave of an analysis never saved, offered again at the next start.
 */
class UnsavedWorkflowTest {

    private static final long JOB_TIMEOUT_MS = 120_000;

    @TempDir
    Path dir;

    /** The dialogs' stand-in: answers as told, records what was asked. */
    private static final class Answers implements UnsavedWork.Prompt {
        UnsavedWork.Answer answer = UnsavedWork.Answer.CANCEL;
        Path target;
        boolean recover = true;
        final List<String> asked = new ArrayList<>();

        @Override
        public UnsavedWork.Answer askSave(String action, List<AnalysisSession> modified) {
            asked.add(action);
            return answer;
        }

        @Override
        public Path chooseTarget(AnalysisSession session, Path suggested) {
            return target;
        }

        @Override
        public boolean askRecover(Path recovery) {
            asked.add("Recover");
            return recover;
        }
    }

    private Path simulatedFile(String name) throws Exception {
        Path file = dir.resolve(name);
        var sim = new Simulator().run(SimulationParameters.builder().particles(2).durationS(10).seed(7).build(),
                new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        return file;
    }

    @Test
    void markerFollowsResolveSaveAndUndo() throws Exception {
        Path file = simulatedFile("marker.h5");
        TestWorkbench.run(wb -> {
            Answers answers = install(wb);
            AnalysisSession session = open(wb, file);
            ModifiedAnalyses modified = wb.application().getContext().get(ModifiedAnalyses.class);
            ParticleAnalysis first = session.particles().get(0);
            MPart part = EditorOpener.open(first, wb.windowContext().get(EPartService.class),
                    wb.windowContext().get(EModelService.class), wb.application());
            wb.processEvents();
            assertFalse(modified.isModified(session), "opening a file and an editor changes nothing");
            assertEquals("Full SMS", wb.mainShell().getText());
            wb.processEvents();
            assertFalse(Widgets.button((org.eclipse.swt.widgets.Composite) part.getWidget(), "Channel 2").isEnabled(),
                    "a single-channel particle has no channel 2 to show (issue 18, 8)");
            String title = first.particle().name() + " · marker.h5"; // the file names the editor apart
            assertEquals(title, part.getLabel());

            AnalysisActions.resolve(session.particles(), 99);
            wb.waitForJobs("resolve", JOB_TIMEOUT_MS);
            MWindow window = wb.application().getChildren().get(0);
            wb.waitUntil("the title marker", 5000, () -> wb.mainShell().getText().equals("*Full SMS"),
                    () -> "title " + wb.mainShell().getText() + ", window label " + window.getLabel() + ", tab "
                            + part.getLabel() + ", modified " + modified.isModified(session));
            assertEquals("*" + title, part.getLabel(), "the editor tab is marked");
            assertEquals("*" + title, tabText(part), "drawn on the tab");
            screenshot(wb);

            // an undoable choice, as the editors record them (grouping step, ROI)
            double bin = first.binSizeMs();
            new StateChange("Bin size") {
                @Override
                protected void apply() {
                    first.setBinSizeMs(bin / 2);
                }

                @Override
                protected void revert() {
                    first.setBinSizeMs(bin);
                }
            }.run(wb.application().getContext().get(IOperationHistory.class),
                    wb.application().getContext().get(IUndoContext.class));

            answers.target = dir.resolve("marker.smsa");
            execute(wb, "org.fullsms.ui.command.saveanalysis");
            wb.waitForJobs("save", JOB_TIMEOUT_MS);
            wb.waitUntil("the marker to go", 5000, () -> wb.mainShell().getText().equals("Full SMS"));
            assertEquals(title, tabText(part));
            assertEquals("Saved analysis to " + answers.target,
                    wb.application().getContext().get(JobProgress.class).lastMessage(), "status line");

            execute(wb, "org.fullsms.ui.command.undo");
            assertEquals(bin, first.binSizeMs());
            wb.waitUntil("undo to mark it", 5000, () -> wb.mainShell().getText().equals("*Full SMS"));
            assertEquals(List.of(), answers.asked);
            answers.answer = UnsavedWork.Answer.DISCARD; // the workbench closes at the end of the test
        });
    }

    @Test
    void closeAndExitAskSaveDiscardCancel() throws Exception {
        Path file = simulatedFile("close.h5");
        TestWorkbench.run(wb -> {
            Answers answers = install(wb);
            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            AnalysisSession session = open(wb, file);
            execute(wb, "org.fullsms.ui.command.close");
            assertTrue(open.sessions().isEmpty(), "an unmodified file closes without a question");
            assertEquals(List.of(), answers.asked);

            session = open(wb, file);
            AnalysisActions.resolve(session.particles(), 99);
            wb.waitForJobs("resolve", JOB_TIMEOUT_MS);
            answers.answer = UnsavedWork.Answer.CANCEL;
            execute(wb, "org.fullsms.ui.command.close");
            execute(wb, "org.fullsms.ui.command.exit");
            wb.processEvents();
            wb.mainShell().close(); // the window's close box: the same question as Exit
            wb.processEvents();
            assertEquals(List.of("Close", "Exit", "Exit"), answers.asked);
            assertEquals(List.of(session), open.sessions(), "Cancel keeps the file open");
            assertFalse(wb.mainShell().isDisposed(), "Cancel keeps the workbench open");

            answers.answer = UnsavedWork.Answer.SAVE;
            answers.target = dir.resolve("close.smsa");
            execute(wb, "org.fullsms.ui.command.close");
            wb.waitForJobs("save", JOB_TIMEOUT_MS);
            wb.waitUntil("the file to close after saving", 10_000, () -> open.sessions().isEmpty());
            assertTrue(Files.isRegularFile(answers.target), "saved before closing");

            session = open(wb, file);
            AnalysisActions.resolve(session.particles(), 99);
            wb.waitForJobs("resolve", JOB_TIMEOUT_MS);
            answers.answer = UnsavedWork.Answer.DISCARD;
            execute(wb, "org.fullsms.ui.command.close");
            assertTrue(open.sessions().isEmpty(), "Discard closes");
            assertEquals(List.of("Close", "Exit", "Exit", "Close", "Close"), answers.asked);
        });
    }

    @Test
    void anAnalysisNeverSavedIsAutosavedAndOfferedAtTheNextStart() throws Exception {
        Path file = simulatedFile("crash.h5");
        Path kept = dir.resolve("kept.autosave");
        List<Path> crashed = new ArrayList<>();
        TestWorkbench.run(wb -> {
            Answers answers = install(wb);
            SessionFiles files = wb.application().getContext().get(SessionFiles.class);
            AnalysisSession session = open(wb, file);
            AnalysisActions.resolve(session.particles(), 99);
            wb.waitForJobs("resolve", JOB_TIMEOUT_MS);
            assertTrue(files.autosaveAll(new NullProgressMonitor()).isOK());
            List<Path> recovery = files.recoveryFiles();
            assertEquals(1, recovery.size(), "never saved: autosaved to the recovery folder " + files.recoveryDir());
            // the copy a crash would leave behind (closing after Discard removes the recovery file)
            Files.copy(recovery.get(0), kept);
            crashed.add(recovery.get(0));
            answers.answer = UnsavedWork.Answer.DISCARD;
            execute(wb, "org.fullsms.ui.command.close");
            assertEquals(List.of(), files.recoveryFiles(), "discarded: nothing to recover");
        });
        TestWorkbench.run(wb -> {
            Answers answers = install(wb);
            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            SessionFiles files = wb.application().getContext().get(SessionFiles.class);
            // put back after the start: the start's own offer would show the real dialog
            Files.copy(kept, crashed.get(0), StandardCopyOption.REPLACE_EXISTING);
            OpenAnalysisHandler.offerRecovery(wb.application().getChildren().get(0));
            wb.waitUntil("the recovered analysis", JOB_TIMEOUT_MS, () -> open.sessions().size() == 1);
            wb.waitForJobs("the opening", JOB_TIMEOUT_MS);
            AnalysisSession back = open.sessions().get(0);
            assertEquals(List.of("Recover"), answers.asked);
            assertTrue(back.particles().get(0).levels().isPresent(), "the autosaved levels are back");
            assertTrue(wb.application().getContext().get(ModifiedAnalyses.class).isModified(back),
                    "recovered: no session file holds it");
            assertEquals(Autosave.defaultTarget(file.toAbsolutePath().normalize()), files.target(back),
                    "Save suggests NAME.smsa beside the data file, not the recovery folder");
            answers.answer = UnsavedWork.Answer.DISCARD;
            execute(wb, "org.fullsms.ui.command.close");
            assertEquals(List.of(), files.recoveryFiles());
        });
    }

    private static String tabText(MPart part) {
        Control control = (Control) part.getWidget();
        for (CTabItem item : ((CTabFolder) control.getParent()).getItems()) {
            if (item.getControl() == control) {
                return item.getText();
            }
        }
        throw new AssertionError("no tab for " + part.getLabel());
    }

    private static Answers install(TestWorkbench wb) {
        Answers answers = new Answers();
        wb.application().getContext().set(UnsavedWork.Prompt.class, answers);
        return answers;
    }

    private static AnalysisSession open(TestWorkbench wb, Path file) throws InterruptedException {
        OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
        int before = open.sessions().size();
        wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
        wb.waitUntil("the file to open", JOB_TIMEOUT_MS, () -> open.sessions().size() == before + 1);
        wb.waitForJobs("opening", JOB_TIMEOUT_MS);
        return open.sessions().get(before);
    }

    private static void execute(TestWorkbench wb, String commandId) {
        ParameterizedCommand command = wb.windowContext().get(ECommandService.class).createCommand(commandId, null);
        wb.windowContext().get(EHandlerService.class).executeHandler(command);
    }

    /** A PNG of the window with the marked editor tab, when screenshots are asked for. */
    private static void screenshot(TestWorkbench wb) throws Exception {
        String target = System.getProperty("fullsms.screenshots", System.getenv("FULLSMS_SCREENSHOTS"));
        if (target == null) {
            return;
        }
        Path out = Files.createDirectories(Path.of(target));
        wb.mainShell().setBounds(wb.display().getClientArea());
        long until = System.currentTimeMillis() + 1000;
        wb.waitUntil("the window to draw", 5000, () -> System.currentTimeMillis() > until);
        PlotExport.savePng(wb.mainShell(), out.resolve("modified-marker.png"));
    }
}
