package org.fullsms.analysis.grouping;

import org.apache.commons.math3.special.Gamma;

/**
 * EM refinement of a hard grouping of levels under the Poisson model (REFERENCE §4 step 3), in log space:
 * ln α_mj = ln p̂_m + n_j·ln(Î_m·T_j) − Î_m·T_j − ln Γ(n_j + 1), normalised over the groups with log-sum-exp.
 * The level-only part n_j·ln T_j − ln Γ(n_j + 1) cancels in the normalisation, so the inner loop needs no
 * logarithm.
 *
 * <p>An iteration is an {@link ExactEStep}: per level only the groups whose ln α can be within e^-50 of its
 * largest, the rest (changing no sum by more than G·e^-50 relative, below double precision) left out. With
 * {@link #GRID_GROUPS} or more groups (global grouping's first step: one group per level) it interpolates the
 * kernels instead ({@link KernelGrid}), in time linear in levels plus groups.
 *
 * <p>Convergence: EM stops when Σ|Δp_mj| ≤ tol. Σ_m |Δ Σ_j p_mj|, the change of the groups' expected level
 * counts that every iteration computes anyway, is a lower bound of it; only when that bound is not above tol is
 * Σ|Δp_mj| itself computed, level by level from the responsibilities under this iteration's and the previous
 * iteration's parameters (or the hard assignment), and from then on in every iteration of the step. No
 * responsibility is stored, so memory stays O(levels + groups) even with one group per level.
 *
 * <p>One instance per grouping run (it owns work arrays); not thread-safe.
 */
final class PoissonEm {

    /** ln of half the smallest subnormal: a linear-space α below this rounds to 0 (the original's under-flow). */
    static final double UNDERFLOW_LOG = Math.log(Double.MIN_VALUE) - Math.log(2);
    /** From this many groups on, an iteration interpolates the kernels ({@link KernelGrid}). */
    static final int GRID_GROUPS = 1024;
    /** Relative rounding allowed for in the exactly computed expected counts of the lower bound. */
    private static final double COUNT_ROUNDING = 1e-12;

    private final double[] photons;
    private final double[] dwell;
    private final double[] levelTerm;
    private final double logTotalDuration;
    private final int maxIterations;
    private final double tolerance;
    private final double logMinTerm;
    private final boolean originalUnderflow;
    private final ExactEStep exact;
    private KernelGrid grid;

    private int iterations;
    private double logLikelihood;

    PoissonEm(double[] photons, double[] dwell, double totalDurationS, GroupingParameters params) {
        this.photons = photons;
        this.dwell = dwell;
        int levels = photons.length;
        this.levelTerm = new double[levels];
        for (int j = 0; j < levels; j++) {
            levelTerm[j] = photons[j] * Math.log(dwell[j]) - Gamma.logGamma(photons[j] + 1);
        }
        this.logTotalDuration = Math.log(totalDurationS);
        this.maxIterations = params.maxIterations();
        this.tolerance = params.tolerance();
        this.logMinTerm = Math.log(params.minTermProbability());
        this.originalUnderflow = params.emMode() == EmMode.ORIGINAL_UNDERFLOW;
        this.exact = new ExactEStep(photons, dwell, levelTerm, logTotalDuration, originalUnderflow);
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
            IntensityIndex index = exact.useParameters(sums, groups);
            // Σ|Δp_mj|, or its lower bound when that is decisive.
            double diff = 0;
            if (!exactChange) {
                if (onGrid) {
                    if (grid == null) {
                        grid = new KernelGrid(photons, dwell);
                    }
                    grid.iterate(index, sums[0], groups, next);
                } else {
                    underflow = exact.run(assignment, next, groups, false, null);
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
                underflow = exact.run(assignment, next, groups, true, iterations == 0 ? start : null);
                diff = exact.change();
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
            exact.assignBest(assignment, groups);
        }
        double[] logAlphaOfBest = exact.logAlphaOfBest();
        logLikelihood = 0;
        for (int j = 0; j < assignment.length; j++) {
            double term = logAlphaOfBest[j];
            boolean underflowed = originalUnderflow && term < UNDERFLOW_LOG;
            if (term > logMinTerm && !underflowed) {
                logLikelihood += term;
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
