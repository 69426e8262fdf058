package org.fullsms.ui.handlers;

import java.util.List;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;

/** Analysis &gt; Group: individual grouping. */
public final class GroupHandler extends AnalysisHandler {
    @Override
    void run(List<ParticleAnalysis> targets) {
        AnalysisActions.group(targets);
    }
}
