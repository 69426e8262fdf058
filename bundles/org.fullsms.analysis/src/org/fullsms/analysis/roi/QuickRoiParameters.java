package org.fullsms.analysis.roi;

/**
 * Quick ROI thresholds (the original's dialog defaults: 5 s, 400 cps).
 *
 * @param minDwellS       shortest dim tail that is trimmed (original range 0.1–10000 s)
 * @param minIntensityCps levels at or below this are dim (original range 10–1e9 cps)
 */
public record QuickRoiParameters(double minDwellS, double minIntensityCps) {

    public static final QuickRoiParameters DEFAULTS = new QuickRoiParameters(5, 400);

    public QuickRoiParameters {
        if (!(minDwellS > 0) || !Double.isFinite(minDwellS)) {
            throw new IllegalArgumentException("Quick ROI minimum time must be positive, got " + minDwellS + " s");
        }
        if (!(minIntensityCps > 0) || !Double.isFinite(minIntensityCps)) {
            throw new IllegalArgumentException("Quick ROI intensity threshold must be positive, got "
                    + minIntensityCps + " cps");
        }
    }
}
