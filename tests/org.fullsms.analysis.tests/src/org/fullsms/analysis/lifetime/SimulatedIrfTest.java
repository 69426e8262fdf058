package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** {@link Irf#gaussian}: the one simulated IRF (fitter, lifetime plot, simulator, benchmarks). */
class SimulatedIrfTest {

    @Test
    void peaksAtItsCentreWithItsFwhm() {
        double[] g = Irf.gaussian(11, 5, 4);
        assertEquals(1, g[5], 1e-12);
        // half maximum at ±fwhm/2, up to the original's rounding of FWHM/σ to 2.35482
        assertArrayEquals(new double[] {0.5, 0.5}, new double[] {g[3], g[7]}, 1e-7);
    }

    /**
     * Only the channels where e<sup>−x²/2σ²</sup> is not 0 in double precision are evaluated: the rest must be
     * the 0 the formula gives there, bit for bit, for centres inside, at the edge of and outside the channels and
     * for widths from a fraction of a channel to wider than the array (tolerance 0).
     */
    @Test
    void evaluatesOnlyWhereTheGaussianIsNotZeroWithTheSameValues() {
        int n = 2048;
        for (double centre : new double[] { -300, 0, 0.5, 173.25, 1024, 2047, 2500 }) {
            for (double fwhm : new double[] { 0.3, 4.1, 12.3, 120, 5000 }) {
                double[] value = new double[n];
                double[] derivative = new double[n];
                Arrays.fill(value, Double.NaN); // buffers are reused: every channel must be written
                Arrays.fill(derivative, Double.NaN);
                Irf.gaussianInto(value, centre, fwhm);
                Irf.gaussianFwhmDerivative(value, centre, fwhm, derivative);
                double[][] expected = byTheFormula(n, centre, fwhm);
                assertArrayEquals(expected[0], value, 0, "centre " + centre + ", fwhm " + fwhm);
                assertArrayEquals(expected[1], derivative, 0, "derivative: centre " + centre + ", fwhm " + fwhm);
            }
        }
    }

    /** The Gaussian and its derivative by the FWHM on every channel, as the fitter evaluated it before. */
    private static double[][] byTheFormula(int n, double centre, double fwhm) {
        double sigma = Irf.sigmaOfFwhm(fwhm);
        double inv = 1 / (2 * sigma * sigma);
        double[] g = new double[n];
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            double x = k - centre;
            g[k] = Math.exp(-x * x * inv);
            d[k] = g[k] * x * x / (sigma * sigma * sigma) / 2.35482;
        }
        return new double[][] { g, d };
    }
}
