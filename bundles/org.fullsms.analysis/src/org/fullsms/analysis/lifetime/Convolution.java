package org.fullsms.analysis.lifetime;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * Linear convolution of an IRF with a decay kernel, first {@code n} points. Three ways to the same numbers:
 * direct O(n²), FFT O(n log n), and, for an exponential kernel e<sup>−k·w/τ</sup>, the O(n) recursion the fitter
 * uses. Public so the benchmark can compare them.
 */
public final class Convolution {

    private Convolution() {
    }

    /** (a ⊛ b)[k] = Σ<sub>j≤k</sub> a[k−j]·b[j] for k &lt; n, by the definition. */
    public static double[] direct(double[] a, double[] b, int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            int jMax = Math.min(k, b.length - 1);
            for (int j = Math.max(0, k - a.length + 1); j <= jMax; j++) {
                s += a[k - j] * b[j];
            }
            out[k] = s;
        }
        return out;
    }

    /** The same by zero-padded FFT (commons-math, power-of-two length). */
    public static double[] fft(double[] a, double[] b, int n) {
        int size = Integer.highestOneBit(Math.max(1, a.length + b.length - 1) - 1) << 1;
        size = Math.max(size, 2);
        double[] pa = java.util.Arrays.copyOf(a, size);
        double[] pb = java.util.Arrays.copyOf(b, size);
        FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);
        Complex[] fa = fft.transform(pa, TransformType.FORWARD);
        Complex[] fb = fft.transform(pb, TransformType.FORWARD);
        for (int i = 0; i < size; i++) {
            fa[i] = fa[i].multiply(fb[i]);
        }
        Complex[] back = fft.transform(fa, TransformType.INVERSE);
        double[] out = new double[n];
        for (int k = 0; k < Math.min(n, size); k++) {
            out[k] = back[k].getReal();
        }
        return out;
    }

    /** IRF ⊛ e<sup>−k·w/τ</sup> for k &lt; n by the recursion c[k] = e<sup>−w/τ</sup>·c[k−1] + irf[k]. */
    public static double[] exponential(double[] irf, double tauNs, double widthNs, int n) {
        double q = Math.exp(-widthNs / tauNs);
        double[] out = new double[n];
        double prev = 0;
        for (int k = 0; k < n; k++) {
            prev = q * prev + (k < irf.length ? irf[k] : 0);
            out[k] = prev;
        }
        return out;
    }
}
