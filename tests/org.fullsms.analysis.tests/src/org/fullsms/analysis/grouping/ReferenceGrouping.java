package org.fullsms.analysis.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.special.Gamma;

/**
 * The grouping engine as it was before issue 19 (commit fd8b47b: all-pairs merge search, EM over every group for
 * every level, insertion sort of the groups), copied verbatim into the tests as the reference the faster engine
 * must agree with. Only the scaffolding around the copied methods is new: it returns each step's BIC, ln L,
 * level groups and EM iterations.
 */
final class ReferenceGrouping {

    /** One step of the reference run. */
    record Step(double bic, double logLikelihood, int[] levelGroup, int emIterations) {
    }

    private ReferenceGrouping() {
    }

    static List<Step> run(GroupingInput input, GroupingParameters params) {
        List<LevelInput> levels = input.levels();
        int count = levels.size();
        double[] photons = new double[count];
        double[] dwell = new double[count];
        for (int j = 0; j < count; j++) {
            photons[j] = levels.get(j).photons();
            dwell[j] = levels.get(j).dwellS();
        }
        Em em = new Em(photons, dwell, input.totalDurationS(), params);
        List<Step> steps = new ArrayList<>();
        if (count == 1) {
            return steps;
        }
        double logCpts = Math.log(input.numChangePoints());
        double logPhotons = Math.log((double) input.totalPhotons());
        int[] assignment = new int[count];
        for (int j = 0; j < count; j++) {
            assignment[j] = j;
        }
        double[] groupPhotons = photons.clone();
        double[] groupDwell = dwell.clone();
        int groups = count;
        while (groups > 1) {
            long pair = bestPair(groupPhotons, groupDwell, groups);
            int low = (int) (pair / groups);
            int high = (int) (pair % groups);
            for (int j = 0; j < count; j++) {
                int g = assignment[j];
                assignment[j] = g == high ? low : g > high ? g - 1 : g;
            }
            em.run(assignment, groups - 1);
            int left = sortGroups(assignment, photons, dwell, groupPhotons, groupDwell);
            double bic = 2 * em.logLikelihood() - (2.0 * left - 1) * logCpts - input.numChangePoints() * logPhotons;
            steps.add(new Step(bic, em.logLikelihood(), assignment.clone(), em.iterations()));
            groups = left;
        }
        return steps;
    }

    private static int sortGroups(int[] assignment, double[] photons, double[] dwell, double[] groupPhotons,
            double[] groupDwell) {
        int slots = photons.length;
        double[] n = new double[slots];
        double[] t = new double[slots];
        for (int j = 0; j < assignment.length; j++) {
            n[assignment[j]] += photons[j];
            t[assignment[j]] += dwell[j];
        }
        int[] order = new int[slots];
        int used = 0;
        for (int g = 0; g < slots; g++) {
            if (t[g] > 0) {
                // Insertion by intensity; stable, and G is small after the first step.
                double intensity = n[g] / t[g];
                int i = used++;
                while (i > 0 && n[order[i - 1]] / t[order[i - 1]] > intensity) {
                    order[i] = order[i - 1];
                    i--;
                }
                order[i] = g;
            }
        }
        int[] rank = new int[slots];
        for (int r = 0; r < used; r++) {
            rank[order[r]] = r;
            groupPhotons[r] = n[order[r]];
            groupDwell[r] = t[order[r]];
        }
        for (int j = 0; j < assignment.length; j++) {
            assignment[j] = rank[assignment[j]];
        }
        return used;
    }

    private static long bestPair(double[] photons, double[] dwell, int groups) {
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

    /** The EM of fd8b47b. */
    private static final class Em {

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

        Em(double[] photons, double[] dwell, double totalDurationS, GroupingParameters params) {
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
}
