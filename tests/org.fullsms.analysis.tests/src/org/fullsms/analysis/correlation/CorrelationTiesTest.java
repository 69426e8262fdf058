package org.fullsms.analysis.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Tied absolute times (a coarse macro clock) are counted like any others; a decrease is an error. */
class CorrelationTiesTest {

    private static final CorrelationAnalysis ENGINE = new CorrelationAnalysis();

    /** Both channels floored to 25 ns so that many photons tie; the pair count equals a brute-force count. */
    @Test
    void tiedTimesGiveEveryPair() {
        long[] abs1 = ticks(1, 4000);
        long[] abs2 = ticks(2, 4000);
        double[] micro1 = micro(3, abs1.length);
        double[] micro2 = micro(4, abs2.length);
        assertTrue(ties(abs1) > 100 && ties(abs2) > 100, "the data must have ties");
        CorrelationParameters params = CorrelationParameters.of(500, 0.5, 0);
        Correlogram c = ENGINE.correlate(TwoChannelPhotons.of("p", abs1, micro1, abs2, micro2), params);
        long expected = 0;
        double half = c.coverageNs();
        long origin = Math.min(abs1[0], abs2[0]);
        for (int i = 0; i < abs1.length; i++) {
            for (int j = 0; j < abs2.length; j++) {
                // same arithmetic as the engine: times relative to the first photon, then the difference
                double tau = ((double) (abs2[j] - origin) + micro2[j]) - ((double) (abs1[i] - origin) + micro1[i]);
                expected += tau >= -half && tau < half ? 1 : 0;
            }
        }
        assertTrue(expected > 0);
        assertEquals(expected, c.pairs());
    }

    @Test
    void decreasingAbsoluteTimesNameThePhoton() {
        long[] abs = {10, 20, 20, 15};
        double[] micro = new double[4];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ENGINE.correlate(
                TwoChannelPhotons.of("Particle 7", abs, micro, new long[] {10, 20}, new double[2]),
                CorrelationParameters.defaults()));
        assertTrue(e.getMessage().contains("Particle 7") && e.getMessage().contains("photon 3")
                && e.getMessage().contains("channel 1"), e.getMessage());
    }

    /** Poisson photons at 5 MHz floored to 25 ns ticks (so about 6 % share a tick with the one before). */
    private static long[] ticks(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] out = new long[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += -Math.log1p(-random.nextDouble()) * 200;
            out[i] = (long) (t / 25) * 25;
        }
        return out;
    }

    private static double[] micro(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextDouble() * 25;
        }
        return out;
    }

    private static int ties(long[] t) {
        int n = 0;
        for (int i = 1; i < t.length; i++) {
            n += t[i] == t[i - 1] ? 1 : 0;
        }
        return n;
    }
}
