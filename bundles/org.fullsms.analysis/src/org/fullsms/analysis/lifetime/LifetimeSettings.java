package org.fullsms.analysis.lifetime;

/**
 * The "lifetimes" block of the original's settings (REFERENCE §3.6): how the automatic fit range and the decay
 * background are found.
 *
 * @param useMovingAverage         smooth the decay with a moving average before finding the range
 * @param movingAverageWindow      window in channels (at most 10 % of the channels are used)
 * @param startPercent             "(Close to) max" start: first channel above this % of the maximum
 * @param endMultiple              automatic end: last channel above this multiple of the background…
 * @param endPercent               …or above this % of the maximum, whichever is higher
 * @param minimumDecayWindowNs     shortest fit window in ns
 * @param backgroundPercent        the decay background estimate is capped at this % of the maximum
 */
public record LifetimeSettings(boolean useMovingAverage, int movingAverageWindow, double startPercent,
        double endMultiple, double endPercent, double minimumDecayWindowNs, double backgroundPercent) {

    public LifetimeSettings {
        if (movingAverageWindow < 1) {
            throw new IllegalArgumentException("moving-average window must be >= 1, got " + movingAverageWindow);
        }
        if (!(startPercent > 0 && startPercent <= 100) || !(endPercent >= 0 && endPercent <= 100)
                || !(backgroundPercent >= 0 && backgroundPercent <= 100)) {
            throw new IllegalArgumentException("percentages must lie in 0..100");
        }
        if (!(endMultiple >= 0) || !(minimumDecayWindowNs >= 0)) {
            throw new IllegalArgumentException("end multiple and minimum window must be >= 0");
        }
    }

    /** The original's defaults: moving average 10, start 80 %, end 20 × bg or 1 %, window 0.5 ns, bg 5 %. */
    public static LifetimeSettings defaults() {
        return new LifetimeSettings(true, 10, 80, 20, 1, 0.5, 5);
    }
}
