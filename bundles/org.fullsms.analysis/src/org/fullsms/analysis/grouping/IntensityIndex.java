package org.fullsms.analysis.grouping;

/**
 * The live groups of one EM iteration sorted by ln intensity, so that the groups that matter to a level are
 * found without visiting all of them. A group's ln α for a level of n photons in t seconds is
 * ln p̂_m + (n·ln I_m − I_m·t) up to level-only terms; the second part is unimodal in ln I_m with its peak at
 * ln(n/t). Walking outwards from the peak, a block of neighbouring groups can be skipped when its largest ln p̂
 * plus the level's term at the block's nearest ln I is already too low, and the walk ends when the largest ln p̂
 * of all groups cannot help either.
 *
 * <p>Reused across iterations (it owns its arrays); not thread-safe while being rebuilt, read-only afterwards.
 */
final class IntensityIndex {

    private static final int BLOCK = 32;

    private int size;
    private int[] group = new int[0];
    private double[] logIntensity = new double[0];
    private double[] intensity = new double[0];
    private double[] logWeight = new double[0];
    private double[] blockMaxLogWeight = new double[0];
    private double maxLogWeight;
    private final GroupSorter sorter = new GroupSorter();

    /** Indexes the groups with a finite ln weight (the live ones). */
    void build(double[] logWeights, double[] intensities, double[] logIntensities, int groups) {
        int[] live = sorter.buffer(groups);
        int count = 0;
        for (int m = 0; m < groups; m++) {
            if (logWeights[m] > Double.NEGATIVE_INFINITY) {
                live[count++] = m;
            }
        }
        sorter.sort(live, count, logIntensities);
        if (group.length < count) {
            group = new int[count];
            logIntensity = new double[count];
            intensity = new double[count];
            logWeight = new double[count];
            blockMaxLogWeight = new double[(count + BLOCK - 1) / BLOCK];
        }
        size = count;
        maxLogWeight = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < count; r++) {
            int m = live[r];
            group[r] = m;
            logIntensity[r] = logIntensities[m];
            intensity[r] = intensities[m];
            logWeight[r] = logWeights[m];
            maxLogWeight = Math.max(maxLogWeight, logWeights[m]);
        }
        for (int b = 0; b * BLOCK < count; b++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int r = b * BLOCK; r < Math.min(count, (b + 1) * BLOCK); r++) {
                max = Math.max(max, logWeight[r]);
            }
            blockMaxLogWeight[b] = max;
        }
    }

    int size() {
        return size;
    }

    /** Group at rank {@code r} (ascending ln intensity). */
    int group(int r) {
        return group[r];
    }

    double logIntensity(int r) {
        return logIntensity[r];
    }

    double logWeight(int r) {
        return logWeight[r];
    }

    double intensity(int r) {
        return intensity[r];
    }

    /**
     * For every level, the first rank whose ln intensity is not below the level's peak ln(n/t), by one sweep
     * over the peaks in ascending order ({@code sortedPeaks[i]} is the peak of level {@code levelsByPeak[i]}).
     */
    void positions(double[] sortedPeaks, int[] levelsByPeak, int[] position) {
        int r = 0;
        for (int i = 0; i < sortedPeaks.length; i++) {
            while (r < size && logIntensity[r] < sortedPeaks[i]) {
                r++;
            }
            position[levelsByPeak[i]] = r;
        }
    }

    /**
     * Visits the groups whose s_m = ln p̂_m + n·ln I_m − I_m·t may lie within {@code cut} (≤ 0) of the largest s
     * over all groups, for a level of n photons in t seconds whose peak ln(n/t) lies just below rank
     * {@code position}: their ranks go to {@code ranks}, their s (computed exactly as the dense formula) to
     * {@code s}. Returns the count; {@code out[0]} receives the largest s and {@code out[1]} its group (the lowest
     * group index among equal maxima). With {@code cut} 0 only the maximum is searched for. {@code margin}
     * absorbs the rounding of the bounds (many ulp of n·|ln I|).
     */
    int scan(double n, double t, int position, double margin, double cut, int[] ranks, double[] s, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        int best = Integer.MAX_VALUE;
        int count = 0;
        for (int side = 0; side < 2; side++) {
            boolean right = side == 0;
            int r = right ? position : position - 1;
            while (r >= 0 && r < size) {
                int block = r / BLOCK;
                int end = right ? Math.min(size, (block + 1) * BLOCK) : block * BLOCK - 1;
                // The level's term is largest at the rank nearest the peak, the first one visited.
                double term = n * logIntensity[r] - intensity[r] * t;
                double floor = max + cut - margin;
                if (maxLogWeight + term < floor) {
                    break;
                }
                if (blockMaxLogWeight[block] + term >= floor) {
                    int step = right ? 1 : -1;
                    for (int q = r; q != end; q += step) {
                        double value = logWeight[q] + n * logIntensity[q] - intensity[q] * t;
                        ranks[count] = q;
                        s[count++] = value;
                        int m = group[q];
                        if (value > max || (value == max && m < best)) {
                            max = value;
                            best = m;
                        }
                    }
                }
                r = end;
            }
        }
        out[0] = max;
        out[1] = best;
        return count;
    }
}
