package org.fullsms.ui.handlers;

import java.util.List;
import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;
import org.fullsms.ui.actions.AnalysisExtras;

/** Analysis &gt; Correlate: default window, bin and difftime (the Correlation tab offers more). */
public final class CorrelateHandler extends AnalysisHandler {
    @Override
    void run(List<ParticleAnalysis> targets, AnalysisExtras extras) {
        AnalysisActions.correlate(targets, CorrelationParameters.defaults(), extras);
    }
}
