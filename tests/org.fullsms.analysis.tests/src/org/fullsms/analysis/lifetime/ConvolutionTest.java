package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConvolutionTest {

    private static final double WIDTH = 0.05;

    private static double[] irf(int n) {
        return Irf.gaussian(n, 40.3, 7.1);
    }

    private static double[] kernel(double tau, int n) {
        double[] k = new double[n];
        for (int j = 0; j < n; j++) {
            k[j] = Math.exp(-j * WIDTH / tau);
        }
        return k;
    }

    @Test
    void directFftAndRecursionAgree() {
        int n = 300;
        double[] direct = Convolution.direct(irf(n), kernel(1.7, n), n);
        double[] fft = Convolution.fft(irf(n), kernel(1.7, n), n);
        double[] recursion = Convolution.exponential(irf(n), 1.7, WIDTH, n);
        // tolerance: 1e-9 of the peak, round-off of n-term sums and the FFT
        assertArrayEquals(direct, fft, 1e-9 * direct[100]);
        assertArrayEquals(direct, recursion, 1e-9 * direct[100]);
    }

    @Test
    void modelDerivativesMatchFiniteDifferences() {
        int n = 400;
        ReconvolutionModel model = new ReconvolutionModel(2, null, n, 60.0, n, WIDTH);
        double[] tau = { 0.8, 3.0 };
        double shift = 2.37;
        double fwhm = 6.5;
        model.compute(tau, shift, fwhm, true);
        double[][] dTau = copy(model.dTau);
        double[][] dShift = copy(model.dShift);
        double[][] dFwhm = copy(model.dFwhm);
        double h = 1e-6;
        for (int i = 0; i < 2; i++) {
            double[] up = tau.clone();
            up[i] += h;
            double[] down = tau.clone();
            down[i] -= h;
            model.compute(up, shift, fwhm, false);
            double[] plus = model.component[i].clone();
            model.compute(down, shift, fwhm, false);
            assertClose(dTau[i], difference(plus, model.component[i], 2 * h));
        }
        model.compute(tau, shift + h, fwhm, false);
        double[][] plus = copy(model.component);
        model.compute(tau, shift - h, fwhm, false);
        for (int i = 0; i < 2; i++) {
            assertClose(dShift[i], difference(plus[i], model.component[i], 2 * h));
        }
        model.compute(tau, shift, fwhm + h, false);
        plus = copy(model.component);
        model.compute(tau, shift, fwhm - h, false);
        for (int i = 0; i < 2; i++) {
            assertClose(dFwhm[i], difference(plus[i], model.component[i], 2 * h));
        }
    }

    @Test
    void shiftIsTheOriginalsCircularInterpolation() {
        int n = 50;
        double[] irf = new double[n];
        irf[10] = 1;
        ReconvolutionModel model = new ReconvolutionModel(1, irf, n, 0, n, WIDTH);
        // tau tiny: the component is the shifted IRF itself
        model.compute(new double[] { 1e-9 }, 2.25, 0, false);
        assertEquals(0.75, model.component[0][12], 1e-12);
        assertEquals(0.25, model.component[0][13], 1e-12);
        model.compute(new double[] { 1e-9 }, -11.5, 0, false);
        assertEquals(0.5, model.component[0][n - 1], 1e-12); // wraps around
        assertEquals(0.5, model.component[0][n - 2], 1e-12);
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    private static double[] difference(double[] plus, double[] minus, double step) {
        double[] out = new double[plus.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (plus[k] - minus[k]) / step;
        }
        return out;
    }

    private static void assertClose(double[] expected, double[] actual) {
        double max = 0;
        for (double v : expected) {
            max = Math.max(max, Math.abs(v));
        }
        // central differences with h = 1e-6: error ~1e-6 of the largest derivative
        assertArrayEquals(expected, actual, 1e-5 * max);
    }
}
