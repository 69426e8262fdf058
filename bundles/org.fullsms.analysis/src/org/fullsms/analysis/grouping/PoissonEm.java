package org.fullsms.analysis.grouping;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.apache.commons.math3.special.Gamma;

/**
 * EM refinement of a hard grouping of levels under the Poisson model (REFERENCE §4 step 3), in log space:
 * ln α_mj = ln p̂_m + n_j·ln(Î_m·T_j) − Î_m·T_j − ln Γ(n_j + 1), normalised over the groups with log-sum-exp.
 * The level-only part n_j·ln T_j − ln Γ(n_j + 1) cancels in the normalisation, so the inner loop needs no
 * logarithm.
 *
 * <p>The E-step visits, per level, only the groups whose ln α can be within {@link #CUT} of the level's largest
 * ({@link IntensityIndex}); the others have p_mj &lt; e^-50 and are left out, which changes no sum by more than
 * G·e^-50 relative, below double precision for any G a grouping meets. With {@link #GRID_GROUPS} or more groups
 * (global grouping's first step) an iteration interpolates the kernels instead ({@link KernelGrid}), in time
 * linear in levels plus groups.
 *
 * <p>Convergence: EM stops when Σ|Δp_mj| ≤ tol. Σ_m |Δ Σ_j p_mj|, the change of the groups' expected level
 * counts that every iteration computes anyway, is a lower bound of it; only when that bound is not above tol is
 * Σ|Δp_mj| itself computed, level by level from the responsibilities under this iteration's and the previous
 * iteration's parameters (or the hard assignment), and from then on in every iteration of the step. No
 * responsibility is stored, so memory stays O(levels + groups) even with one group per level.
 *
 * <p>Chunks of {@link #CHUNK} levels run in parallel; their partial sums are added in chunk order, so results do
 * not depend on the number of threads. One instance per grouping run (it owns work arrays); not thread-safe.
 */
final class PoissonEm {

    /** ln of half the smallest subnormal: a linear-space α below this rounds to 0 (the original's under-flow). */
    static final double UNDERFLOW_LOG = Math.log(Double.MIN_VALUE) - Math.log(2);
    /** Responsibilities below e^CUT of a level's largest are left out. */
    static final double CUT = -50;
    /** From this many groups on, an iteration interpolates the kernels ({@link KernelGrid}). */
    static final int GRID_GROUPS = 1024;
    /** Levels per unit of parallel work (fixed, so that sums are added in the same order on any machine). */
    static final int CHUNK = 4096;
    /** Relative rounding allowed for in the exactly computed expected counts of the lower bound. */
    private static final double COUNT_ROUNDING = 1e-12;

    private final double[] photons;
    private final double[] dwell;
    private final double[] levelTerm;
    private final double[] margin;
    private final int[] levelsByPeak;
    private final double[] sortedPeaks;
    private final double logTotalDuration;
    private final int maxIterations;
    private final double tolerance;
    private final double logMinTerm;
    private final boolean originalUnderflow;

    private final double[] logAlphaOfBest;
    private final Chunk[] chunks;
    private Parameters current;
    private Parameters previous;
    private KernelGrid grid;

    private int iterations;
    private double logLikelihood;

    PoissonEm(double[] photons, double[] dwell, double totalDurationS, GroupingParameters params) {
        this.photons = photons;
        this.dwell = dwell;
        int levels = photons.length;
        this.levelTerm = new double[levels];
        this.margin = new double[levels];
        double[] peak = new double[levels];
        for (int j = 0; j < levels; j++) {
            levelTerm[j] = photons[j] * Math.log(dwell[j]) - Gamma.logGamma(photons[j] + 1);
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
        this.logTotalDuration = Math.log(totalDurationS);
        this.maxIterations = params.maxIterations();
        this.tolerance = params.tolerance();
        this.logMinTerm = Math.log(params.minTermProbability());
        this.originalUnderflow = params.emMode() == EmMode.ORIGINAL_UNDERFLOW;
        this.logAlphaOfBest = new double[levels];
        this.current = new Parameters();
        this.previous = new Parameters();
        this.chunks = new Chunk[Math.max(1, (levels + CHUNK - 1) / CHUNK)];
        for (int c = 0; c < chunks.length; c++) {
            chunks[c] = new Chunk(c * CHUNK, Math.min(levels, (c + 1) * CHUNK));
        }
    }

    /**
     * Refines {@code assignment} (values 0..groups−1, every group used) in place: on return it holds each level's
     * most probable group (some groups may be left empty). Afterwards {@link #iterations()} and
     * {@link #logLikelihood()} describe the run.
     */
    void run(int[] assignment, int groups) {
        double[][] sums = new double[GridBand.QUANTITIES][groups];
        double[][] next = new double[GridBand.QUANTITIES][groups];
        for (int j = 0; j < assignment.length; j++) {
            sums[0][assignment[j]] += dwell[j];
            sums[1][assignment[j]] += photons[j];
            sums[2][assignment[j]] += 1;
        }
        int[] start = assignment.clone();
        boolean onGrid = groups >= GRID_GROUPS && !originalUnderflow;
        boolean exactChange = false;
        boolean underflow = false;
        iterations = 0;
        while (iterations < maxIterations) {
            Parameters swap = previous;
            previous = current;
            current = swap;
            current.set(sums, groups);
            // Σ|Δp_mj|, or its lower bound when that is decisive.
            double diff = 0;
            if (!exactChange) {
                if (onGrid) {
                    if (grid == null) {
                        grid = new KernelGrid(photons, dwell);
                    }
                    grid.iterate(current.index, sums[0], groups, next);
                } else {
                    underflow = eStep(assignment, next, groups, false, null);
                }
                double accuracy = onGrid ? KernelGrid.ACCURACY : COUNT_ROUNDING;
                double change = 0;
                double scale = 0;
                for (int m = 0; m < groups; m++) {
                    change += Math.abs(next[2][m] - sums[2][m]);
                    scale += next[2][m] + sums[2][m];
                }
                diff = change - accuracy * scale;
                // Once the bound cannot tell, the exact change is measured for the rest of the step.
                exactChange = !(diff > tolerance);
            }
            if (exactChange) {
                diff = 0;
                underflow = eStep(assignment, next, groups, true, iterations == 0 ? start : null);
                for (Chunk chunk : chunks) {
                    diff += chunk.change;
                }
            }
            for (int q = 0; q < GridBand.QUANTITIES; q++) {
                System.arraycopy(next[q], 0, sums[q], 0, groups);
            }
            iterations++;
            if (underflow || !(diff > tolerance)) {
                break;
            }
        }
        if (onGrid && !exactChange) {
            // The grid gives no assignment: the most probable groups under the last iteration's parameters.
            IntStream.range(0, chunks.length).parallel().forEach(c -> chunks[c].assignBest(assignment, groups));
        }
        logLikelihood = 0;
        for (int j = 0; j < assignment.length; j++) {
            double term = logAlphaOfBest[j];
            boolean underflowed = originalUnderflow && term < UNDERFLOW_LOG;
            if (term > logMinTerm && !underflowed) {
                logLikelihood += term;
            }
        }
    }

    /**
     * One E-step under the current parameters: the M-step sums (T̂, n̂, Σp) into {@code next}, each level's most
     * probable group into {@code assignment}, with {@code measure} each chunk's Σ|Δp| (see
     * {@link Chunk#eStep}). Returns whether some level under-flowed in the original's sense.
     */
    private boolean eStep(int[] assignment, double[][] next, int groups, boolean measure, int[] start) {
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

    /** ln α of a single level alone in one group (the trivial single-level step). */
    double singleLevelLogAlpha() {
        double n = photons[0];
        return Math.log(dwell[0]) - logTotalDuration + n * Math.log(n / dwell[0]) - n + levelTerm[0];
    }

    int iterations() {
        return iterations;
    }

    double logLikelihood() {
        return logLikelihood;
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
                if (originalUnderflow && logAlphaOfBest[j] < UNDERFLOW_LOG) {
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
