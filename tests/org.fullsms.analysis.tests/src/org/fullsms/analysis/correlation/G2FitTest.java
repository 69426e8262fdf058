package org.fullsms.analysis.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The models and the fitter on noise-free expected counts: the parameters must come back. */
class G2FitTest {

    private static final int K = 400;
    private static final double BIN = 0.5;

    @Test
    void laplaceMeanDerivativeMatchesDifference() {
        double[] out = new double[2];
        double[][] intervals = { { 0.2, 0.7 }, { -0.25, 0.25 }, { -3, -1 }, { -0.1, 2 } };
        for (double[] ab : intervals) {
            double s = 2.3;
            double h = 1e-6;
            G2Model.laplaceMean(ab[0], ab[1], s + h, out);
            double up = out[0];
            G2Model.laplaceMean(ab[0], ab[1], s - h, out);
            double down = out[0];
            G2Model.laplaceMean(ab[0], ab[1], s, out);
            assertEquals((up - down) / (2 * h), out[1], 1e-7, "∂/∂s over " + ab[0] + ".." + ab[1]);
        }
        G2Model.laplaceMean(-1e-9, 1e-9, 1, out);
        assertEquals(1 - 0.5e-9, out[0], 1e-15, "mean over a tiny bin at 0: 1 − mean|t|");
    }

    @Test
    void cwFitRecoversParameters() {
        CwDipModel model = new CwDipModel(BIN / 20, 100);
        double[] truth = { 1.05, 0.3, 2.5 };
        G2Fit fit = fitNoiseFree(model, truth, 0.1);
        assertTrue(fit.converged(), fit.message());
        assertEquals(0.3, fit.g0(), 2e-3, "g0");
        assertEquals(2.5, fit.tauNs(), 1e-2, "τ_a");
        assertEquals(1.05, fit.amplitude(), 1e-3, "plateau");
        assertTrue(fit.g0Err() > 0 && fit.g0Err() < 0.01, "g0 error " + fit.g0Err());
    }

    @Test
    void pulsedFitRecoversParameters() {
        PulseTrainModel model = new PulseTrainModel(25, BIN / 20, 25);
        double[] truth = { 8, 0.2, 3, 0.05 };
        G2Fit fit = fitNoiseFree(model, truth, 0);
        assertTrue(fit.converged(), fit.message());
        assertEquals(0.2, fit.g0(), 2e-3, "g0");
        assertEquals(3, fit.tauNs(), 1e-2, "τ");
        assertEquals(0.05, fit.floor(), 1e-3, "floor");
    }

    @Test
    void tooFewPairsFailsWithAMessage() {
        CorrelationHistogram h = histogram(new long[2 * K + 1]);
        G2Fit fit = new G2Fitter(new CwDipModel(0.1, 100), h, new double[h.size()], filled(h.size(), 1))
                .fit(new double[][] { { 1, 0.5, 1 } });
        assertFalse(fit.converged());
        assertTrue(fit.message().contains("too few pairs"), fit.message());
        assertTrue(Double.isNaN(fit.g0()));
    }

    /** Counts = round(μ) with 1e6 uncorrelated pairs per bin (noise-free to 1e-6). */
    private static G2Fit fitNoiseFree(G2Model model, double[] truth, double backgroundFraction) {
        double[] edges = edges();
        int n = edges.length - 1;
        double[] g = new double[n];
        model.evaluate(truth, edges, g, new double[n][model.parameterCount()]);
        double[] expected = filled(n, 1e6);
        double[] background = filled(n, 1e6 * backgroundFraction);
        double[] signal = new double[n];
        long[] counts = new long[n];
        for (int i = 0; i < n; i++) {
            signal[i] = expected[i] - background[i];
            counts[i] = Math.round(background[i] + signal[i] * g[i]);
        }
        double[][] starts = model.parameterCount() == 3 ? new double[][] { { 1, 0.5, 1 } }
                : new double[][] { { 5, 0.5, 1.5, 0.1 } };
        return new G2Fitter(model, histogram(counts), background, signal).fit(starts);
    }

    private static CorrelationHistogram histogram(long[] counts) {
        double[] edges = edges();
        double[] centres = new double[counts.length];
        for (int j = 0; j < centres.length; j++) {
            centres[j] = (j - K) * BIN;
        }
        return new CorrelationHistogram(BIN, centres, edges, counts);
    }

    private static double[] edges() {
        double[] edges = new double[2 * K + 2];
        for (int j = 0; j < edges.length; j++) {
            edges[j] = (j - K - 0.5) * BIN;
        }
        return edges;
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
