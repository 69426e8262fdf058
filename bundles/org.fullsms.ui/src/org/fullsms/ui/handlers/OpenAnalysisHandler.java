package org.fullsms.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.session.DataFileNotFoundException;
import org.fullsms.session.SessionLoader;
import org.fullsms.ui.EditorOpener;
import org.fullsms.ui.jobs.ErrorLog;
import org.fullsms.ui.session.SessionFiles;
import org.fullsms.ui.session.UnsavedWork;

import jakarta.inject.Named;

/**
 * File &gt; Open Analysis…: opens a session file in a job, offering its newer recovery file first. The restored
 * file joins the navigator and its saved editors reopen. Warnings (a moved or changed HDF5 file) are shown in one
 * dialog; a data file that cannot be found is asked for; a file that cannot be read gives one error naming it and
 * opens nothing.
 */
public class OpenAnalysisHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, SessionFiles files, UISynchronize sync,
            EPartService parts, EModelService models, MApplication app) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open analysis");
        dialog.setFilterNames(new String[] { "Full SMS session (*.smsa)", "All files" });
        dialog.setFilterExtensions(new String[] { "*.smsa", "*" });
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        try {
            Optional<Path> recovery = SessionFiles.recoverable(file);
            if (recovery.isPresent() && MessageDialog.openQuestion(shell, "Recover analysis",
                    "An autosaved copy of " + file.getFileName() + " is newer than the file: the program stopped "
                            + "without saving it. Open the autosaved copy instead?")) {
                file = recovery.get();
            }
        } catch (IOException e) {
            // no recovery offered when its file cannot be inspected; the session itself still opens
        }
        new Opening(shell, files, sync, parts, models, app).start(file, null);
    }

    /**
     * At start: offers each analysis that a previous run left unsaved (the autosave of a file never saved) and
     * opens the accepted ones as modified; a refused one's autosave is removed so that it is not offered again.
     */
    public static void offerRecovery(MWindow main) {
        IEclipseContext window = main.getContext();
        SessionFiles files = window.get(SessionFiles.class);
        UnsavedWork.Prompt prompt = window.get(UnsavedWork.Prompt.class);
        Opening opening = new Opening((Shell) main.getWidget(), files, window.get(UISynchronize.class),
                window.get(EPartService.class), window.get(EModelService.class), window.get(MApplication.class));
        try {
            for (Path recovery : files.recoveryFiles()) {
                if (prompt.askRecover(recovery)) {
                    opening.start(recovery, null);
                } else {
                    Files.deleteIfExists(recovery);
                }
            }
        } catch (IOException e) {
            window.get(ErrorLog.class).addIfProblem("Recovery", Status.warning("could not look at the autosaved "
                    + "analyses in " + files.recoveryDir() + ": " + e.getMessage()));
        }
    }

    /** One opening: the job, and the dialogs it leads to on the UI thread. */
    private record Opening(Shell shell, SessionFiles files, UISynchronize sync, EPartService parts,
            EModelService models, MApplication app) {

        void start(Path file, Path dataFile) {
            FullSmsJobs.create("Opening analysis " + file.getFileName(), monitor -> {
                try {
                    SessionLoader.Loaded loaded = files.load(file, dataFile);
                    sync.asyncExec(() -> opened(loaded));
                } catch (DataFileNotFoundException e) {
                    sync.asyncExec(() -> askForData(file, e));
                } catch (IOException | RuntimeException e) {
                    sync.asyncExec(() -> MessageDialog.openError(shell, "Could not open analysis",
                            file + ":\n" + e.getMessage()));
                }
                return Status.OK_STATUS;
            }).schedule();
        }

        private void askForData(Path file, DataFileNotFoundException e) {
            MessageDialog.openInformation(shell, "Data file not found", "The photon data of " + file.getFileName()
                    + " were not found. Looked at:\n" + String.join("\n", e.tried().stream().map(Path::toString)
                            .toList()) + "\n\nPlease choose the HDF5 file.");
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText("Choose the data file of " + file.getFileName());
            String[][] filters = Importers.dialogFilters();
            dialog.setFilterNames(filters[0]);
            dialog.setFilterExtensions(filters[1]);
            String chosen = dialog.open();
            if (chosen != null) {
                start(file, Path.of(chosen));
            }
        }

        private void opened(SessionLoader.Loaded loaded) {
            reopenEditors(loaded.session(), loaded.document().uiState(), parts, models, app);
            if (!loaded.warnings().isEmpty() && !shell.isDisposed()) {
                MessageDialog.openWarning(shell, "Analysis opened with warnings", String.join("\n", loaded.warnings()));
            }
        }
    }

    /** Opens the editors a session names, the current particle last so that it is on top. */
    public static void reopenEditors(AnalysisSession session, Map<String, String> uiState, EPartService parts,
            EModelService models, MApplication app) {
        if (uiState == null) {
            return;
        }
        String editors = uiState.getOrDefault(SessionFiles.OPEN_EDITORS, "");
        String current = uiState.get(SessionFiles.CURRENT_PARTICLE);
        ParticleAnalysis top = null;
        for (ParticleAnalysis a : session.particles()) {
            String name = a.particle().name();
            if (name.equals(current)) {
                top = a;
            } else if (!editors.isEmpty() && editors.lines().anyMatch(name::equals)) {
                EditorOpener.open(a, parts, models, app);
            }
        }
        if (top != null) {
            EditorOpener.open(top, parts, models, app);
        }
    }
}
