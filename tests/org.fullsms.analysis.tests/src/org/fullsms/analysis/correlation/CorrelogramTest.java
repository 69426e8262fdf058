package org.fullsms.analysis.correlation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/** Pair counting against brute force, re-binning, summing and bin geometry. Exact checks (tolerance 0). */
class CorrelogramTest {

    private static final CorrelationAnalysis ENGINE = new CorrelationAnalysis();

    @Test
    void twoPointerEqualsBruteForceIncludingUnsortedMicroTimes() {
        TwoChannelPhotons photons = random(5, 3000, 2900, 2e5);
        CorrelationParameters params = CorrelationParameters.of(60, 0.3, 1.7);
        Correlogram correlogram = ENGINE.correlate(photons, params);
        CorrelationHistogram ours = correlogram.histogram(0.3, 60);
        long[] brute = CorrelationParityTest.histogram(bruteForceDelays(photons, 1.7), ours.edgesNs());
        assertArrayEquals(brute, ours.counts(), "two-pointer vs all pairs");
        assertEquals(Arrays.stream(brute).sum(), correlogram.pairs(), "pair total");
    }

    @Test
    void rebinningEqualsCountingAtTheCoarserBin() {
        TwoChannelPhotons photons = random(6, 4000, 4000, 1e5);
        Correlogram fine = ENGINE.correlate(photons, CorrelationParameters.of(100, 0.5, 0));
        for (int factor : new int[] { 2, 3, 7 }) {
            double bin = 0.5 * factor;
            CorrelationHistogram direct = ENGINE.correlate(photons, CorrelationParameters.of(100, bin, 0))
                    .histogram(bin, 100);
            CorrelationHistogram rebinned = fine.histogram(bin, 100);
            assertArrayEquals(direct.binCentresNs(), rebinned.binCentresNs(), 0, "centres at ×" + factor);
            assertArrayEquals(direct.counts(), rebinned.counts(), "counts at ×" + factor);
        }
        CorrelationResult wider = ENGINE.evaluate(fine, CorrelationParameters.of(200, 1.0, 0).withFit(false));
        assertEquals(199, wider.counts().length, "clipped to the counted ±99.75 ns");
        assertTrue(wider.warnings().get(0).contains("wider than the counted"), wider.warnings().toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fine.histogram(0.75, 100));
        assertTrue(e.getMessage().contains("whole multiple"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> fine.histogram(500, 1000));
        assertTrue(e.getMessage().contains("wider than the counted window"), e.getMessage());
    }

    @Test
    void binsAreExactlyTheAskedWidthCentredOnZero() {
        Correlogram c = ENGINE.correlate(random(7, 100, 100, 1e4), CorrelationParameters.of(10, 0.3, 0));
        CorrelationHistogram h = c.histogram(0.3, 10);
        assertEquals(65, h.size(), "K = ⌊10/0.3 − ½⌋ = 32 bins each side");
        assertEquals(0, h.binCentresNs()[h.zeroIndex()], 0, "zero bin centre");
        assertEquals(-0.15, h.edgesNs()[h.zeroIndex()], 1e-15, "zero bin lower edge −bin/2");
        assertTrue(h.edgesNs()[h.size()] <= 10, "bins inside the window");
        for (int i = 0; i < h.size(); i++) {
            assertEquals(0.3, h.edgesNs()[i + 1] - h.edgesNs()[i], 1e-12, "width");
        }
    }

    @Test
    void summingParticlesAddsCountsAndExposure() {
        TwoChannelPhotons a = random(8, 2000, 2100, 5e4);
        TwoChannelPhotons b = random(9, 1500, 1400, 3e4);
        CorrelationParameters params = CorrelationParameters.of(50, 0.5, 0).withFit(false);
        Correlogram sum = ENGINE.correlate(List.of(a, b), params, new NullProgressMonitor());
        Correlogram ca = ENGINE.correlate(a, params);
        Correlogram cb = ENGINE.correlate(b, params);
        long[] expected = ca.baseCounts();
        for (int i = 0; i < expected.length; i++) {
            expected[i] += cb.baseCounts()[i];
        }
        assertArrayEquals(expected, sum.baseCounts(), "summed counts");
        assertEquals(2, sum.exposure().particles());
        assertEquals(3500, sum.exposure().photons1());
        assertEquals(ca.exposure().pairRate() + cb.exposure().pairRate(), sum.exposure().pairRate(), 1e-12,
                "Σ N1N2/T");
        // The same particle twice: twice the counts and twice the uncorrelated level, the same g².
        CorrelationResult one = ENGINE.run(a, params, null);
        CorrelationResult twice = ENGINE.run(List.of(a, a), params, null);
        assertArrayEquals(one.g2(), twice.g2(), 1e-12, "g² of a doubled particle");
        assertThrows(IllegalArgumentException.class,
                () -> ca.plus(ENGINE.correlate(a, CorrelationParameters.of(50, 1.0, 0))));
    }

    @Test
    void uncorrelatedStreamsGiveGTwoOfOne() {
        // Independent uniform streams: g² = 1 on average; 1999 bins of ~2500 pairs → mean within ±0.002 (3σ).
        TwoChannelPhotons photons = random(10, 100_000, 100_000, 4e6);
        CorrelationResult r = ENGINE.run(photons, CorrelationParameters.defaults().withFit(false), null);
        double mean = Arrays.stream(r.g2()).average().orElseThrow();
        assertEquals(1, mean, 0.002, "mean g² of uncorrelated streams");
        assertEquals(r.counts().length, r.binCentresNs().length);
    }

    @Test
    void cancelStopsBetweenParticles() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        TwoChannelPhotons a = random(11, 100, 100, 1e4);
        assertThrows(OperationCanceledException.class,
                () -> ENGINE.run(List.of(a, a), CorrelationParameters.defaults(), monitor));
    }

    /** Uniform random photons in [0, durationNs); micro times up to 40 ns so abs + micro is often unsorted. */
    static TwoChannelPhotons random(long seed, int n1, int n2, double durationNs) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] abs1 = sortedAbs(random, n1, durationNs);
        long[] abs2 = sortedAbs(random, n2, durationNs);
        double[] micro1 = random.doubles(n1, 0, 40).toArray();
        double[] micro2 = random.doubles(n2, 0, 40).toArray();
        return new TwoChannelPhotons("random", abs1, micro1, abs2, micro2, durationNs + 40);
    }

    private static long[] sortedAbs(SplittableRandom random, int n, double durationNs) {
        long[] abs = random.longs(n, 1_000_000_000L, 1_000_000_000L + (long) durationNs).toArray();
        Arrays.sort(abs);
        return abs;
    }

    /** Every channel-1/channel-2 pair: τ = (abs2 + micro2 + difftime) − (abs1 + micro1), origin-relative. */
    private static double[] bruteForceDelays(TwoChannelPhotons p, double difftime) {
        long origin = Math.min(p.abs1()[0], p.abs2()[0]);
        double[] all = new double[p.count1() * p.count2()];
        int k = 0;
        for (int i = 0; i < p.count1(); i++) {
            double t1 = (double) (p.abs1()[i] - origin) + p.micro1()[i];
            for (int j = 0; j < p.count2(); j++) {
                all[k++] = ((double) (p.abs2()[j] - origin) + p.micro2()[j] + difftime) - t1;
            }
        }
        return all;
    }
}
