package org.fullsms.ui.handlers;

import java.util.List;

import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.LifetimeActions;

/** Analysis &gt; Fit Lifetimes: each file's particles with its fit model (the Lifetime tab's fit dialog sets it). */
public final class FitHandler extends AnalysisHandler {
    @Override
    void run(List<ParticleAnalysis> targets) {
        LifetimeActions.fit(targets);
    }
}
