package org.fullsms.runtime.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Bins against numpy.histogram worked out by hand. */
class FeatureHistogramTest {

    @Test
    void chosenBinsSpanMinToMaxWithTheLastBinClosed() {
        // np.histogram([1, 2, 2, 3, 4, 5], 4): edges 1, 2, 3, 4, 5; counts 1, 2, 1, 2
        FeatureHistogram h = FeatureHistogram.of(new double[] { 1, 2, 2, 3, 4, 5, Double.NaN }, 4);
        assertArrayEquals(new double[] { 1, 2, 3, 4, 5 }, h.edges(), 1e-12);
        assertArrayEquals(new double[] { 1, 2, 1, 2 }, h.counts());
        assertArrayEquals(new double[] { 0, 1, 0, 1 }, h.countsOf(new double[] { 2.5, 5, 7, Double.NaN }),
                "a subset on the same bins; values outside them left out");
    }

    @Test
    void autoTakesTheNarrowerOfSturgesAndFreedmanDiaconis() {
        // 0..99: range 99; Sturges width 99/(log2(100) + 1) = 13.0 → FD: IQR 49.5, 2·49.5·100^(-1/3) = 21.3;
        // the narrower is Sturges: ceil(99/13.0) = 8 bins, as np.histogram_bin_edges(range(100), "auto")
        double[] v = new double[100];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        assertEquals(8, FeatureHistogram.of(v, 0).bins());
        // 1000 values clustered with outliers: FD is narrower
        double[] w = new double[1000];
        for (int i = 0; i < w.length; i++) {
            w[i] = i < 990 ? i / 990.0 : 100 + i;
        }
        FeatureHistogram fd = FeatureHistogram.of(w, 0);
        double iqr = FeatureHistogram.quantile(java.util.Arrays.stream(w).sorted().toArray(), 0.75)
                - FeatureHistogram.quantile(java.util.Arrays.stream(w).sorted().toArray(), 0.25);
        assertEquals((int) Math.min(1000, Math.ceil(1099 / (2 * iqr * Math.pow(1000, -1.0 / 3)))), fd.bins());
        assertEquals(1000, fd.bins(), "capped at the original's 1000");
    }

    @Test
    void oneValueGetsAUnitRangeAndNoValueNoBins() {
        FeatureHistogram one = FeatureHistogram.of(new double[] { 3, 3 }, 5);
        assertEquals(2.5, one.edges()[0]);
        assertEquals(3.5, one.edges()[5]);
        assertEquals(2, one.counts()[2]);
        assertEquals(0, FeatureHistogram.of(new double[] { Double.NaN }, 0).bins());
    }
}
