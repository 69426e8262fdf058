package org.fullsms.analysis.lifetime;

/**
 * The exponential components reconvolved with the (shifted) IRF, and their derivatives, on channels
 * {@code [0, end)}. Component i is the linear convolution IRF ⊛ e<sup>−k·w/τ<sub>i</sub></sup> of the original,
 * evaluated exactly by the recursion c[k] = q·c[k−1] + irf[k] with q = e<sup>−w/τ</sup> (O(n) instead of the
 * O(n²) direct or O(n log n) FFT convolution; see {@link Convolution}). The derivative by τ follows from
 * g[k] = q·(g[k−1] + c[k−1]), ∂c/∂τ = g·w/τ².
 *
 * <p>The IRF shift s (channels, positive = later) is the original's circular shift with linear interpolation:
 * irf<sub>s</sub>[t] = (1−f)·irf[t−⌊s⌋] + f·irf[t−⌊s⌋−1], f = s − ⌊s⌋, whose derivative by s is
 * irf[t−⌊s⌋−1] − irf[t−⌊s⌋] (the right derivative at whole channels, so a fit can leave s = 0).
 *
 * <p>Holds buffers: one instance per fit (not thread-safe).
 */
final class ReconvolutionModel {

    final int numExp;
    final int end;
    private final double width;
    private final boolean simulated;
    private final double centre;
    private final int length;
    private final double[] base;
    private final double[] baseFwhm;
    private final double[] shifted;
    private final double[] shiftedDs;
    private final double[] shiftedDf;
    /** c[i][k]: unit-amplitude component i. */
    final double[][] component;
    /** ∂c/∂τ (per ns). */
    final double[][] dTau;
    /** ∂c/∂shift (per channel). */
    final double[][] dShift;
    /** ∂c/∂FWHM (per channel), only with a simulated IRF. */
    final double[][] dFwhm;

    /**
     * @param irf        prepared measured IRF (full length, used circularly), or null when simulated
     * @param length     number of channels of the decay (the circular length of the IRF)
     * @param centre     centre channel of a simulated IRF
     * @param end        channels computed: [0, end)
     * @param width      channel width in ns
     */
    ReconvolutionModel(int numExp, double[] irf, int length, double centre, int end, double width) {
        this.numExp = numExp;
        this.end = end;
        this.width = width;
        this.simulated = irf == null;
        this.centre = centre;
        this.length = length;
        this.base = simulated ? new double[length] : irf;
        this.baseFwhm = simulated ? new double[length] : null;
        this.shifted = new double[end];
        this.shiftedDs = new double[end];
        this.shiftedDf = simulated ? new double[end] : null;
        this.component = new double[numExp][end];
        this.dTau = new double[numExp][end];
        this.dShift = new double[numExp][end];
        this.dFwhm = simulated ? new double[numExp][end] : null;
    }

    boolean simulated() {
        return simulated;
    }

    /** Computes components (and derivatives when {@code derivatives}) for lifetimes τ (ns), shift, FWHM (channels). */
    void compute(double[] tau, double shift, double fwhm, boolean derivatives) {
        if (simulated) {
            Irf.gaussianInto(base, centre, fwhm, derivatives ? baseFwhm : null);
        }
        shift(shift, derivatives);
        for (int i = 0; i < numExp; i++) {
            recurse(i, tau[i], derivatives);
        }
    }

    private void shift(double s, boolean derivatives) {
        double floor = Math.floor(s);
        double f = s - floor;
        int whole = (int) floor;
        // shifted[t] reads base[t − whole] and base[t − whole − 1], circularly: the channels are cut where either
        // index wraps, so that each piece is a plain loop over consecutive channels
        int t = 0;
        while (t < end) {
            int left = Math.floorMod(t - whole, length);
            int right = Math.floorMod(t - whole - 1, length);
            int run = Math.min(end - t, Math.min(length - left, length - right));
            interpolate(base, left, right, f, shifted, t, run);
            if (derivatives) {
                for (int k = 0; k < run; k++) {
                    shiftedDs[t + k] = base[right + k] - base[left + k];
                }
                if (simulated) {
                    interpolate(baseFwhm, left, right, f, shiftedDf, t, run);
                }
            }
            t += run;
        }
    }

    /** out[to + k] = (1 − f)·values[left + k] + f·values[right + k] for k &lt; run. */
    private static void interpolate(double[] values, int left, int right, double f, double[] out, int to, int run) {
        for (int k = 0; k < run; k++) {
            out[to + k] = (1 - f) * values[left + k] + f * values[right + k];
        }
    }

    private void recurse(int i, double tau, boolean derivatives) {
        double q = Math.exp(-width / tau);
        double[] c = component[i];
        if (!derivatives) {
            double prev = 0;
            for (int k = 0; k < end; k++) {
                prev = q * prev + shifted[k];
                c[k] = prev;
            }
            return;
        }
        double[] dt = dTau[i];
        double[] ds = dShift[i];
        double[] df = simulated ? dFwhm[i] : null;
        double factor = width / (tau * tau);
        double cPrev = 0;
        double gPrev = 0;
        double sPrev = 0;
        double fPrev = 0;
        for (int k = 0; k < end; k++) {
            double g = q * (gPrev + cPrev);
            cPrev = q * cPrev + shifted[k];
            sPrev = q * sPrev + shiftedDs[k];
            c[k] = cPrev;
            dt[k] = factor * g;
            ds[k] = sPrev;
            gPrev = g;
            if (df != null) {
                fPrev = q * fPrev + shiftedDf[k];
                df[k] = fPrev;
            }
        }
    }
}
