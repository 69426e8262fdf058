package org.fullsms.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.tools.DecayStartDialog;
import org.fullsms.ui.undo.DecayStartChange;

import jakarta.inject.Named;

/**
 * Analysis &gt; Set Decay Start…: for the file of the current particle (or the only file open), as one operation of
 * the workbench's history ("Undo Set Decay Start of FILE").
 */
public class DecayStartHandler {

    @CanExecute
    public boolean canExecute(OpenDatasets open, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        AnalysisSession s = SaveSelectedHandler.session(open, selection);
        return s != null && shown(s, selection) != null;
    }

    @Execute
    public void execute(OpenDatasets open, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IOperationHistory history, IUndoContext context) {
        AnalysisSession session = SaveSelectedHandler.session(open, selection);
        ParticleAnalysis shown = session == null ? null : shown(session, selection);
        if (shown == null) {
            return;
        }
        DecayStartDialog dialog = new DecayStartDialog(shell, session, shown);
        if (dialog.open() == Window.OK && dialog.chosen() != null) {
            new DecayStartChange(session, dialog.current(), dialog.chosen()).run(history, context);
        }
    }

    /** The selected particle of the file, else its first with photons. */
    private static ParticleAnalysis shown(AnalysisSession session, Object selection) {
        for (Object o : selection instanceof List<?> l ? l : selection == null ? List.of() : List.of(selection)) {
            if (o instanceof ParticleAnalysis a && a.session() == session && a.particle().error().isEmpty()) {
                return a;
            }
        }
        return session.particles().stream().filter(a -> a.particle().error().isEmpty() && a.particle()
                .photonCount() > 0).findFirst().orElse(null);
    }
}
