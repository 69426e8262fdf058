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

    /**
     * A decay whose background estimate is the threshold's own maximum (20 × 5 % of it): nothing lies above the
     * threshold, and the original's end 0.5 ns after the start would come before the peak from a manual start at
     * channel 0, so the window keeps the default end; from its automatic starts the original's end stays.
     */
    @Test
    void automaticEndFindingNoDecayKeepsTheDefaultEndFromAManualStartBeforeThePeak() {
        double[] counts = new double[400];
        for (int k = 200; k < 260; k++) {
            counts[k] = 20;
        }
        double background = 0.05 * 20; // capped at 5 % of the maximum: the threshold 20 × background is the maximum
        FitRange manual = FitRange.find(counts, 0.01, background, StartMode.MANUAL, 0, true, -1, false, DEFAULTS);
        assertEquals(new FitRange(0, 399), manual);
        FitRange closeToMax = FitRange.find(counts, 0.01, background, StartMode.CLOSE_TO_MAX, 0, true, -1, false,
                DEFAULTS);
        // 0.5 ns = 50 channels after the start, plus half the moving-average window, as the original
        assertEquals(closeToMax.start() + 50 + 5, closeToMax.end());
    }

    @Test
    void durbinWatsonStatisticAndBounds() {
        assertEquals(4.0 * 3 / 4, DurbinWatson.statistic(new double[] { 1, -1, 1, -1 }), 1e-12);
        assertEquals(0, DurbinWatson.statistic(new double[] { 2, 2, 2 }), 1e-12);
        // n = 1165, 2 exponentials: the original's [1.895, 1.857, 1.824, 1.808] (lt12, auto max)
        assertArrayEquals(new double[] { 1.895, 1.857, 1.824, 1.808 }, DurbinWatson.bounds(1165, 2), 1e-12);
    }
}
