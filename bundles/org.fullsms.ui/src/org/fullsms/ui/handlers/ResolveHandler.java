package org.fullsms.ui.handlers;

import java.util.List;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;
import org.fullsms.ui.prefs.UiPreferences;

/** Analysis &gt; Resolve: change points at the default confidence of the preferences. */
public final class ResolveHandler extends AnalysisHandler {
    @Override
    void run(List<ParticleAnalysis> targets) {
        AnalysisActions.resolve(targets, UiPreferences.get(UiPreferences.Key.CPA_CONFIDENCE));
    }
}
