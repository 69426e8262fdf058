package org.fullsms.ui.handlers;

import java.util.List;
import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;

/** Analysis &gt; Correlate: default window, bin and difftime (the Correlation tab offers more). */
public final class CorrelateHandler extends AnalysisHandler {
    @Override
    void run(List<ParticleAnalysis> targets) {
        AnalysisActions.correlate(targets, CorrelationParameters.defaults());
    }
}
