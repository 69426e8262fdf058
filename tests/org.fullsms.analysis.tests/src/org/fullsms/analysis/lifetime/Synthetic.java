package org.fullsms.analysis.lifetime;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/** Simulated TCSPC decays for tests: Gaussian IRF ⊛ Σ a·e^(−t/τ), scaled, plus flat background, optional noise. */
final class Synthetic {

    static final double WIDTH = 0.016;
    static final int CHANNELS = 1000;
    static final double IRF_CENTRE = 2.0;
    static final double IRF_FWHM = 0.2;

    private Synthetic() {
    }

    /**
     * Gaussian IRF with a peak of 1e4 counts on the channel grid (realistic counts: the IRF background estimate
     * works on whole counts).
     */
    static double[] irf(int channels, double width) {
        double[] irf = Irf.gaussian(channels, IRF_CENTRE / width, IRF_FWHM / width);
        for (int k = 0; k < channels; k++) {
            irf[k] *= 1e4;
        }
        return irf;
    }

    /**
     * Expected counts: the IRF delayed by {@code shiftChannels} (the model's own interpolation) convolved with
     * Σ a·e^(−t/τ), scaled to {@code signal} photons, plus {@code background} per channel.
     */
    static double[] expected(double[] irf, double width, double[] tau, double[] amp, double shiftChannels,
            double signal, double background) {
        int n = irf.length;
        ReconvolutionModel model = new ReconvolutionModel(tau.length, irf, n, 0, n, width);
        model.compute(tau, shiftChannels, 0);
        double[] out = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < tau.length; i++) {
                out[k] += amp[i] * model.component[i][k];
            }
            sum += out[k];
        }
        for (int k = 0; k < n; k++) {
            out[k] = out[k] * signal / sum + background;
        }
        return out;
    }

    /** Poisson draws around {@code expected} from a seeded generator. */
    static double[] poisson(double[] expected, long seed) {
        RandomGenerator random = new Well19937c(seed);
        double[] out = new double[expected.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = expected[k] > 0 ? new PoissonDistribution(random, expected[k], 1e-12,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample() : 0;
        }
        return out;
    }
}
