package org.fullsms.analysis.grouping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Global grouping (REFERENCE §4 item 7): the levels of several particles are concatenated into one particle,
 * each particle's times shifted to follow the previous one, and grouped together with N_cp = total levels − 1,
 * N = Σ level photons and T_total = Σ particle durations. The groups are then common to all particles, and
 * {@link GlobalGroupingResult#particleStep} maps any step back to one particle.
 *
 * <p>Stateless and thread-safe.
 */
public final class GlobalGrouping {

    /**
     * @param particles each particle's levels and duration ({@link GroupingInput#totalDurationS()}, e.g. its
     *                  ROI's); their photon and change point counts are not used
     */
    public GlobalGroupingResult run(List<GroupingInput> particles, GroupingParameters params,
            IProgressMonitor monitor) {
        if (particles.isEmpty()) {
            throw new IllegalArgumentException("global grouping needs at least one particle");
        }
        List<LevelInput> all = new ArrayList<>();
        int[] offsets = new int[particles.size() + 1];
        double timeOffset = 0;
        long photons = 0;
        for (int p = 0; p < particles.size(); p++) {
            GroupingInput particle = particles.get(p);
            offsets[p] = all.size();
            double origin = particle.levels().get(0).startS();
            for (LevelInput level : particle.levels()) {
                all.add(new LevelInput(level.photons(), level.dwellS(), level.startS() - origin + timeOffset,
                        level.endS() - origin + timeOffset));
                photons += level.photons();
            }
            timeOffset += particle.totalDurationS();
        }
        offsets[particles.size()] = all.size();
        GroupingInput combined = new GroupingInput(all, photons, all.size() - 1, timeOffset);
        GroupingResult result = new GroupingAnalysis().run(combined, params, monitor);
        return new GlobalGroupingResult(result, combined, offsets);
    }
}
