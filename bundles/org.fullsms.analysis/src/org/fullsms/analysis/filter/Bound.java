package org.fullsms.analysis.filter;

/**
 * The original's numeric filters: a minimum or maximum of one feature, with the original's default value
 * (REFERENCE §7), the name of its column in the exported tables ({@code failed_*}, as the original's DataFrames)
 * and its key in session files. A level fails a minimum when its value is below it and a maximum when above it; a
 * value equal to the limit passes.
 */
public enum Bound {
    MIN_PHOTONS(Feature.PHOTONS, true, 100, "failed_photon_min", "minPhotons"),
    MIN_INTENSITY(Feature.INTENSITY, true, 0, "failed_int_min", "minIntensityCps"),
    MAX_INTENSITY(Feature.INTENSITY, false, 4000, "failed_int_max", "maxIntensityCps"),
    MIN_LIFETIME(Feature.LIFETIME, true, 0.1, "failed_tau_min", "minTauNs"),
    MAX_LIFETIME(Feature.LIFETIME, false, 5, "failed_tau_max", "maxTauNs"),
    MIN_CHI_SQUARED(Feature.CHI_SQUARED, true, 0.8, "failed_chisq_min", "minChiSquared"),
    MAX_CHI_SQUARED(Feature.CHI_SQUARED, false, 1.3, "failed_chisq_max", "maxChiSquared"),
    MIN_IRF_SHIFT(Feature.IRF_SHIFT, true, -1.5, "failed_irf_min", "minIrfShiftNs"),
    MAX_IRF_SHIFT(Feature.IRF_SHIFT, false, 1.5, "failed_irf_max", "maxIrfShiftNs");

    private final Feature feature;
    private final boolean minimum;
    private final double defaultValue;
    private final String column;
    private final String key;

    Bound(Feature feature, boolean minimum, double defaultValue, String column, String key) {
        this.feature = feature;
        this.minimum = minimum;
        this.defaultValue = defaultValue;
        this.column = column;
        this.key = key;
    }

    public Feature feature() {
        return feature;
    }

    public boolean isMinimum() {
        return minimum;
    }

    /** The original's value (the bound itself is off by default). */
    public double defaultValue() {
        return defaultValue;
    }

    /** The exported column that says a level failed this bound. */
    public String column() {
        return column;
    }

    /** The key of this bound in session files. */
    public String key() {
        return key;
    }

    /** Whether {@code value} fails the bound at {@code limit} (a value equal to the limit passes). */
    public boolean fails(double value, double limit) {
        return minimum ? value < limit : value > limit;
    }

    /** "Min Lifetime", for a control. */
    public String label() {
        return (minimum ? "Min " : "Max ") + feature.label();
    }
}
