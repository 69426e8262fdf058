package org.fullsms.analysis.filter;

import java.util.Locale;

/**
 * The ordinary least-squares line τ = slope·I (+ intercept) through (intensity, lifetime) points, as the original
 * fits it ({@code statsmodels} formula {@code tau ~ int + 0} with "Force Through Origin", the default, else
 * {@code tau ~ int}). Standard errors are statsmodels' {@code bse}, √(σ²·(XᵀX)⁻¹) with σ² = SSR/(n − p); R² is
 * statsmodels' {@code rsquared}: 1 − SSR/Σ(τ − τ̄)² with an intercept, and the <em>uncentred</em> 1 − SSR/Στ²
 * through the origin (which is why a line through the origin reports a high R² for points far from it).
 *
 * @param throughOrigin whether the intercept was held at 0
 * @param points        the points fitted (pairs with both values finite)
 * @param slope         ns per (counts/s)
 * @param slopeStd      its standard error (NaN with no degree of freedom left)
 * @param intercept     ns; 0 through the origin
 * @param interceptStd  its standard error; NaN through the origin
 * @param rSquared      as statsmodels defines it for the case
 */
public record TauIntensityRegression(boolean throughOrigin, int points, double slope, double slopeStd,
        double intercept, double interceptStd, double rSquared) {

    /**
     * Fits the line to the pairs whose intensity and lifetime are both finite.
     *
     * @throws IllegalArgumentException when the points do not determine a line: none (through the origin: none
     *                                  with a non-zero intensity), or fewer than two intensities that differ
     */
    public static TauIntensityRegression fit(double[] intensityCps, double[] tauNs, boolean throughOrigin) {
        if (intensityCps.length != tauNs.length) {
            throw new IllegalArgumentException(intensityCps.length + " intensities but " + tauNs.length + " lifetimes");
        }
        int n = 0;
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < intensityCps.length; i++) {
            if (Double.isFinite(intensityCps[i]) && Double.isFinite(tauNs[i])) {
                n++;
                sumX += intensityCps[i];
                sumY += tauNs[i];
            }
        }
        // centre on the means when there is an intercept (numerically kinder for intensities of 10^4 counts/s)
        double mx = throughOrigin || n == 0 ? 0 : sumX / n;
        double my = throughOrigin || n == 0 ? 0 : sumY / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < intensityCps.length; i++) {
            if (Double.isFinite(intensityCps[i]) && Double.isFinite(tauNs[i])) {
                double dx = intensityCps[i] - mx;
                double dy = tauNs[i] - my;
                sxx += dx * dx;
                sxy += dx * dy;
                syy += dy * dy;
            }
        }
        int parameters = throughOrigin ? 1 : 2;
        if (n < parameters || !(sxx > 0)) {
            throw new IllegalArgumentException(throughOrigin
                    ? "a line through the origin needs a level with a lifetime and a non-zero intensity (got " + n
                            + " levels)"
                    : "a line needs at least two levels with lifetimes and different intensities (got " + n
                            + " levels)");
        }
        double slope = sxy / sxx;
        double intercept = throughOrigin ? 0 : my - slope * mx;
        double ssr = 0; // summed directly: Syy − b·Sxy loses the digits of a close fit
        for (int i = 0; i < intensityCps.length; i++) {
            if (Double.isFinite(intensityCps[i]) && Double.isFinite(tauNs[i])) {
                double r = tauNs[i] - (slope * intensityCps[i] + intercept);
                ssr += r * r;
            }
        }
        int dof = n - parameters;
        double sigma2 = dof > 0 ? ssr / dof : Double.NaN;
        double slopeStd = Math.sqrt(sigma2 / sxx);
        double interceptStd = throughOrigin ? Double.NaN : Math.sqrt(sigma2 * (1.0 / n + mx * mx / sxx));
        // syy is the centred total with an intercept and the uncentred Στ² through the origin (mx = my = 0)
        double rSquared = syy > 0 ? 1 - ssr / syy : Double.NaN;
        return new TauIntensityRegression(throughOrigin, n, slope, slopeStd, intercept, interceptStd, rSquared);
    }

    /** The line's lifetime at an intensity (ns). */
    public double tauAt(double intensityCps) {
        return slope * intensityCps + intercept;
    }

    /**
     * The intensity the line gives a lifetime, I = (τ − intercept)/slope: the original's normalised intensity.
     *
     * @throws IllegalStateException when the line is flat (no intensity belongs to a lifetime)
     */
    public double intensityAt(double tauNs) {
        if (!(slope != 0) || !Double.isFinite(slope)) {
            throw new IllegalStateException("the τ–I line is flat (slope " + slope + "): it gives no intensity");
        }
        return (tauNs - intercept) / slope;
    }

    /**
     * The fit as text, in the original's form: "τ = (1.234e-04 ± 1.2e-06)·I + (0.512 ± 0.013) ns, R² = 0.912
     * (n = 57)"; through the origin without the intercept.
     */
    public String equation() {
        String s = String.format(Locale.ROOT, "τ = (%.3e ± %.1e) ns/(counts/s) · I", slope, slopeStd);
        if (!throughOrigin) {
            s += String.format(Locale.ROOT, " + (%.3f ± %.1e) ns", intercept, interceptStd);
        }
        return s + String.format(Locale.ROOT, ", R² = %.3f%s (n = %d)", rSquared, throughOrigin ? " (uncentred)" : "",
                points);
    }
}
