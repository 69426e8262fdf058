package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FitRangeTest {

    private static final LifetimeSettings DEFAULTS = LifetimeSettings.defaults();

    @Test
    void movingAverageIsCentredLikeNumpySame() {
        double[] x = { 1, 2, 3, 4, 5, 6 };
        // window 4: value k averages k−2 … k+1, zeros outside
        assertArrayEquals(new double[] { 0.75, 1.5, 2.5, 3.5, 4.5, 3.75 }, FitRange.movingAverage(x, 4), 1e-12);
        assertArrayEquals(new double[] { 1, 2, 3, 4, 5, 6 }, FitRange.movingAverage(x, 1), 1e-12);
    }

    @Test
    void manualWindowDefaultsFollowTheOriginal() {
        double[] counts = new double[200];
        counts[50] = 100;
        FitRange ls = FitRange.find(counts, 0.01, 0, StartMode.MANUAL, 0, false, -1, false, DEFAULTS);
        FitRange ml = FitRange.find(counts, 0.01, 0, StartMode.MANUAL, 0, false, -1, true, DEFAULTS);
        assertEquals(199, ls.end()); // least squares leaves out the last channel
        assertEquals(200, ml.end());
        FitRange shortWindow = FitRange.find(counts, 0.01, 0, StartMode.MANUAL, 100, false, 110, false, DEFAULTS);
        assertEquals(150, shortWindow.end()); // minimum window 0.5 ns = 50 channels
    }

    @Test
    void durbinWatsonStatisticAndBounds() {
        assertEquals(4.0 * 3 / 4, DurbinWatson.statistic(new double[] { 1, -1, 1, -1 }), 1e-12);
        assertEquals(0, DurbinWatson.statistic(new double[] { 2, 2, 2 }), 1e-12);
        // n = 1165, 2 exponentials: the original's [1.895, 1.857, 1.824, 1.808] (lt12, auto max)
        assertArrayEquals(new double[] { 1.895, 1.857, 1.824, 1.808 }, DurbinWatson.bounds(1165, 2), 1e-12);
    }
}
