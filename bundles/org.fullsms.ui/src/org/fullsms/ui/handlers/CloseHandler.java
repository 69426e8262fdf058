package org.fullsms.ui.handlers;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.session.ModifiedAnalyses;
import org.fullsms.ui.session.SessionFiles;
import org.fullsms.ui.session.UnsavedWork;

import jakarta.inject.Named;

/**
 * File &gt; Close (Ctrl+W): closes the datasets selected in the navigator (or holding the selected particles),
 * releasing their memory and file handles, after asking Save / Discard / Cancel for modified analyses. With nothing
 * selected and one file open, closes that one.
 */
public class CloseHandler {

    @CanExecute
    public boolean canExecute(OpenDatasets open, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return !targets(open, selection).isEmpty();
    }

    @Execute
    public void execute(OpenDatasets open, ModifiedAnalyses modified, SessionFiles files, UnsavedWork.Prompt prompt,
            EPartService parts, UISynchronize sync,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        Set<AnalysisSession> targets = targets(open, selection);
        Runnable close = () -> close(open, targets, shell);
        if (SaveAnalysisHandler.unsavedWork(modified, files, prompt, parts, sync).mayProceed("Close", targets, close)) {
            close.run();
        }
    }

    private static void close(OpenDatasets open, Set<AnalysisSession> targets, Shell shell) {
        for (AnalysisSession s : targets) {
            try {
                open.close(s);
            } catch (IOException e) {
                MessageDialog.openWarning(shell, "Close", s.dataset().source().map(Object::toString).orElse("dataset")
                        + " was closed, but releasing its file reported: " + e.getMessage());
            }
        }
    }

    static Set<AnalysisSession> targets(OpenDatasets open, Object selection) {
        Set<AnalysisSession> result = new LinkedHashSet<>();
        List<?> items = selection instanceof List<?> l ? l : selection == null ? List.of() : List.of(selection);
        for (Object item : items) {
            if (item instanceof AnalysisSession s) {
                result.add(s);
            } else if (item instanceof ParticleAnalysis p) {
                open.sessions().stream().filter(s -> s.particles().contains(p)).findFirst().ifPresent(result::add);
            }
        }
        if (result.isEmpty() && open.sessions().size() == 1) {
            result.add(open.sessions().get(0));
        }
        return result;
    }
}
