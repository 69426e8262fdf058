package org.fullsms.analysis.lifetime;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A measured instrument response function: counts per channel of width {@code channelWidthNs}, channel 0 at
 * the same micro time as the decay's channel 0.
 *
 * @param channelWidthNs channel width in ns
 * @param counts         counts per channel (not copied: treat as read-only)
 * @param source         where it came from, for reports ("particle 3", a file name…)
 */
public record Irf(double channelWidthNs, double[] counts, String source) {

    /** Relative channel-width difference below which no resampling is done. */
    static final double SAME_WIDTH = 1e-6;

    public Irf {
        if (!(channelWidthNs > 0) || !Double.isFinite(channelWidthNs)) {
            throw new IllegalArgumentException("IRF channel width must be > 0 ns, got " + channelWidthNs);
        }
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("IRF has no channels");
        }
        source = source == null ? "" : source;
    }

    /** An IRF from a histogram array, e.g. an IRF particle's decay. */
    public static Irf of(double channelWidthNs, double[] counts) {
        return new Irf(channelWidthNs, counts, "array");
    }

    /** An IRF from the decay histogram of an IRF measurement (a Full SMS "IRF" particle). */
    public static Irf of(DecayHistogram histogram, String source) {
        return new Irf(histogram.channelWidthNs(), histogram.counts(), source);
    }

    /**
     * This IRF on the decay's channel grid: rebinned (counts conserved, linear cumulative interpolation) when
     * the widths differ, then cut or zero-padded to the decay's length. Each change is added to {@code notes}.
     *
     * @throws IllegalArgumentException when the IRF peak would be cut off
     */
    public double[] onGridOf(DecayHistogram decay, List<String> notes) {
        double[] values = counts;
        if (Math.abs(channelWidthNs / decay.channelWidthNs() - 1) > SAME_WIDTH) {
            values = rebin(counts, channelWidthNs, decay.channelWidthNs());
            notes.add(String.format(Locale.ROOT, "IRF rebinned from %.6g ns to %.6g ns channels", channelWidthNs,
                    decay.channelWidthNs()));
        }
        int n = decay.length();
        if (values.length > n) {
            if (DecayHistogram.argMax(values) >= n) {
                throw new IllegalArgumentException("IRF peak at channel " + DecayHistogram.argMax(values)
                        + " lies beyond the decay's " + n + " channels");
            }
            notes.add("IRF cut from " + values.length + " to the decay's " + n + " channels");
        } else if (values.length < n) {
            notes.add("IRF padded with zeros from " + values.length + " to the decay's " + n + " channels");
        }
        return values.length == n ? values.clone() : Arrays.copyOf(values, n);
    }

    /** Counts rebinned from channels of {@code from} ns to channels of {@code to} ns, total conserved. */
    static double[] rebin(double[] values, double from, double to) {
        int n = (int) Math.ceil(values.length * from / to - 1e-9);
        double[] out = new double[n];
        double[] cumulative = new double[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            cumulative[i + 1] = cumulative[i] + values[i];
        }
        double previous = 0;
        for (int j = 0; j < n; j++) {
            double next = cumulativeAt(cumulative, (j + 1) * to / from);
            out[j] = next - previous;
            previous = next;
        }
        return out;
    }

    private static double cumulativeAt(double[] cumulative, double position) {
        int last = cumulative.length - 1;
        if (position >= last) {
            return cumulative[last];
        }
        int i = (int) position;
        double fraction = position - i;
        return cumulative[i] + fraction * (cumulative[i + 1] - cumulative[i]);
    }

    /**
     * A Gaussian IRF sampled at channel indices, peak value 1 at {@code centreChannel}, full width at half
     * maximum {@code fwhmChannels} (σ = FWHM / 2.35482, as the original).
     */
    public static double[] gaussian(int length, double centreChannel, double fwhmChannels) {
        double[] out = new double[length];
        gaussianInto(out, centreChannel, fwhmChannels, null);
        return out;
    }

    /** Fills {@code out} with the Gaussian and, if {@code dFwhm} is not null, its derivative by the FWHM. */
    static void gaussianInto(double[] out, double centreChannel, double fwhmChannels, double[] dFwhm) {
        double sigma = fwhmChannels / FWHM_PER_SIGMA;
        double inv = 1 / (2 * sigma * sigma);
        for (int k = 0; k < out.length; k++) {
            double x = k - centreChannel;
            double g = Math.exp(-x * x * inv);
            out[k] = g;
            if (dFwhm != null) {
                // d/dFWHM exp(-x^2 / (2 sigma^2)) = g * x^2 / sigma^3 * dSigma/dFWHM
                dFwhm[k] = g * x * x / (sigma * sigma * sigma) / FWHM_PER_SIGMA;
            }
        }
    }

    /** FWHM / σ of a Gaussian as the original rounds it. */
    static final double FWHM_PER_SIGMA = 2.35482;

    @Override
    public boolean equals(Object o) {
        return o instanceof Irf i && i.channelWidthNs == channelWidthNs && Arrays.equals(i.counts, counts)
                && i.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + source.hashCode();
    }

    @Override
    public String toString() {
        return "Irf[" + counts.length + " channels of " + channelWidthNs + " ns from " + source + "]";
    }
}
