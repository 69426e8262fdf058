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
 * <p>Convergence: EM stops when Σ|Δp_mj| ≤ tol. Keeping every p_mj to compute that is the dearest part of an
 * iteration, and Σ_m |Δ Σ_j p_mj| (the change of the groups' expected level counts, which an iteration computes
 * anyway) is a lower bound of it. While the bound is above tol EM goes on without storing responsibilities; when
 * it is not, Σ|Δp_mj| is computed exactly from the previous iteration's and this iteration's responsibilities,
 * and from then on every iteration of the step keeps them (sparsely, per level) as the original does.
 *
 * <p>One instance per grouping run (it owns work arrays); not thread-safe.
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
    private final double[] peak;
    private final double[] margin;
    private final int[] levelsByPeak;
    private final double[] sortedPeaks;
    private final int[] position;
    private final double logTotalDuration;
    private final int maxIterations;
    private final double tolerance;
    private final double logMinTerm;
    private final boolean originalUnderflow;

    private final Responsibilities stored;
    private final double[] logAlphaOfBest;
    private final Chunk[] chunks;

    // The current parameters per group.
    private double[] logWeight = new double[0];
    private double[] intensity = new double[0];
    private double[] logIntensity = new double[0];
    private final IntensityIndex index = new IntensityIndex();
    private KernelGrid grid;

    private int iterations;
    private double logLikelihood;
    private boolean underflow;

    PoissonEm(double[] photons, double[] dwell, double totalDurationS, GroupingParameters params) {
        this.photons = photons;
        this.dwell = dwell;
        int levels = photons.length;
        this.levelTerm = new double[levels];
        this.peak = new double[levels];
        this.margin = new double[levels];
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
        this.position = new int[levels];
        this.logTotalDuration = Math.log(totalDurationS);
        this.maxIterations = params.maxIterations();
        this.tolerance = params.tolerance();
        this.logMinTerm = Math.log(params.minTermProbability());
        this.originalUnderflow = params.emMode() == EmMode.ORIGINAL_UNDERFLOW;
        this.stored = new Responsibilities(levels);
        this.logAlphaOfBest = new double[levels];
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
        if (logWeight.length < groups) {
            logWeight = new double[groups];
            intensity = new double[groups];
            logIntensity = new double[groups];
        }
        stored.ensureGroups(groups);
        double[][] sums = new double[GridBand.QUANTITIES][groups];
        double[][] next = new double[GridBand.QUANTITIES][groups];
        double[][] before = new double[GridBand.QUANTITIES][groups];
        for (int j = 0; j < assignment.length; j++) {
            sums[0][assignment[j]] += dwell[j];
            sums[1][assignment[j]] += photons[j];
            sums[2][assignment[j]] += 1;
        }
        int[] start = assignment.clone();
        underflow = false;
        boolean onGrid = groups >= GRID_GROUPS && !originalUnderflow;
        boolean keeping = false;
        boolean lastOnGrid = false;
        iterations = 0;
        while (iterations < maxIterations) {
            useParameters(sums, groups);
            double diff;
            lastOnGrid = onGrid && !keeping;
            if (lastOnGrid) {
                if (grid == null) {
                    grid = new KernelGrid(photons, dwell);
                }
                grid.iterate(index, sums[0], groups, next);
            } else {
                eStep(assignment, next, groups, keeping);
            }
            if (keeping) {
                diff = stored.lastChange();
            } else {
                double accuracy = lastOnGrid ? KernelGrid.ACCURACY : COUNT_ROUNDING;
                double change = 0;
                double scale = 0;
                for (int m = 0; m < groups; m++) {
                    change += Math.abs(next[2][m] - sums[2][m]);
                    scale += next[2][m] + sums[2][m];
                }
                diff = change - accuracy * scale;
                if (!(diff > tolerance)) {
                    // The bound cannot tell: Σ|Δp| from the responsibilities of both iterations, kept from now on.
                    keeping = true;
                    lastOnGrid = false;
                    if (iterations == 0) {
                        stored.setHard(start);
                    } else {
                        useParameters(before, groups);
                        eStep(assignment, next, groups, true);
                        useParameters(sums, groups);
                    }
                    eStep(assignment, next, groups, true);
                    diff = stored.lastChange();
                }
            }
            for (int q = 0; q < GridBand.QUANTITIES; q++) {
                System.arraycopy(sums[q], 0, before[q], 0, groups);
                System.arraycopy(next[q], 0, sums[q], 0, groups);
            }
            iterations++;
            if (underflow || !(diff > tolerance)) {
                break;
            }
        }
        if (lastOnGrid) {
            // The grid gives no assignment: the most probable groups under the last iteration's parameters.
            useParameters(before, groups);
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

    /** ln p̂_m, Î_m, ln Î_m from the sums (T̂, n̂); indexes the live groups and places the levels among them. */
    private void useParameters(double[][] sums, int groups) {
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

    /**
     * One E-step under the current parameters: the M-step sums (T̂, n̂, Σp) into {@code next}, each level's most
     * probable group into {@code assignment}; with {@code keep} the responsibilities are stored and their change
     * against the stored ones is measured. Chunks of levels run in parallel unless responsibilities are kept
     * (stored in level order); their sums are added in chunk order, so the result does not depend on threads.
     */
    private void eStep(int[] assignment, double[][] next, int groups, boolean keep) {
        if (keep) {
            stored.begin();
            for (Chunk chunk : chunks) {
                chunk.eStep(assignment, groups, true);
            }
            stored.end();
        } else {
            IntStream.range(0, chunks.length).parallel().forEach(c -> chunks[c].eStep(assignment, groups, false));
        }
        underflow = false;
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
    }

    /** Levels [from, to): a unit of work of a parallel E-step, with its own buffers and partial sums. */
    private final class Chunk {
        private final int from;
        private final int to;
        private int[] ranks = new int[0];
        private double[] scanned = new double[0];
        private final double[] best = new double[2];
        private final double[][] sums = new double[GridBand.QUANTITIES][0];
        private boolean underflow;

        Chunk(int from, int to) {
            this.from = from;
            this.to = to;
        }

        private void ensureGroups(int groups) {
            if (ranks.length < groups) {
                ranks = new int[groups];
                scanned = new double[groups];
            }
        }

        void eStep(int[] assignment, int groups, boolean keep) {
            ensureGroups(groups);
            if (sums[0].length < groups) {
                for (int q = 0; q < GridBand.QUANTITIES; q++) {
                    sums[q] = new double[groups];
                }
            }
            for (double[] sum : sums) {
                Arrays.fill(sum, 0, groups, 0);
            }
            double[] nextDwell = sums[0];
            double[] nextPhotons = sums[1];
            double[] nextCount = sums[2];
            underflow = false;
            for (int j = from; j < to; j++) {
                double n = photons[j];
                double t = dwell[j];
                int count = index.scan(n, t, position[j], margin[j], CUT, ranks, scanned, best);
                double max = best[0];
                int bestGroup = (int) best[1];
                logAlphaOfBest[j] = max + levelTerm[j];
                if (originalUnderflow && logAlphaOfBest[j] < UNDERFLOW_LOG) {
                    // Every α_mj is 0 in linear space: the original's 0/0 gives NaN, and argmax picks group 0.
                    underflow = true;
                    bestGroup = 0;
                }
                assignment[j] = bestGroup;
                // Unnormalised weights of the groups within e^CUT of the largest, compacted in place.
                double sum = 0;
                int kept = 0;
                for (int i = 0; i < count; i++) {
                    double d = scanned[i] - max;
                    if (d >= CUT) {
                        double e = Math.exp(d);
                        ranks[kept] = index.group(ranks[i]);
                        scanned[kept++] = e;
                        sum += e;
                    }
                }
                double inv = 1 / sum;
                for (int i = 0; i < kept; i++) {
                    int m = ranks[i];
                    double p = scanned[i] * inv;
                    scanned[i] = p;
                    nextDwell[m] += p * t;
                    nextPhotons[m] += p * n;
                    nextCount[m] += p;
                }
                if (keep) {
                    stored.put(j, ranks, scanned, kept);
                }
            }
        }

        /** Each level's most probable group and its ln α, without responsibilities. */
        void assignBest(int[] assignment, int groups) {
            ensureGroups(groups);
            for (int j = from; j < to; j++) {
                index.scan(photons[j], dwell[j], position[j], margin[j], 0, ranks, scanned, best);
                assignment[j] = (int) best[1];
                logAlphaOfBest[j] = best[0] + levelTerm[j];
            }
        }
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
}
