package org.fullsms.ui.undo;

import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.runtime.state.ParticleAnalysis;

/** The grouping step picked on a particle's BIC plot; picking applies its groups. */
public final class GroupingStepChange extends StateChange {

    private final ParticleAnalysis analysis;
    private final GroupingResult before;
    private final boolean appliedBefore;
    private final int step;

    public GroupingStepChange(ParticleAnalysis analysis, int step) {
        super("grouping step of " + analysis.particle().name());
        this.analysis = analysis;
        this.before = analysis.grouping().orElseThrow();
        this.appliedBefore = analysis.groupsApplied();
        this.step = step;
    }

    @Override
    protected void apply() {
        analysis.setGrouping(before.withSelectedStep(step), true);
    }

    @Override
    protected void revert() {
        analysis.setGrouping(before, appliedBefore);
    }
}
