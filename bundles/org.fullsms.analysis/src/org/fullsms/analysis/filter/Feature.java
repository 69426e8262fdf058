package org.fullsms.analysis.filter;

/** What a level is filtered and plotted by: the original's six features, with their units. */
public enum Feature {
    /** Photons of the level. */
    PHOTONS("Photon Number", ""),
    /** Photons per second of dwell. */
    INTENSITY("Intensity", "counts/s"),
    /** The amplitude-weighted mean lifetime Σa<sub>i</sub>τ<sub>i</sub>/Σa<sub>i</sub> (τ itself for one exponential). */
    LIFETIME("Lifetime", "ns"),
    /** Durbin–Watson d of the fit's residuals. */
    DW("DW", ""),
    /** Reduced χ² of the fit. */
    CHI_SQUARED("Chi-Squared", ""),
    /** Shift of the IRF in the fit. */
    IRF_SHIFT("IRF Shift", "ns");

    private final String label;
    private final String unit;

    Feature(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** The original's name, e.g. "Photon Number". */
    public String label() {
        return label;
    }

    /** The unit, or "" for a count or a pure number. */
    public String unit() {
        return unit;
    }

    /** An axis title: "Lifetime (ns)", "DW". */
    public String axisTitle() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    /** Whether the value comes from a lifetime fit (absent for a level without one). */
    public boolean fromFit() {
        return this != PHOTONS && this != INTENSITY;
    }

    @Override
    public String toString() {
        return label;
    }
}
