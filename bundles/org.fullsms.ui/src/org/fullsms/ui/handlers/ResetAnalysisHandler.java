package org.fullsms.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.Scope;
import org.fullsms.ui.undo.ResetAnalysisChange;

import jakarta.inject.Named;

/**
 * Analysis &gt; Reset Analysis &gt; Current / Selected / All: the particles go back to how their file opened, as one
 * operation of the workbench's history ("Undo Reset Analysis of Particle 3"). Enabled when a particle of the scope
 * has something to reset.
 */
public class ResetAnalysisHandler {

    @CanExecute
    public boolean canExecute(OpenDatasets open, @Optional @Named(Scope.PARAMETER) String scope,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return !targets(open, scope, selection).isEmpty();
    }

    @Execute
    public void execute(OpenDatasets open, @Optional @Named(Scope.PARAMETER) String scope,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, IOperationHistory history,
            IUndoContext context) {
        List<ParticleAnalysis> targets = targets(open, scope, selection);
        if (!targets.isEmpty()) {
            new ResetAnalysisChange(targets).run(history, context);
        }
    }

    private static List<ParticleAnalysis> targets(OpenDatasets open, String scope, Object selection) {
        return ResetAnalysisChange.resettable(Scope.parse(scope).targets(open, Scope.asList(selection)));
    }
}
