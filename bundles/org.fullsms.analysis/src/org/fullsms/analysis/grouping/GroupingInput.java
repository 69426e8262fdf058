package org.fullsms.analysis.grouping;

import java.util.List;

/**
 * The levels of one particle (or one concatenated global particle) plus the particle-wide figures that enter
 * the EM and the BIC.
 *
 * @param levels           levels in time order (at least one)
 * @param totalPhotons     N of the BIC: the particle's photon count (the original uses the whole particle's
 *                         count even when grouping inside a region of interest)
 * @param numChangePoints  N_cp of the BIC: the particle's number of change points; at least 1 when there is more
 *                         than one level
 * @param totalDurationS   T_total of the EM mixing weights p̂_m = T̂_m / T_total: the particle's duration (last
 *                         photon − first photon) or the region of interest's duration
 */
public record GroupingInput(List<LevelInput> levels, long totalPhotons, int numChangePoints, double totalDurationS) {

    public GroupingInput {
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("grouping needs at least one level");
        }
        if (totalPhotons < 1) {
            throw new IllegalArgumentException("total photon count must be positive, got " + totalPhotons);
        }
        if (levels.size() > 1 && numChangePoints < 1) {
            throw new IllegalArgumentException("grouping " + levels.size()
                    + " levels needs a positive number of change points, got " + numChangePoints);
        }
        if (!(totalDurationS > 0) || !Double.isFinite(totalDurationS)) {
            throw new IllegalArgumentException("total duration must be positive and finite, got " + totalDurationS);
        }
    }

    /**
     * Input that uses the levels alone, as the maintainers' rewrite and global grouping do: N = Σ level photons,
     * N_cp = levels − 1, T_total = end of last level − start of first level.
     */
    public static GroupingInput ofLevels(List<LevelInput> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("grouping needs at least one level");
        }
        long photons = 0;
        for (LevelInput level : levels) {
            photons += level.photons();
        }
        double duration = levels.get(levels.size() - 1).endS() - levels.get(0).startS();
        if (!(duration > 0)) {
            // One level whose start equals its end has no span; its dwell is the only duration there is.
            duration = levels.stream().mapToDouble(LevelInput::dwellS).sum();
        }
        return new GroupingInput(levels, photons, levels.size() - 1, duration);
    }
}
