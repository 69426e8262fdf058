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

    /** Computes the components for lifetimes τ (ns), shift and FWHM (channels). */
    void compute(double[] tau, double shift, double fwhm) {
        if (simulated) {
            Irf.gaussianInto(base, centre, fwhm);
        }
        shift(base, shift, shifted);
        int i = 0;
        for (; i + 1 < numExp; i += 2) {
            recursePair(i, tau[i], tau[i + 1]);
        }
        if (i < numExp) {
            recurse(i, tau[i]);
        }
    }

    /**
     * Computes the derivatives of the components at the parameters of the last {@link #compute}, from the
     * components and the IRF it left (the same numbers as computing both at once, bit for bit).
     */
    void computeDerivatives(double[] tau, double shift, double fwhm) {
        if (simulated) {
            Irf.gaussianFwhmDerivative(base, centre, fwhm, baseFwhm);
            shift(baseFwhm, shift, shiftedDf);
        }
        shiftDerivative(shift);
        int i = 0;
        for (; i + 1 < numExp; i += 2) {
            derivativesPair(i, tau[i], tau[i + 1]);
        }
        if (i < numExp) {
            derivatives(i, tau[i]);
        }
    }

    /**
     * out[t] = values shifted by s channels, circularly: (1 − f)·values[t − ⌊s⌋] + f·values[t − ⌊s⌋ − 1]. The
     * channels are cut where either index wraps, so that each piece is a plain loop over consecutive channels.
     */
    private void shift(double[] values, double s, double[] out) {
        double floor = Math.floor(s);
        double f = s - floor;
        int whole = (int) floor;
        int t = 0;
        while (t < end) {
            int left = Math.floorMod(t - whole, length);
            int right = Math.floorMod(t - whole - 1, length);
            int run = Math.min(end - t, Math.min(length - left, length - right));
            for (int k = 0; k < run; k++) {
                out[t + k] = (1 - f) * values[left + k] + f * values[right + k];
            }
            t += run;
        }
    }

    /** The derivative of the shifted IRF by the shift: irf[t − ⌊s⌋ − 1] − irf[t − ⌊s⌋], pieces as in shift. */
    private void shiftDerivative(double s) {
        int whole = (int) Math.floor(s);
        int t = 0;
        while (t < end) {
            int left = Math.floorMod(t - whole, length);
            int right = Math.floorMod(t - whole - 1, length);
            int run = Math.min(end - t, Math.min(length - left, length - right));
            for (int k = 0; k < run; k++) {
                shiftedDs[t + k] = base[right + k] - base[left + k];
            }
            t += run;
        }
    }

    /** Component i: c[k] = q·c[k−1] + irf[k]. */
    private void recurse(int i, double tau) {
        double q = Math.exp(-width / tau);
        double[] c = component[i];
        double prev = 0;
        for (int k = 0; k < end; k++) {
            prev = q * prev + shifted[k];
            c[k] = prev;
        }
    }

    /**
     * Components i and i + 1 in one pass: each recursion waits on its previous value at every channel, so two
     * independent ones side by side take the time of one.
     */
    private void recursePair(int i, double tauA, double tauB) {
        double qa = Math.exp(-width / tauA);
        double qb = Math.exp(-width / tauB);
        double[] ca = component[i];
        double[] cb = component[i + 1];
        double a = 0;
        double b = 0;
        for (int k = 0; k < end; k++) {
            double irf = shifted[k];
            a = qa * a + irf;
            b = qb * b + irf;
            ca[k] = a;
            cb[k] = b;
        }
    }

    /**
     * Derivatives of component i: by τ from g[k] = q·(g[k−1] + c[k−1]), ∂c/∂τ = g·w/τ², by the shift and the FWHM
     * as the recursion of the shifted IRF's derivatives.
     */
    private void derivatives(int i, double tau) {
        double q = Math.exp(-width / tau);
        double factor = width / (tau * tau);
        double[] c = component[i];
        double[] dt = dTau[i];
        double[] ds = dShift[i];
        double g = 0;
        double s = 0;
        double cPrev = 0;
        for (int k = 0; k < end; k++) {
            g = q * (g + cPrev);
            s = q * s + shiftedDs[k];
            dt[k] = factor * g;
            ds[k] = s;
            cPrev = c[k];
        }
        if (simulated) {
            double[] df = dFwhm[i];
            double fPrev = 0;
            for (int k = 0; k < end; k++) {
                fPrev = q * fPrev + shiftedDf[k];
                df[k] = fPrev;
            }
        }
    }

    /** The derivatives of components i and i + 1 in one pass (see {@link #recursePair}). */
    private void derivativesPair(int i, double tauA, double tauB) {
        double qa = Math.exp(-width / tauA);
        double qb = Math.exp(-width / tauB);
        double factorA = width / (tauA * tauA);
        double factorB = width / (tauB * tauB);
        double[] ca = component[i];
        double[] cb = component[i + 1];
        double[] dta = dTau[i];
        double[] dtb = dTau[i + 1];
        double[] dsa = dShift[i];
        double[] dsb = dShift[i + 1];
        double ga = 0;
        double gb = 0;
        double sa = 0;
        double sb = 0;
        double cPrevA = 0;
        double cPrevB = 0;
        for (int k = 0; k < end; k++) {
            ga = qa * (ga + cPrevA);
            gb = qb * (gb + cPrevB);
            double ds = shiftedDs[k];
            sa = qa * sa + ds;
            sb = qb * sb + ds;
            dta[k] = factorA * ga;
            dtb[k] = factorB * gb;
            dsa[k] = sa;
            dsb[k] = sb;
            cPrevA = ca[k];
            cPrevB = cb[k];
        }
        if (simulated) {
            double[] dfa = dFwhm[i];
            double[] dfb = dFwhm[i + 1];
            double fa = 0;
            double fb = 0;
            for (int k = 0; k < end; k++) {
                double df = shiftedDf[k];
                fa = qa * fa + df;
                fb = qb * fb + df;
                dfa[k] = fa;
                dfb[k] = fb;
            }
        }
    }
}
