package org.fullsms.analysis.correlation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parity with the original: with the same pairs, our counts equal the original's raw delays (events.f64.gz)
 * histogrammed on our bins, for every reference case; exact (tolerance 0 counts).
 */
class CorrelationParityTest {

    private static final CorrelationAnalysis ENGINE = new CorrelationAnalysis();

    @ParameterizedTest
    @ValueSource(strings = { "ab01_pulsed_N1e4", "ab03_pulsed_N1e5", "ab04_pulsed_N3e5", "ab05_pulsed_N1e6",
            "ab07_pulsed_25ns_delay3_N1e5", "ab08_cw_N1e5", "ab10_pulsed_veryhighbg_N1e5",
            "ab12_pulsed_highrate_N3e5" })
    void countsEqualOriginalEventsOnOurBins(String id) throws IOException {
        ReferenceCase ref = ReferenceCase.load(id);
        double[] events = ref.originalEvents();
        assertEquals(ref.originalResult().get("num_events").getAsLong(), events.length, "events file complete");

        // The original's settings: window 500 ns, bin 0.5 ns, difftime 0.
        Correlogram correlogram = ENGINE.correlate(ref.photons(), CorrelationParameters.defaults());
        for (double bin : new double[] { 0.5, 1.0, 2.5 }) {
            CorrelationHistogram ours = correlogram.histogram(bin, 500);
            long[] theirs = histogram(events, ours.edgesNs());
            assertArrayEquals(theirs, ours.counts(), id + " at bin " + bin + " ns");
            // Our bins stop at ±(K + ½)·bin ≤ 500 ns; every original event outside them is accounted for.
            double edge = ours.edgesNs()[ours.size()];
            long outside = Arrays.stream(events).filter(t -> t < -edge || t >= edge).count();
            assertEquals(events.length, Arrays.stream(ours.counts()).sum() + outside, id + " events accounted for");
        }
        assertEquals(499.75, correlogram.coverageNs(), 0, "default coverage ±499.75 ns");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ab03_pulsed_N1e5", "ab07_pulsed_25ns_delay3_N1e5" })
    void difftimeShiftsChannelTwo(String id) throws IOException {
        ReferenceCase ref = ReferenceCase.load(id);
        double shift = -3; // a whole number of micro channels away from any bin edge problem: shifts are exact
        Correlogram shifted = ENGINE.correlate(ref.photons(), CorrelationParameters.of(500, 0.5, shift));
        double[] events = Arrays.stream(ref.originalEvents()).map(t -> t + shift).toArray();
        CorrelationHistogram ours = shifted.histogram(0.5, 450);
        assertArrayEquals(histogram(events, ours.edgesNs()), ours.counts(), id + " difftime −3 ns (exact)");
    }

    /** Our bins are exactly the asked width; the original's span [min, max] of the events (≈ 2× wider). */
    @ParameterizedTest
    @ValueSource(strings = { "ab05_pulsed_N1e6", "ab08_cw_N1e5" })
    void binWidthIsExactUnlikeOriginal(String id) throws IOException {
        ReferenceCase ref = ReferenceCase.load(id);
        CorrelationHistogram ours = ENGINE.correlate(ref.photons(), CorrelationParameters.defaults())
                .histogram(0.5, 500);
        for (int i = 0; i < ours.size(); i++) {
            assertEquals(0.5, ours.edgesNs()[i + 1] - ours.edgesNs()[i], 0, "bin width exact");
            assertEquals(ours.binCentresNs()[i], -ours.binCentresNs()[ours.size() - 1 - i], 0, "symmetric centres");
        }
        assertEquals(0, ours.binCentresNs()[ours.zeroIndex()], 0, "zero bin centred on 0");
        double theirs = ref.originalResult().get("effective_bin_width_ns").getAsDouble();
        assertTrue(theirs > 1.9 * 0.5, "original's effective bin " + theirs + " ns ≈ 2 × 0.5 ns");
    }

    /** Independent histogramming: bin i holds edges[i] ≤ τ < edges[i+1]. */
    static long[] histogram(double[] events, double[] edges) {
        long[] counts = new long[edges.length - 1];
        for (double t : events) {
            int i = Arrays.binarySearch(edges, t);
            int bin = i >= 0 ? i : -i - 2;
            if (bin >= 0 && bin < counts.length) {
                counts[bin]++;
            }
        }
        return counts;
    }
}
