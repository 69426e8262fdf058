package org.fullsms.analysis.grouping;

import java.util.Arrays;

import org.apache.commons.math3.special.Gamma;

/**
 * EM refinement of a hard grouping of levels under the Poisson model (REFERENCE §4 step 3), in log space:
 * ln α_mj = ln p̂_m + n_j·ln(Î_m·T_j) − Î_m·T_j − ln Γ(n_j + 1), normalised over the groups with log-sum-exp.
 * The level-only part n_j·ln T_j − ln Γ(n_j + 1) cancels in the normalisation, so the inner loop needs no
 * logarithm. Responsibilities p_mj are stored sparsely per level because most of them are exactly 0 (their
 * exponent is below the double range), which keeps large inputs in memory and time.
 *
 * <p>One instance per grouping run (it owns work arrays); not thread-safe.
 */
final class PoissonEm {

    /** ln of half the smallest subnormal: a linear-space α below this rounds to 0 (the original's under-flow). */
    static final double UNDERFLOW_LOG = Math.log(Double.MIN_VALUE) - Math.log(2);
    /** exp(x) is exactly 0 in double for x below this, so skipping those exponentials changes nothing. */
    private static final double EXP_CUT = -746;

    private final double[] photons;
    private final double[] dwell;
    private final double[] levelTerm;
    private final double logTotalDuration;
    private final int maxIterations;
    private final double tolerance;
    private final double logMinTerm;
    private final boolean originalUnderflow;

    // Sparse responsibilities, double-buffered: level j owns entries [start[j], start[j + 1]).
    private int[] startCur;
    private int[] startNext;
    private int[] groupCur = new int[0];
    private int[] groupNext = new int[0];
    private double[] pCur = new double[0];
    private double[] pNext = new double[0];
    private final double[] logAlphaOfBest;
    private double[] work = new double[0];
    private double[] previous = new double[0];

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
        this.startCur = new int[levels + 1];
        this.startNext = new int[levels + 1];
        this.logAlphaOfBest = new double[levels];
    }

    /**
     * Refines {@code assignment} (values 0..groups−1, every group used) in place: on return it holds each level's
     * most probable group (some groups may be left empty). Afterwards {@link #iterations()} and
     * {@link #logLikelihood()} describe the run.
     */
    void run(int[] assignment, int groups) {
        int levels = photons.length;
        double[] sumDwell = new double[groups];
        double[] sumPhotons = new double[groups];
        double[] nextDwell = new double[groups];
        double[] nextPhotons = new double[groups];
        double[] logWeight = new double[groups];
        double[] logIntensity = new double[groups];
        double[] intensity = new double[groups];
        if (work.length < groups) {
            work = new double[groups];
            previous = new double[groups];
        }
        ensureCapacity(levels, false);
        for (int j = 0; j < levels; j++) {
            startCur[j] = j;
            groupCur[j] = assignment[j];
            pCur[j] = 1;
            sumDwell[assignment[j]] += dwell[j];
            sumPhotons[assignment[j]] += photons[j];
        }
        startCur[levels] = levels;

        iterations = 0;
        while (iterations < maxIterations) {
            for (int m = 0; m < groups; m++) {
                // A group whose responsibilities all under-flowed is gone: ln α = −∞ for every level.
                boolean live = sumDwell[m] > 0;
                logWeight[m] = live ? Math.log(sumDwell[m]) - logTotalDuration : Double.NEGATIVE_INFINITY;
                intensity[m] = live ? sumPhotons[m] / sumDwell[m] : 0;
                logIntensity[m] = live ? Math.log(intensity[m]) : 0;
            }
            Arrays.fill(nextDwell, 0);
            Arrays.fill(nextPhotons, 0);
            double diff = 0;
            boolean underflow = false;
            int out = 0;
            for (int j = 0; j < levels; j++) {
                double n = photons[j];
                double t = dwell[j];
                double max = Double.NEGATIVE_INFINITY;
                int best = 0;
                for (int m = 0; m < groups; m++) {
                    double s = logWeight[m] + n * logIntensity[m] - intensity[m] * t;
                    work[m] = s;
                    if (s > max) {
                        max = s;
                        best = m;
                    }
                }
                logAlphaOfBest[j] = max + levelTerm[j];
                if (originalUnderflow && logAlphaOfBest[j] < UNDERFLOW_LOG) {
                    // Every α_mj is 0 in linear space: the original's 0/0 gives NaN, and argmax picks group 0.
                    underflow = true;
                    best = 0;
                }
                assignment[j] = best;
                if (out + groups > pNext.length) {
                    ensureCapacity(Math.max(2 * pNext.length, out + groups), true);
                }
                startNext[j] = out;
                // Unnormalised weights of the groups within the double range, stored sparsely in place.
                double sum = 0;
                int end = out;
                for (int m = 0; m < groups; m++) {
                    double d = work[m] - max;
                    if (d >= EXP_CUT) {
                        double e = Math.exp(d);
                        groupNext[end] = m;
                        pNext[end++] = e;
                        sum += e;
                    }
                }
                // Previous responsibilities of this level, scattered for lookup by group.
                int oldStart = startCur[j];
                int oldEnd = startCur[j + 1];
                double oldSum = 0;
                for (int k = oldStart; k < oldEnd; k++) {
                    previous[groupCur[k]] = pCur[k];
                    oldSum += pCur[k];
                }
                double inv = 1 / sum;
                double oldMatched = 0;
                for (int k = out; k < end; k++) {
                    int m = groupNext[k];
                    double p = pNext[k] * inv;
                    pNext[k] = p;
                    double before = previous[m];
                    diff += Math.abs(p - before);
                    oldMatched += before;
                    nextDwell[m] += p * t;
                    nextPhotons[m] += p * n;
                }
                out = end;
                // Groups that had responsibility before and have none now.
                diff += Math.max(0, oldSum - oldMatched);
                for (int k = oldStart; k < oldEnd; k++) {
                    previous[groupCur[k]] = 0;
                }
            }
            startNext[levels] = out;
            swapBuffers();
            double[] swap = sumDwell;
            sumDwell = nextDwell;
            nextDwell = swap;
            swap = sumPhotons;
            sumPhotons = nextPhotons;
            nextPhotons = swap;
            iterations++;
            if (underflow || !(diff > tolerance)) {
                break;
            }
        }
        logLikelihood = 0;
        for (int j = 0; j < levels; j++) {
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

    private void ensureCapacity(int capacity, boolean keepNext) {
        if (pCur.length < capacity) {
            groupCur = Arrays.copyOf(groupCur, capacity);
            pCur = Arrays.copyOf(pCur, capacity);
        }
        if (pNext.length < capacity) {
            groupNext = keepNext ? Arrays.copyOf(groupNext, capacity) : new int[capacity];
            pNext = keepNext ? Arrays.copyOf(pNext, capacity) : new double[capacity];
        }
    }

    private void swapBuffers() {
        int[] s = startCur;
        startCur = startNext;
        startNext = s;
        int[] g = groupCur;
        groupCur = groupNext;
        groupNext = g;
        double[] p = pCur;
        pCur = pNext;
        pNext = p;
    }
}
