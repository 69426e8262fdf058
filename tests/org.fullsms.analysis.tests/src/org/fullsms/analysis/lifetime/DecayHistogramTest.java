package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DecayHistogramTest {

    @Test
    void binsFollowTheOriginalsChannelRules() {
        // tMin 0 → the channel starting at t = 0 is removed; tMax 25 → edges 0, 1, …, 24 (arange excludes 25)
        double[] micro = { 0.0, 0.5, 1.0, 1.2, 3.99, 23.5, 24.0, 24.7 };
        HistogramBinning binning = new HistogramBinning(1.0, 0.0, 25.0);
        DecayHistogram h = DecayHistogram.build(micro, 0, micro.length, binning);
        // bins [0,1) removed; [1,2) has 1.0, 1.2; [3,4) has 3.99; last bin [23,24] closed takes 23.5 and 24.0;
        // 24.7 lies beyond the last edge and is dropped
        assertEquals(23, h.length());
        assertEquals(2, h.counts()[0]);
        assertEquals(1, h.counts()[2]);
        assertEquals(2, h.counts()[22]);
        assertEquals(5, h.total());
        assertEquals(1.0, h.offsetNs());
    }

    @Test
    void rangesSelectPhotonSubsets() {
        double[] micro = { 1.5, 2.5, 2.6, 3.5, 1.1 };
        HistogramBinning binning = new HistogramBinning(1.0, -0.5, 25.0);
        DecayHistogram all = DecayHistogram.build(micro, 0, micro.length, binning);
        DecayHistogram group = DecayHistogram.build(micro, new int[] { 0, 3 }, new int[] { 1, 5 }, binning);
        // negative tMin: bins with left edge ≤ 0 (−0.5) removed; channel 0 = [0.5, 1.5)
        assertEquals(0.5, all.offsetNs(), 1e-12);
        assertEquals(5, all.total());
        assertArrayEquals(new double[] { 1, 1, 0, 1 }, java.util.Arrays.copyOf(group.counts(), 4));
        assertThrows(IllegalArgumentException.class,
                () -> DecayHistogram.build(micro, 0, micro.length + 1, binning));
    }

    @Test
    void datasetBinningUsesGlobalMinimumAndAtLeast25Ns() {
        HistogramBinning b = HistogramBinning.forMicroTimes(0.1, new double[] { 3, 4 }, new double[] { 2.5, 30 });
        assertEquals(2.5, b.tMinNs());
        assertEquals(30, b.tMaxNs());
        assertEquals(25, HistogramBinning.forMicroTimes(0.1, new double[] { 1, 2 }).tMaxNs());
    }

    @Test
    void zeroRunStartIsAfterTheLastEmptyRunBeforeThePeak() {
        double[] counts = new double[40];
        counts[2] = 1; // stray count before a run of 12 zeros
        for (int k = 15; k < 40; k++) {
            counts[k] = 40 - Math.abs(k - 20) * 2;
        }
        assertEquals(15, DecayHistogram.of(0.1, counts).zeroRunStartChannel());
    }
}
