package org.fullsms.analysis.correlation;

/**
 * Result of fitting the normalised g²(τ) (see {@code docs/correlation.md}). Errors are one standard
 * deviation from the Poisson likelihood (sandwich covariance of the weighted least-squares solution).
 * A failed fit has {@code converged == false}, a message, and NaN values.
 *
 * @param model        {@link #CW} (continuous wave) or {@link #PULSED}
 * @param g0           g²(0): depth of the dip (cw) or centre-peak height relative to the side peaks (pulsed)
 * @param g0Err        its standard error
 * @param tauNs        τ_a, the antibunching time (cw), or the peak decay time (pulsed, ≈ the lifetime)
 * @param tauErrNs     its standard error
 * @param amplitude    cw: the plateau g²(|τ| ≫ τ_a); pulsed: the side-peak height above the floor
 * @param amplitudeErr its standard error
 * @param floor        pulsed: the flat level between peaks; cw: 0 (not a parameter)
 * @param floorErr     its standard error (0 for cw)
 * @param chi2Reduced  Pearson χ² / (bins − parameters)
 * @param converged    whether the fit converged
 * @param message      "ok" or why the fit failed
 */
public record G2Fit(String model, double g0, double g0Err, double tauNs, double tauErrNs, double amplitude,
        double amplitudeErr, double floor, double floorErr, double chi2Reduced, boolean converged, String message) {

    /** Continuous wave: g²(τ) = A·(1 − (1 − g0)·exp(−|τ|/τ_a)). */
    public static final String CW = "cw";

    /** Pulsed: g²(τ) = c + A·Σ_k w_k·exp(−|τ − kP|/τ), w_0 = g0, w_k = 1 otherwise. */
    public static final String PULSED = "pulsed";

    /**
     * The fitted g² averaged over each bin {@code [edges[i], edges[i+1])}, as the fit compared it with the data: for
     * the screen and the exported figure alike. Empty when the fit did not converge.
     *
     * @param periodNs the laser period (pulsed model only)
     */
    public double[] binMeans(double[] edges, double periodNs) {
        if (!converged || edges.length < 2) {
            return new double[0];
        }
        G2Model m = PULSED.equals(model) ? new PulseTrainModel(periodNs, 0, Double.MAX_VALUE)
                : new CwDipModel(0, Double.MAX_VALUE);
        double[] theta = new double[m.parameterCount()];
        theta[G2Model.AMPLITUDE] = amplitude;
        theta[G2Model.G0] = g0;
        theta[G2Model.TAU] = tauNs;
        if (m instanceof PulseTrainModel) {
            theta[PulseTrainModel.FLOOR] = floor;
        }
        double[] g = new double[edges.length - 1];
        m.evaluate(theta, edges, g, new double[g.length][m.parameterCount()]);
        return g;
    }

    static G2Fit failed(String model, String message) {
        double nan = Double.NaN;
        return new G2Fit(model, nan, nan, nan, nan, nan, nan, nan, nan, nan, false, message);
    }
}
