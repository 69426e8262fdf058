package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.fullsms.model.MicroTimes;
import org.junit.jupiter.api.Test;

class DecayHistogramTest {

    /** The width of the original's 2048 channels in 25 ns (not a power of two: k × w is rounded). */
    private static final double W = 0.01220703125;

    @Test
    void channelsAreCountedByNumberOnTheDatasetGrid() {
        MicroTimes micro = MicroTimes.quantise(new double[] { 0.0, 0.5, 1.0, 1.0, 4.0, 23.0, 24.0, 30.0 }, 0.5);
        HistogramBinning binning = new HistogramBinning(0.5, 1.0, 25.0);
        DecayHistogram h = DecayHistogram.build(micro, 0, micro.size(), binning);
        // channels 2 (1.0 ns) … 49 (24.5 ns); 0.0 and 0.5 lie before, 30.0 after the grid
        assertEquals(48, h.length());
        assertEquals(1.0, h.offsetNs());
        assertEquals(2, h.counts()[0]);
        assertEquals(1, h.counts()[6]);
        assertEquals(1, h.counts()[46]);
        assertEquals(5, h.total());
    }

    @Test
    void rangesSelectPhotonSubsets() {
        MicroTimes micro = MicroTimes.quantise(new double[] { 1.5, 2.5, 2.5, 3.5, 1.5 }, 1.0);
        HistogramBinning binning = new HistogramBinning(1.0, 1.0, 25.0);
        DecayHistogram all = DecayHistogram.build(micro, 0, micro.size(), binning);
        DecayHistogram group = DecayHistogram.build(micro, new int[] { 0, 3 }, new int[] { 1, 5 }, binning);
        assertEquals(1.0, all.offsetNs(), 1e-12); // channel 1 … 24: up to 25 ns
        assertEquals(24, all.length());
        assertEquals(5, all.total());
        assertArrayEquals(new double[] { 2, 0, 1, 0 }, java.util.Arrays.copyOf(group.counts(), 4));
        assertThrows(IllegalArgumentException.class, () -> DecayHistogram.build(micro, 0, micro.size() + 1, binning));
    }

    @Test
    void datasetGridSpansChannelZeroToAtLeast25Ns() {
        HistogramBinning b = HistogramBinning.ofChannels(0.1, 300);
        assertEquals(0, b.firstChannel());
        assertEquals(301, b.endChannel());
        assertEquals(250, HistogramBinning.ofChannels(0.1, 20).endChannel());
        assertEquals(2048, HistogramBinning.ofChannels(W, 100).endChannel());
    }

    /**
     * Micro times as instruments write them: k × w rounded to double, 10 significant digits, or a hair (1e-9 ns)
     * below or above the edge — each photon must land in channel k. Binning such floats by division combed the
     * decay (an empty channel every few channels).
     */
    @Test
    void valuesNearChannelEdgesNeverComb() {
        Random random = new Random(5);
        int n = 100_000;
        int[] truth = new int[n];
        double[][] writings = new double[4][n];
        for (int i = 0; i < n; i++) {
            truth[i] = 100 + (int) (-600 * Math.log(1 - random.nextDouble())) % 3900;
            double exact = truth[i] * W;
            writings[0][i] = exact;
            writings[1][i] = new BigDecimal(exact).round(new MathContext(10)).doubleValue();
            writings[2][i] = exact - 1e-9;
            writings[3][i] = (truth[i] + 0.5) * W; // channel centres
        }
        for (double[] written : writings) {
            MicroTimes micro = MicroTimes.quantise(written);
            assertTrue(micro.isQuantised(), micro.note().orElse(""));
            assertEquals(W, micro.widthNs(), W * 1e-9);
            DecayHistogram h = DecayHistogram.build(micro, 0, n, HistogramBinning.ofChannels(W, 3999));
            double[] expected = new double[h.length()];
            for (int t : truth) {
                expected[t]++;
            }
            assertArrayEquals(expected, h.counts());
        }
    }

    @Test
    void valuesOffTheLatticeAreKeptAsFloatsAndSaySo() {
        Random random = new Random(3);
        double[] continuous = new double[1000];
        for (int i = 0; i < continuous.length; i++) {
            continuous[i] = 25 * random.nextDouble();
        }
        MicroTimes micro = MicroTimes.quantise(continuous, W);
        assertFalse(micro.isQuantised());
        assertTrue(micro.note().orElseThrow().contains("kept as floats"), micro.note().toString());
        assertEquals(continuous[7], micro.ns(7));
        assertEquals((int) Math.floor(continuous[7] / W), micro.channel(7));
        assertEquals(8000, micro.bytes());
    }

    @Test
    void channelsTakeTwoBytesAndNaNHasNoChannel() {
        MicroTimes micro = MicroTimes.quantise(new double[] { 0, 2 * W, Double.NaN, 4095 * W }, W);
        assertTrue(micro.isQuantised());
        assertEquals(8, micro.bytes());
        assertEquals(2, micro.channel(1));
        assertEquals(MicroTimes.NO_CHANNEL, micro.channel(2));
        assertTrue(Double.isNaN(micro.ns(2)));
        assertEquals(4095 * W, micro.ns(3)); // written back bit for bit
    }

    @Test
    void edgeRuleIsTheSameForFloatsAndChannels() {
        assertEquals(3, MicroTimes.channelOf(3 * W - 1e-9, W));
        assertEquals(3, MicroTimes.channelOf(3.5 * W, W));
        assertEquals(2, MicroTimes.channelOf(3 * W - 0.01 * W, W));
        assertEquals(MicroTimes.NO_CHANNEL, MicroTimes.channelOf(-W, W));
        assertEquals(MicroTimes.NO_CHANNEL, MicroTimes.channelOf(Double.NaN, W));
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
