package org.fullsms.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.session.ModifiedAnalyses;
import org.fullsms.ui.session.SessionFiles;
import org.fullsms.ui.session.UnsavedWork;

import jakarta.inject.Named;

/**
 * File &gt; Save Analysis: saves the analysis of the current file (navigator selection, or the only file open) as a
 * session file, {@code NAME.smsa} beside the HDF5 file unless the user picks another; the save dialog asks before
 * replacing a file. The file is written in a job; the status line confirms it, a failure goes to the Error Log.
 */
public class SaveAnalysisHandler {

    @CanExecute
    public boolean canExecute(OpenDatasets open, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        Set<AnalysisSession> targets = CloseHandler.targets(open, selection);
        return targets.size() == 1 && targets.iterator().next().dataset().source().isPresent();
    }

    @Execute
    public void execute(OpenDatasets open, SessionFiles files, EPartService parts, UnsavedWork.Prompt prompt,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        Set<AnalysisSession> targets = CloseHandler.targets(open, selection);
        if (targets.size() != 1) {
            return;
        }
        AnalysisSession session = targets.iterator().next();
        Path chosen = prompt.chooseTarget(session, files.target(session));
        if (chosen != null) {
            save(files, session, chosen, uiState(session, parts)).schedule();
        }
    }

    /** The job that saves {@code session} to {@code target}. */
    public static org.eclipse.core.runtime.jobs.Job save(SessionFiles files, AnalysisSession session, Path target,
            Map<String, String> uiState) {
        return FullSmsJobs.create("Saving analysis to " + target.getFileName(), monitor -> {
            try {
                files.save(session, target, uiState);
                return Status.info("Saved analysis to " + target); // INFO: the status line shows it
            } catch (IOException | RuntimeException e) {
                return Status.error("could not save the analysis to " + target + ": " + e.getMessage());
            }
        });
    }

    /** Close and Exit's handling of unsaved work, saving as this handler does. */
    public static UnsavedWork unsavedWork(ModifiedAnalyses modified, SessionFiles files, UnsavedWork.Prompt prompt,
            EPartService parts, UISynchronize sync) {
        return new UnsavedWork(modified, files, prompt, (s, target) -> save(files, s, target, uiState(s, parts)),
                sync::asyncExec);
    }

    /** The open editors of the file's particles (in stack order) and the particle of the active one. */
    public static Map<String, String> uiState(AnalysisSession session, EPartService parts) {
        List<String> editors = new ArrayList<>();
        for (MPart p : parts.getParts()) {
            if (p.getTransientData().get(ParticleEditor.PARTICLE_KEY) instanceof ParticleAnalysis a
                    && a.session() == session && p.getWidget() != null) {
                editors.add(a.particle().name());
            }
        }
        Map<String, String> state = new LinkedHashMap<>();
        state.put(SessionFiles.OPEN_EDITORS, String.join("\n", editors));
        MPart active = parts.getActivePart();
        if (active != null && active.getTransientData().get(ParticleEditor.PARTICLE_KEY) instanceof ParticleAnalysis a
                && a.session() == session) {
            state.put(SessionFiles.CURRENT_PARTICLE, a.particle().name());
        } else if (!editors.isEmpty()) {
            state.put(SessionFiles.CURRENT_PARTICLE, editors.get(editors.size() - 1));
        }
        return state;
    }
}
