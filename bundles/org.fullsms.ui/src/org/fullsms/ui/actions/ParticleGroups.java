package org.fullsms.ui.actions;

import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.runtime.state.ParticleAnalysis;

/** Facts about a particle's grouping step (the step itself: {@link org.fullsms.runtime.DecayHistograms#step}). */
public final class ParticleGroups {

    private ParticleGroups() {
    }

    /** Whether the step's levels are the particle's levels one to one (no ROI cut them). */
    public static boolean coversLevels(ParticleAnalysis a, GroupingStep step) {
        return a.roi().isEmpty() && a.levels().map(l -> l.levels().size() == step.numLevels()).orElse(false);
    }
}
