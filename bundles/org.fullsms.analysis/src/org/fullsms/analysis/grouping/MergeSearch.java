package org.fullsms.analysis.grouping;

/**
 * The agglomerative step: the pair of groups with the largest merge merit (Watkins &amp; Yang 2005 eq. 11)
 * M = (n_m + n_j)·ln((n_m + n_j)/(T_m + T_j)) − n_m·ln(n_m/T_m) − n_j·ln(n_j/T_j), over all pairs, not only
 * neighbours in time. The per-group terms are computed once, so each pair costs one logarithm.
 */
final class MergeSearch {

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
        if (pair < 0) {
            throw new IllegalStateException("no mergeable pair among " + groups + " groups");
        }
        return pair;
    }
}
