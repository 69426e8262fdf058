package org.fullsms.ui.undo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * Reset Analysis: the particles go back to how their file opened (no region of interest, levels, bursts removed,
 * grouping, fits, correlation, extension results or failures); selection and bin size stay. A global grouping
 * that took in one of them goes too, as its levels are gone. Undo puts everything back.
 */
public final class ResetAnalysisChange extends StateChange {

    private final Map<ParticleAnalysis, ParticleAnalysis.Results> before = new LinkedHashMap<>();
    private final Map<AnalysisSession, GlobalGroupingResult> globalBefore = new LinkedHashMap<>();
    private final Map<AnalysisSession, List<ParticleAnalysis>> globalMembers = new LinkedHashMap<>();

    /** @param particles the particles to reset; those with nothing to reset are left as they are */
    public ResetAnalysisChange(List<ParticleAnalysis> particles) {
        super("Reset Analysis of " + describe(particles));
        for (ParticleAnalysis a : particles) {
            before.put(a, a.results());
            AnalysisSession s = a.session();
            if (s.globalGrouping() != null && s.globalMembers().contains(a) && !globalBefore.containsKey(s)) {
                globalBefore.put(s, s.globalGrouping());
                globalMembers.put(s, s.globalMembers());
            }
        }
    }

    /** The particles in {@code targets} that have something to reset. */
    public static List<ParticleAnalysis> resettable(List<ParticleAnalysis> targets) {
        List<ParticleAnalysis> result = new ArrayList<>();
        for (ParticleAnalysis a : targets) {
            boolean global = a.session().globalGrouping() != null && a.session().globalMembers().contains(a);
            if (!a.results().isEmpty() || global) {
                result.add(a);
            }
        }
        return result;
    }

    private static String describe(List<ParticleAnalysis> particles) {
        return particles.size() == 1 ? particles.get(0).particle().name() : particles.size() + " particles";
    }

    @Override
    protected void apply() {
        before.keySet().forEach(ParticleAnalysis::clearResults);
        globalBefore.keySet().forEach(s -> s.setGlobalGrouping(null, List.of()));
    }

    @Override
    protected void revert() {
        before.forEach(ParticleAnalysis::restore);
        globalBefore.forEach((s, g) -> s.setGlobalGrouping(g, globalMembers.get(s)));
    }
}
