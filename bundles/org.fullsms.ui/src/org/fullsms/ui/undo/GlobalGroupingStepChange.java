package org.fullsms.ui.undo;

import java.util.List;

import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

/** The step picked on the BIC plot of a global grouping (one grouping over many particles). */
public final class GlobalGroupingStepChange extends StateChange {

    private final AnalysisSession session;
    private final GlobalGroupingResult before;
    private final List<ParticleAnalysis> members;
    private final int step;

    public GlobalGroupingStepChange(AnalysisSession session, int step) {
        super("global grouping step");
        this.session = session;
        this.before = session.globalGrouping();
        this.members = session.globalMembers();
        this.step = step;
    }

    @Override
    protected void apply() {
        session.setGlobalGrouping(before.withSelectedStep(step), members);
    }

    @Override
    protected void revert() {
        session.setGlobalGrouping(before, members);
    }
}
