package org.fullsms.analysis.cpa;

import java.util.Arrays;
import java.util.List;

/**
 * Drops change points that would cut off a level that is too short to be a level.
 * <p>
 * Why it is needed: the window cascade tests overlapping windows, so two windows can report one intensity
 * change at neighbouring photons (e.g. 146458 and 146459, a level of one photon and zero dwell), and the
 * boundary offset only keeps a change point 7 photons from the ends of its own segment, so binary
 * segmentation can leave levels of 7–19 photons. Neither is a level that grouping, ROI or an intensity can
 * use.
 * <p>
 * Rule (deterministic): while some level is too short, take the shortest one (fewest photons; the earliest
 * of equals) and delete one of its bounding change points: the first level's right one, the last level's
 * left one, otherwise the one towards the neighbour it fits best — the neighbour whose merge with it loses
 * the least Poisson log-likelihood n·ln(n/T) (the AHCA merge merit); a neighbour that is itself too short is
 * preferred, and equal merits merge left. Levels are rebuilt after every deletion.
 */
final class MinimumLevels {

    private MinimumLevels() {
    }

    /**
     * Indices into {@code changePoints} (sorted, unique) of those kept. A level is too short when it has zero
     * dwell or, when {@code minPhotons} &gt; 0, fewer than {@code minPhotons} photons.
     */
    static int[] keep(long[] times, int numPhotons, int[] changePoints, LevelBoundaries mode, int minPhotons) {
        int m = changePoints.length;
        int[] kept = new int[m];
        for (int i = 0; i < m; i++) {
            kept[i] = i;
        }
        int size = m;
        while (size > 0) {
            int[] cps = new int[size];
            for (int i = 0; i < size; i++) {
                cps[i] = changePoints[kept[i]];
            }
            List<Level> levels = Levels.build(times, numPhotons, cps, mode);
            int shortest = -1;
            for (int i = 0; i < levels.size(); i++) {
                if (tooShort(levels.get(i), minPhotons)
                        && (shortest < 0 || levels.get(i).photons() < levels.get(shortest).photons())) {
                    shortest = i;
                }
            }
            if (shortest < 0) {
                break;
            }
            int drop;
            if (shortest == 0) {
                drop = 0;
            } else if (shortest == size) {
                drop = size - 1;
            } else {
                Level left = levels.get(shortest - 1);
                Level right = levels.get(shortest + 1);
                Level self = levels.get(shortest);
                double gainLeft = mergeGain(times, left, self, left, minPhotons);
                double gainRight = mergeGain(times, self, right, right, minPhotons);
                drop = gainRight > gainLeft ? shortest : shortest - 1;
            }
            System.arraycopy(kept, drop + 1, kept, drop, size - drop - 1);
            size--;
        }
        return Arrays.copyOf(kept, size);
    }

    private static boolean tooShort(Level level, int minPhotons) {
        return level.dwellNs() <= 0 || level.photons() < minPhotons;
    }

    /**
     * ℓ(merged) − ℓ(neighbour) with ℓ = n·ln(n/T) for the level running from {@code from}'s first photon to
     * {@code to}'s last; the short level's own ℓ is common to both sides and left out. A neighbour that is
     * itself too short scores +∞ (it has to be merged anyway; this also avoids ℓ = ∞ at zero dwell).
     */
    private static double mergeGain(long[] times, Level from, Level to, Level neighbour, int minPhotons) {
        if (tooShort(neighbour, minPhotons)) {
            return Double.POSITIVE_INFINITY;
        }
        int photons = to.last() - from.first() + 1;
        long span = times[to.last()] - times[from.first()];
        return logLikelihood(photons, span) - logLikelihood(neighbour.photons(), neighbour.dwellNs());
    }

    private static double logLikelihood(double photons, double spanNs) {
        return photons * Math.log(photons / spanNs);
    }
}
