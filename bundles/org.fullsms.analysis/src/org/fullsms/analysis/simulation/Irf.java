package org.fullsms.analysis.simulation;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The instrument response: a Gaussian (peak position and FWHM) or a given curve, one value per TCSPC channel
 * starting at 0 ns.
 *
 * @param peakNs  Gaussian peak position (ns); for a given curve, its maximum's channel centre
 * @param fwhmNs  Gaussian FWHM (ns); NaN for a given curve
 * @param curve   a given curve (non-negative, not all zero), or {@code null} for the Gaussian
 * @param curveChannelNs channel width of the given curve (ns); NaN for the Gaussian
 */
public record Irf(double peakNs, double fwhmNs, double[] curve, double curveChannelNs) {

    public Irf {
        if (curve == null) {
            if (!(fwhmNs > 0) || !Double.isFinite(peakNs)) {
                throw new IllegalArgumentException("a Gaussian IRF needs a finite peak and FWHM > 0");
            }
        } else {
            if (!(curveChannelNs > 0) || Arrays.stream(curve).anyMatch(v -> !(v >= 0))
                    || Arrays.stream(curve).sum() <= 0) {
                throw new IllegalArgumentException("a given IRF needs a channel width > 0 and a non-negative curve");
            }
            curve = curve.clone();
        }
    }

    public static Irf gaussian(double peakNs, double fwhmNs) {
        return new Irf(peakNs, fwhmNs, null, Double.NaN);
    }

    /** A measured IRF, one value per channel of {@code channelNs}. */
    public static Irf given(double[] curve, double channelNs) {
        int max = 0;
        for (int i = 1; i < curve.length; i++) {
            if (curve[i] > curve[max]) {
                max = i;
            }
        }
        return new Irf((max + 0.5) * channelNs, Double.NaN, curve, channelNs);
    }

    public boolean isGaussian() {
        return curve == null;
    }

    /** A sampler with a pre-computed CDF for given curves. */
    Sampler sampler() {
        return new Sampler(this);
    }

    /** The IRF on {@code channels} channels of width {@code channelNs} (sums to 1), for the truth record. */
    double[] sampled(int channels, double channelNs) {
        double[] out;
        if (curve == null) {
            // channel i's centre (i + 0.5)·channelNs sits at index i of the fitter's Gaussian
            out = org.fullsms.analysis.lifetime.Irf.gaussian(channels, peakNs / channelNs - 0.5, fwhmNs / channelNs);
        } else {
            out = new double[channels];
            for (int i = 0; i < channels; i++) {
                int k = (int) Math.floor((i + 0.5) * channelNs / curveChannelNs);
                out[i] = k < curve.length ? curve[k] : 0;
            }
        }
        double total = 0;
        for (double v : out) {
            total += v;
        }
        for (int i = 0; i < channels && total > 0; i++) {
            out[i] /= total;
        }
        return out;
    }

    /** Draws IRF delays; not thread-safe (used by one particle's generator). */
    static final class Sampler {
        private final Irf irf;
        private final double sigma;
        private final double[] cdf;

        private Sampler(Irf irf) {
            this.irf = irf;
            this.sigma = org.fullsms.analysis.lifetime.Irf.sigmaOfFwhm(irf.fwhmNs);
            if (irf.curve == null) {
                cdf = null;
            } else {
                cdf = new double[irf.curve.length];
                double s = 0;
                for (int i = 0; i < cdf.length; i++) {
                    s += irf.curve[i];
                    cdf[i] = s;
                }
                for (int i = 0; i < cdf.length; i++) {
                    cdf[i] /= s;
                }
            }
        }

        double sample(RandomGenerator rng) {
            if (cdf == null) {
                return irf.peakNs + sigma * rng.nextGaussian();
            }
            int k = Arrays.binarySearch(cdf, rng.nextDouble());
            k = k >= 0 ? k : -k - 1;
            k = Math.min(k, cdf.length - 1);
            return (k + rng.nextDouble()) * irf.curveChannelNs;
        }
    }
}
