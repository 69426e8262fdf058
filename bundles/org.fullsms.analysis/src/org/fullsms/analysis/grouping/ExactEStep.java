package org.fullsms.analysis.grouping;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The E-step and M-step of {@link PoissonEm} computed exactly: per level, the groups whose ln α can be within
 * e^{@link #CUT} of its largest ({@link IntensityIndex}), their responsibilities by log-sum-exp, their sums
 * T̂, n̂ and Σp; on demand also Σ_mj |Δp_mj| against the previous iteration's parameters or a hard assignment,
 * level by level, so no responsibility is stored; and each level's most probable group and its ln α.
 *
 * <p>Levels are processed in fixed chunks of {@link #CHUNK} in parallel, each with its own buffers and partial
 * sums; the partial sums are added in chunk order, so results do not depend on the number of threads. Owns its
 * buffers; one E-step at a time.
 */
final class ExactEStep {

    /** Responsibilities below e^CUT of a level's largest are left out (at most G·e^-50 relative in any sum). */
    static final double CUT = -50;
    /** Levels per unit of parallel work (fixed, so that sums are added in the same order on any machine). */
    static final int CHUNK = 4096;

    private final double[] photons;
    private final double[] dwell;
    private final double[] levelTerm;
    private final double[] margin;
    private final int[] levelsByPeak;
    private final double[] sortedPeaks;
    private final double logTotalDuration;
    private final boolean originalUnderflow;
    private final double[] logAlphaOfBest;
    private final Chunk[] chunks;
    private Parameters current;
    private Parameters previous;

    /**
     * @param levelTerm         n_j·ln T_j − ln Γ(n_j + 1), added to ln α for the most probable group's ln α
     * @param originalUnderflow mark levels whose every α under-flows in linear space (they go to group 0)
     */
    ExactEStep(double[] photons, double[] dwell, double[] levelTerm, double logTotalDuration,
            boolean originalUnderflow) {
        this.photons = photons;
        this.dwell = dwell;
        this.levelTerm = levelTerm;
        this.logTotalDuration = logTotalDuration;
        this.originalUnderflow = originalUnderflow;
        int levels = photons.length;
        this.margin = new double[levels];
        double[] peak = new double[levels];
        for (int j = 0; j < levels; j++) {
            peak[j] = Math.log(photons[j] / dwell[j]);
            // Far above the rounding of n·ln I − I·t (a few ulp of n·|ln I|) in the index's bounds.
            margin[j] = 1e-12 * (photons[j] * (Math.abs(peak[j]) + 2) + 1e3);
        }
        GroupSorter sorter = new GroupSorter();
        int[] order = sorter.buffer(levels);
        for (int j = 0; j < levels; j++) {
            order[j] = j;
        }
        sorter.sort(order, levels, peak);
        this.levelsByPeak = Arrays.copyOf(order, levels);
        this.sortedPeaks = new double[levels];
        for (int i = 0; i < levels; i++) {
            sortedPeaks[i] = peak[levelsByPeak[i]];
        }
        this.logAlphaOfBest = new double[levels];
        this.current = new Parameters();
        this.previous = new Parameters();
        this.chunks = new Chunk[Math.max(1, (levels + CHUNK - 1) / CHUNK)];
        for (int c = 0; c < chunks.length; c++) {
            chunks[c] = new Chunk(c * CHUNK, Math.min(levels, (c + 1) * CHUNK));
        }
    }

    /**
     * Starts an iteration: ln p̂_m, Î_m, ln Î_m from the sums (T̂, n̂) become the current parameters, the current
     * ones the previous. Returns the live groups indexed by intensity.
     */
    IntensityIndex useParameters(double[][] sums, int groups) {
        Parameters swap = previous;
        previous = current;
        current = swap;
        current.set(sums, groups);
        return current.index;
    }

    /**
     * One E-step under the current parameters: the M-step sums (T̂, n̂, Σp) into {@code next}, each level's most
     * probable group into {@code assignment} and its ln α into {@link #logAlphaOfBest()}; with {@code measure}
     * also Σ|Δp| ({@link #change()}) against the previous parameters' responsibilities, or against the hard
     * assignment {@code start} if given. Returns whether some level under-flowed in the original's sense.
     */
    boolean run(int[] assignment, double[][] next, int groups, boolean measure, int[] start) {
        IntStream.range(0, chunks.length).parallel()
                .forEach(c -> chunks[c].eStep(assignment, groups, measure, start));
        boolean underflow = false;
        for (int q = 0; q < GridBand.QUANTITIES; q++) {
            Arrays.fill(next[q], 0, groups, 0);
            for (Chunk chunk : chunks) {
                double[] part = chunk.sums[q];
                for (int m = 0; m < groups; m++) {
                    next[q][m] += part[m];
                }
            }
        }
        for (Chunk chunk : chunks) {
            underflow |= chunk.underflow;
        }
        return underflow;
    }

    /** Σ_mj |Δp_mj| measured by the last {@link #run}. */
    double change() {
        double sum = 0;
        for (Chunk chunk : chunks) {
            sum += chunk.change;
        }
        return sum;
    }

    /** Each level's most probable group under the current parameters and its ln α, without responsibilities. */
    void assignBest(int[] assignment, int groups) {
        IntStream.range(0, chunks.length).parallel().forEach(c -> chunks[c].assignBest(assignment, groups));
    }

    /** ln α of each level's most probable group in the last E-step or {@link #assignBest}. */
    double[] logAlphaOfBest() {
        return logAlphaOfBest;
    }

    /** One iteration's group parameters, the live groups indexed by intensity, each level's place among them. */
    private final class Parameters {
        private double[] logWeight = new double[0];
        private double[] intensity = new double[0];
        private double[] logIntensity = new double[0];
        private final IntensityIndex index = new IntensityIndex();
        private final int[] position = new int[photons.length];

        /** ln p̂_m, Î_m, ln Î_m from the sums (T̂, n̂). */
        void set(double[][] sums, int groups) {
            if (logWeight.length < groups) {
                logWeight = new double[groups];
                intensity = new double[groups];
                logIntensity = new double[groups];
            }
            for (int m = 0; m < groups; m++) {
                // A group whose responsibilities all under-flowed is gone: ln α = −∞ for every level.
                boolean live = sums[0][m] > 0;
                logWeight[m] = live ? Math.log(sums[0][m]) - logTotalDuration : Double.NEGATIVE_INFINITY;
                intensity[m] = live ? sums[1][m] / sums[0][m] : 0;
                logIntensity[m] = live ? Math.log(intensity[m]) : 0;
            }
            index.build(logWeight, intensity, logIntensity, groups);
            index.positions(sortedPeaks, levelsByPeak, position);
        }
    }

    /** Levels [from, to): a unit of work of a parallel E-step, with its own buffers and partial sums. */
    private final class Chunk {
        private final int from;
        private final int to;
        private final double[] best = new double[2];
        private final double[][] sums = new double[GridBand.QUANTITIES][0];
        private int[] groupsNow = new int[0];
        private double[] pNow = new double[0];
        private int[] groupsBefore = new int[0];
        private double[] pBefore = new double[0];
        private double[] byGroup = new double[0];
        private boolean underflow;
        private double change;

        Chunk(int from, int to) {
            this.from = from;
            this.to = to;
        }

        private void ensureGroups(int groups) {
            if (groupsNow.length < groups) {
                groupsNow = new int[groups];
                pNow = new double[groups];
                groupsBefore = new int[groups];
                pBefore = new double[groups];
                byGroup = new double[groups];
            }
        }

        /**
         * Responsibilities under the current parameters, summed into {@link #sums}; with {@code measure}, also
         * their change Σ|Δp| against those under the previous parameters, or against the hard assignment
         * {@code start} if given.
         */
        void eStep(int[] assignment, int groups, boolean measure, int[] start) {
            ensureGroups(groups);
            if (sums[0].length < groups) {
                for (int q = 0; q < GridBand.QUANTITIES; q++) {
                    sums[q] = new double[groups];
                }
            }
            for (double[] sum : sums) {
                Arrays.fill(sum, 0, groups, 0);
            }
            underflow = false;
            change = 0;
            for (int j = from; j < to; j++) {
                double n = photons[j];
                double t = dwell[j];
                int kept = responsibilities(current, j, groupsNow, pNow);
                double max = best[0];
                int bestGroup = (int) best[1];
                logAlphaOfBest[j] = max + levelTerm[j];
                if (originalUnderflow && logAlphaOfBest[j] < PoissonEm.UNDERFLOW_LOG) {
                    // Every α_mj is 0 in linear space: the original's 0/0 gives NaN, and argmax picks group 0.
                    underflow = true;
                    bestGroup = 0;
                }
                assignment[j] = bestGroup;
                for (int i = 0; i < kept; i++) {
                    int m = groupsNow[i];
                    double p = pNow[i];
                    sums[0][m] += p * t;
                    sums[1][m] += p * n;
                    sums[2][m] += p;
                }
                if (measure) {
                    change += change(j, kept, start);
                }
            }
        }

        /** Σ_m |Δp_mj| of level j, whose current responsibilities are in the first {@code kept} entries. */
        private double change(int j, int kept, int[] start) {
            int before;
            if (start != null) {
                groupsBefore[0] = start[j];
                pBefore[0] = 1;
                before = 1;
            } else {
                before = responsibilities(previous, j, groupsBefore, pBefore);
            }
            double beforeSum = 0;
            for (int i = 0; i < before; i++) {
                byGroup[groupsBefore[i]] = pBefore[i];
                beforeSum += pBefore[i];
            }
            double sum = 0;
            double matched = 0;
            for (int i = 0; i < kept; i++) {
                double b = byGroup[groupsNow[i]];
                sum += Math.abs(pNow[i] - b);
                matched += b;
            }
            for (int i = 0; i < before; i++) {
                byGroup[groupsBefore[i]] = 0;
            }
            // Groups that had responsibility before and have none now.
            return sum + Math.max(0, beforeSum - matched);
        }

        /**
         * Level j's responsibilities under {@code params}: the groups within e^CUT of its largest α and their p
         * into {@code groups} and {@code p}; returns their count, {@link #best} holds the largest ln α (without
         * the level-only terms) and its group.
         */
        private int responsibilities(Parameters params, int j, int[] groups, double[] p) {
            int count = params.index.scan(photons[j], dwell[j], params.position[j], margin[j], CUT, groups, p, best);
            double max = best[0];
            double sum = 0;
            int kept = 0;
            for (int i = 0; i < count; i++) {
                double d = p[i] - max;
                if (d >= CUT) {
                    double e = Math.exp(d);
                    groups[kept] = params.index.group(groups[i]);
                    p[kept++] = e;
                    sum += e;
                }
            }
            double inv = 1 / sum;
            for (int i = 0; i < kept; i++) {
                p[i] *= inv;
            }
            return kept;
        }

        /** Each level's most probable group and its ln α, without responsibilities. */
        void assignBest(int[] assignment, int groups) {
            ensureGroups(groups);
            for (int j = from; j < to; j++) {
                current.index.scan(photons[j], dwell[j], current.position[j], margin[j], 0, groupsNow, pNow, best);
                assignment[j] = (int) best[1];
                logAlphaOfBest[j] = best[0] + levelTerm[j];
            }
        }
    }
}
