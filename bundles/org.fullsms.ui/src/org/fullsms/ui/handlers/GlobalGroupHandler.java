package org.fullsms.ui.handlers;

import java.util.List;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;

/** Analysis &gt; Global Group: one grouping per file over the particles. */
public final class GlobalGroupHandler extends AnalysisHandler {
    @Override
    void run(List<ParticleAnalysis> targets) {
        AnalysisActions.groupGlobally(targets);
    }
}
