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
        model.compute(tau, shift, fwhm);
        model.computeDerivatives(tau, shift, fwhm);
        double[][] dTau = copy(model.dTau);
        double[][] dShift = copy(model.dShift);
        double[][] dFwhm = copy(model.dFwhm);
        double h = 1e-6;
        for (int i = 0; i < 2; i++) {
            double[] up = tau.clone();
            up[i] += h;
            double[] down = tau.clone();
            down[i] -= h;
            model.compute(up, shift, fwhm);
            double[] plus = model.component[i].clone();
            model.compute(down, shift, fwhm);
            assertClose(dTau[i], difference(plus, model.component[i], 2 * h));
        }
        model.compute(tau, shift + h, fwhm);
        double[][] plus = copy(model.component);
        model.compute(tau, shift - h, fwhm);
        for (int i = 0; i < 2; i++) {
            assertClose(dShift[i], difference(plus[i], model.component[i], 2 * h));
        }
        model.compute(tau, shift, fwhm + h);
        plus = copy(model.component);
        model.compute(tau, shift, fwhm - h);
        for (int i = 0; i < 2; i++) {
            assertClose(dFwhm[i], difference(plus[i], model.component[i], 2 * h));
        }
    }

    /**
     * Components in pairs and derivatives in a second pass must be the numbers of the recursion written one
     * component at a time with every derivative alongside, as the fitter computed them before, bit for bit
     * (tolerance 0): 1, 2 and 3 components, a simulated IRF centred on a whole channel and a measured one, shifts
     * that wrap around the channels.
     */
    @Test
    void modelEqualsTheRecursionOneComponentAtATime() {
        int n = 700;
        double[] measured = Irf.gaussian(n, 90.4, 11.3);
        for (double[] irf : new double[][] { null, measured }) {
            for (double[] tau : new double[][] { { 2.1 }, { 0.35, 4.2 }, { 0.05, 1.3, 6.0 } }) {
                for (double shift : new double[] { 0, 3.7, -120.25 }) {
                    int end = 610;
                    ReconvolutionModel model = new ReconvolutionModel(tau.length, irf, n, 140, end, WIDTH);
                    model.compute(tau, shift, 9.5);
                    double[][] components = copy(model.component);
                    model.computeDerivatives(tau, shift, 9.5);
                    double[][][] expected = oneAtATime(irf, n, 140, end, tau, shift, 9.5);
                    String what = (irf == null ? "simulated" : "measured") + " IRF, " + tau.length
                            + " components, shift " + shift;
                    for (int i = 0; i < tau.length; i++) {
                        assertArrayEquals(expected[0][i], components[i], 0, what);
                        assertArrayEquals(expected[0][i], model.component[i], 0, what);
                        assertArrayEquals(expected[1][i], model.dTau[i], 0, what);
                        assertArrayEquals(expected[2][i], model.dShift[i], 0, what);
                        if (irf == null) {
                            assertArrayEquals(expected[3][i], model.dFwhm[i], 0, what);
                        }
                    }
                }
            }
        }
    }

    /** Components and their derivatives by τ, shift and FWHM: {c, ∂τ, ∂shift, ∂FWHM}[component][channel]. */
    private static double[][][] oneAtATime(double[] measured, int n, double centre, int end, double[] tau,
            double shift, double fwhm) {
        double[] base = measured;
        double[] baseFwhm = new double[n];
        if (measured == null) {
            double sigma = Irf.sigmaOfFwhm(fwhm);
            base = new double[n];
            for (int k = 0; k < n; k++) {
                double x = k - centre;
                base[k] = Math.exp(-x * x * (1 / (2 * sigma * sigma)));
                baseFwhm[k] = base[k] * x * x / (sigma * sigma * sigma) / 2.35482;
            }
        }
        int whole = (int) Math.floor(shift);
        double f = shift - Math.floor(shift);
        double[] shifted = new double[end];
        double[] shiftedDs = new double[end];
        double[] shiftedDf = new double[end];
        for (int t = 0; t < end; t++) {
            int left = Math.floorMod(t - whole, n);
            int right = Math.floorMod(t - whole - 1, n);
            shifted[t] = (1 - f) * base[left] + f * base[right];
            shiftedDs[t] = base[right] - base[left];
            shiftedDf[t] = (1 - f) * baseFwhm[left] + f * baseFwhm[right];
        }
        double[][][] out = new double[4][tau.length][end];
        for (int i = 0; i < tau.length; i++) {
            double q = Math.exp(-WIDTH / tau[i]);
            double factor = WIDTH / (tau[i] * tau[i]);
            double c = 0;
            double g = 0;
            double s = 0;
            double d = 0;
            for (int k = 0; k < end; k++) {
                g = q * (g + c);
                c = q * c + shifted[k];
                s = q * s + shiftedDs[k];
                d = q * d + shiftedDf[k];
                out[0][i][k] = c;
                out[1][i][k] = factor * g;
                out[2][i][k] = s;
                out[3][i][k] = d;
            }
        }
        return out;
    }

    @Test
    void shiftIsTheOriginalsCircularInterpolation() {
        int n = 50;
        double[] irf = new double[n];
        irf[10] = 1;
        ReconvolutionModel model = new ReconvolutionModel(1, irf, n, 0, n, WIDTH);
        // tau tiny: the component is the shifted IRF itself
        model.compute(new double[] { 1e-9 }, 2.25, 0);
        assertEquals(0.75, model.component[0][12], 1e-12);
        assertEquals(0.25, model.component[0][13], 1e-12);
        model.compute(new double[] { 1e-9 }, -11.5, 0);
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
