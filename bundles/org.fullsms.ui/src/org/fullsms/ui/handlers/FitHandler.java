package org.fullsms.ui.handlers;

import java.util.List;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.LifetimeActions;

/** Analysis &gt; Fit Lifetimes: one exponential, least squares (the Lifetime tab offers more). */
public final class FitHandler extends AnalysisHandler {
    @Override
    void run(List<ParticleAnalysis> targets) {
        LifetimeActions.fit(targets, new LifetimeActions.Model(1, FitSettings.Method.LEAST_SQUARES));
    }
}
