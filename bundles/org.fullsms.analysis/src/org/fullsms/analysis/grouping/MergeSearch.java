package org.fullsms.analysis.grouping;

/**
 * The agglomerative step: the pair of groups with the largest merge merit (Watkins &amp; Yang 2005 eq. 11)
 * M = (n_m + n_j)·ln((n_m + n_j)/(T_m + T_j)) − n_m·ln(n_m/T_m) − n_j·ln(n_j/T_j), over all pairs, not only
 * neighbours in time. The per-group terms are computed once, so each pair costs one logarithm.
 *
 * <p>With many groups (global grouping starts with one per level) not every pair is evaluated: −M is the
 * Poisson deviance lost by merging, min over I of T_j·d(I_j, I) + T_m·d(I_m, I) with d(x, y) = x·ln(x/y) − x + y,
 * and d(x, y) ≥ (x − y)²/(2·max(x, y)), so −M ≥ min(T_j, T_m)·(I_j − I_m)²/(4·max(I_j, I_m)). After the pairs of
 * neighbours in intensity, a pair is evaluated only if that bound does not exclude it, and the walk away from a
 * group in intensity order stops once the bound with the shortest dwell of all groups does. The evaluated merits
 * are computed exactly as in the all-pairs loop, and the margin in the bounds is far above their rounding, so
 * the same pair wins.
 */
final class MergeSearch {

    /** From this many groups on, pairs are pruned. */
    static final int PRUNED_FROM = 1024;

    private MergeSearch() {
    }

    /**
     * Returns the best pair as {@code low * groups + high} (low &lt; high); ties go to the first pair in
     * row-major order, as in the original.
     */
    static long bestPair(double[] photons, double[] dwell, int groups) {
        double[] own = new double[groups];
        for (int g = 0; g < groups; g++) {
            own[g] = photons[g] * Math.log(photons[g] / dwell[g]);
        }
        long pair = groups < PRUNED_FROM ? allPairs(photons, dwell, own, groups) : pruned(photons, dwell, own, groups);
        if (pair < 0) {
            throw new IllegalStateException("no mergeable pair among " + groups + " groups");
        }
        return pair;
    }

    private static long allPairs(double[] photons, double[] dwell, double[] own, int groups) {
        double best = Double.NEGATIVE_INFINITY;
        long pair = -1;
        for (int j = 0; j < groups; j++) {
            double nj = photons[j];
            double tj = dwell[j];
            double ownJ = own[j];
            for (int m = j + 1; m < groups; m++) {
                double n = photons[m] + nj;
                double merit = n * Math.log(n / (dwell[m] + tj)) - own[m] - ownJ;
                if (merit > best) {
                    best = merit;
                    pair = (long) j * groups + m;
                }
            }
        }
        return pair;
    }

    private static long pruned(double[] photons, double[] dwell, double[] own, int groups) {
        double[] intensity = new double[groups];
        double shortest = Double.POSITIVE_INFINITY;
        GroupSorter sorter = new GroupSorter();
        int[] order = sorter.buffer(groups);
        for (int g = 0; g < groups; g++) {
            intensity[g] = photons[g] / dwell[g];
            shortest = Math.min(shortest, dwell[g]);
            order[g] = g;
        }
        sorter.sort(order, groups, intensity);
        Best best = new Best(groups);
        for (int r = 0; r + 1 < groups; r++) {
            best.offer(order[r], order[r + 1], photons, dwell, own);
        }
        for (int r = 0; r < groups; r++) {
            int a = order[r];
            for (int q = r + 2; q < groups; q++) {
                int b = order[q];
                double gap = intensity[b] - intensity[a];
                double spread = gap * gap / (4 * intensity[b]);
                // The merits' rounding is a few ulp of the per-group terms; allow far more.
                double allowed = -best.merit + 1e-12 * (Math.abs(own[a]) + Math.abs(own[b]) + Math.abs(best.merit));
                if (shortest * spread * (1 - 1e-12) > allowed) {
                    break;
                }
                if (Math.min(dwell[a], dwell[b]) * spread * (1 - 1e-12) <= allowed) {
                    best.offer(a, b, photons, dwell, own);
                }
            }
        }
        return best.pair;
    }

    /** The best pair so far with the all-pairs loop's tie rule (first pair in row-major order). */
    private static final class Best {
        private final int groups;
        double merit = Double.NEGATIVE_INFINITY;
        long pair = -1;

        Best(int groups) {
            this.groups = groups;
        }

        void offer(int a, int b, double[] photons, double[] dwell, double[] own) {
            int low = Math.min(a, b);
            int high = Math.max(a, b);
            double n = photons[high] + photons[low];
            double value = n * Math.log(n / (dwell[high] + dwell[low])) - own[high] - own[low];
            long candidate = (long) low * groups + high;
            if (value > merit || (value == merit && candidate < pair)) {
                merit = value;
                pair = candidate;
            }
        }
    }
}
