package org.fullsms.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.Scope;

import jakarta.inject.Named;

/**
 * The Analysis menu: one handler class per action, each over the scope named by the command parameter
 * ({@link Scope#PARAMETER}: current, selected or all). Enabled when the scope holds a particle.
 */
public abstract class AnalysisHandler {

    @CanExecute
    public boolean canExecute(OpenDatasets open, @Optional @Named(Scope.PARAMETER) String scope,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return !Scope.parse(scope).targets(open, Scope.asList(selection)).isEmpty();
    }

    @Execute
    public void execute(OpenDatasets open, @Optional @Named(Scope.PARAMETER) String scope,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        run(Scope.parse(scope).targets(open, Scope.asList(selection)));
    }

    abstract void run(List<ParticleAnalysis> targets);
}
