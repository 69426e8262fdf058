package org.fullsms.analysis.roi;

/**
 * Settings of the automatic ROI.
 *
 * @param brightQuantile  dwell-weighted quantile of level intensities taken as the particle's bright intensity
 * @param darkFraction    levels at or below this fraction of the bright intensity are dark
 * @param minDarkS        shortest dark tail that is trimmed (seconds)
 * @param blinkFactor     the dark tail must also last this many times the longest dark run before it, so that
 *                        a blink (off period) at the end of a trace is not mistaken for bleaching
 */
public record AutoRoiParameters(double brightQuantile, double darkFraction, double minDarkS, double blinkFactor) {

    public static final AutoRoiParameters DEFAULTS = new AutoRoiParameters(0.9, 0.25, 1.0, 2.0);

    public AutoRoiParameters {
        if (!(brightQuantile > 0 && brightQuantile <= 1)) {
            throw new IllegalArgumentException("bright quantile must be in (0, 1], got " + brightQuantile);
        }
        if (!(darkFraction > 0 && darkFraction < 1)) {
            throw new IllegalArgumentException("dark fraction must be in (0, 1), got " + darkFraction);
        }
        if (!(minDarkS >= 0) || !Double.isFinite(minDarkS)) {
            throw new IllegalArgumentException("minimum dark time must be >= 0, got " + minDarkS + " s");
        }
        if (!(blinkFactor >= 0) || !Double.isFinite(blinkFactor)) {
            throw new IllegalArgumentException("blink factor must be >= 0, got " + blinkFactor);
        }
    }
}
