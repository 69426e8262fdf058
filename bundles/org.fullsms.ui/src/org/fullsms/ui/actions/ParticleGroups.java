package org.fullsms.ui.actions;

import java.util.List;
import java.util.Optional;

import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.runtime.state.ParticleAnalysis;

/** The grouping step that applies to a particle: its own selected step, else its part of the global grouping. */
public final class ParticleGroups {

    private ParticleGroups() {
    }

    public static Optional<GroupingStep> step(ParticleAnalysis a) {
        if (a.grouping().isPresent()) {
            return Optional.of(a.grouping().get().selected());
        }
        GlobalGroupingResult global = a.session().globalGrouping();
        List<ParticleAnalysis> members = a.session().globalMembers();
        int index = members.indexOf(a);
        if (global == null || index < 0) {
            return Optional.empty();
        }
        return Optional.of(global.particleStep(index, global.combined().selectedStep()));
    }

    /** Whether the step's levels are the particle's levels one to one (no ROI cut them). */
    public static boolean coversLevels(ParticleAnalysis a, GroupingStep step) {
        return a.roi().isEmpty() && a.levels().map(l -> l.levels().size() == step.numLevels()).orElse(false);
    }
}
