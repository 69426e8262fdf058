package org.fullsms.ui.handlers;

import java.util.List;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;

/** Analysis &gt; Photon Bursts &gt; Detect and Remove. */
public final class RemoveBurstsHandler extends AnalysisHandler {
    @Override
    void run(List<ParticleAnalysis> targets) {
        AnalysisActions.removeBursts(targets);
    }
}
