package org.fullsms.analysis.cpa;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded simulated blinking trace for tests: a Markov chain over states with exponential dwells, Poisson
 * photons within each dwell, whole-ns times and a 100 ns dead time (like reference/cpa). A true change
 * point is the first photon whose state differs from the previous photon's (a dwell without photons is
 * no change).
 */
record BlinkingTrace(long[] times, int[] trueChangePoints) {

    static BlinkingTrace simulate(long seed, int photons, double[] ratesCps, double[] meanDwellS) {
        return simulate(seed, photons, ratesCps, meanDwellS, 100);
    }

    /** As above with another dead time (0: none, so that a coarse clock makes ties). */
    static BlinkingTrace simulate(long seed, int photons, double[] ratesCps, double[] meanDwellS, long deadTimeNs) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] times = new long[photons];
        int[] cps = new int[16];
        int ncp = 0;
        int n = 0;
        int state = random.nextInt(ratesCps.length);
        double t = 0;
        long previous = Long.MIN_VALUE / 2;
        int previousState = -1;
        while (n < photons) {
            double end = t + exp(random) * meanDwellS[state] * 1e9;
            double rate = ratesCps[state] / 1e9;
            while (n < photons) {
                t += exp(random) / rate;
                if (t >= end) {
                    break;
                }
                long ns = (long) t;
                if (ns - previous < deadTimeNs) {
                    continue; // dead time
                }
                if (n > 0 && state != previousState) {
                    if (ncp == cps.length) {
                        cps = Arrays.copyOf(cps, ncp * 2);
                    }
                    cps[ncp++] = n;
                }
                previousState = state;
                times[n++] = ns;
                previous = ns;
            }
            t = end;
            int next = random.nextInt(ratesCps.length - 1);
            state = next >= state ? next + 1 : next;
        }
        return new BlinkingTrace(times, Arrays.copyOf(cps, ncp));
    }

    private static double exp(SplittableRandom random) {
        return -Math.log1p(-random.nextDouble());
    }
}
