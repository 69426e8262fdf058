package org.fullsms.analysis.lifetime;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A measured instrument response function: counts per channel of width {@code channelWidthNs}, its channel 0
 * starting at micro time {@code offsetNs}. It is placed on a decay's channels by these times
 * ({@link #onGridOf(DecayHistogram, List)}), so that the fitted shift is the physical delay between IRF and decay.
 *
 * @param channelWidthNs channel width in ns
 * @param counts         counts per channel (not copied: treat as read-only)
 * @param offsetNs       micro time in ns of the left edge of channel 0
 * @param source         where it came from, for reports ("particle 3", a file name…)
 */
public record Irf(double channelWidthNs, double[] counts, double offsetNs, String source) {

    /** Relative channel-width difference below which no resampling is done. */
    static final double SAME_WIDTH = 1e-6;

    public Irf {
        if (!(channelWidthNs > 0) || !Double.isFinite(channelWidthNs)) {
            throw new IllegalArgumentException("IRF channel width must be > 0 ns, got " + channelWidthNs);
        }
        if (counts == null || counts.length == 0) {
            throw new IllegalArgumentException("IRF has no channels");
        }
        if (!Double.isFinite(offsetNs)) {
            throw new IllegalArgumentException("IRF start must be finite, got " + offsetNs);
        }
        source = source == null ? "" : source;
    }

    /** An IRF whose channel 0 starts at micro time 0. */
    public Irf(double channelWidthNs, double[] counts, String source) {
        this(channelWidthNs, counts, 0, source);
    }

    /** An IRF from a histogram array whose channel 0 starts at micro time 0. */
    public static Irf of(double channelWidthNs, double[] counts) {
        return new Irf(channelWidthNs, counts, 0, "array");
    }

    /** An IRF from the decay histogram of an IRF measurement (a Full SMS "IRF" particle). */
    public static Irf of(DecayHistogram histogram, String source) {
        return new Irf(histogram.channelWidthNs(), histogram.counts(), histogram.offsetNs(), source);
    }

    /**
     * This IRF on the decay's channels: decay channel {@code c} gets the IRF counts between the micro times
     * {@code decay.offsetNs() + c·w} and {@code + (c+1)·w}. When widths agree and the starts differ by whole
     * channels this is a plain shift; otherwise counts are rebinned by linear interpolation of the cumulative
     * sum (total conserved). IRF channels outside the decay's range are left out. Each change is added to
     * {@code notes}.
     *
     * @throws IllegalArgumentException when the IRF peak lies outside the decay's channels
     */
    public double[] onGridOf(DecayHistogram decay, List<String> notes) {
        double w = decay.channelWidthNs();
        int n = decay.length();
        double origin = (decay.offsetNs() - offsetNs) / channelWidthNs; // decay channel 0 in IRF channels
        double step = w / channelWidthNs;
        int peak = DecayHistogram.argMax(counts);
        double peakNs = offsetNs + (peak + 0.5) * channelWidthNs;
        if (peakNs < decay.offsetNs() || peakNs > decay.offsetNs() + n * w) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "IRF peak at %.4g ns lies outside the decay's channels (%.4g to %.4g ns)", peakNs,
                    decay.offsetNs(), decay.offsetNs() + n * w));
        }
        boolean sameWidth = Math.abs(step - 1) <= SAME_WIDTH;
        long whole = Math.round(origin);
        double[] out = new double[n];
        if (sameWidth && Math.abs(origin - whole) < 1e-6) {
            for (int c = 0; c < n; c++) {
                long j = c + whole;
                out[c] = j >= 0 && j < counts.length ? counts[(int) j] : 0;
            }
        } else {
            double[] cumulative = new double[counts.length + 1];
            for (int i = 0; i < counts.length; i++) {
                cumulative[i + 1] = cumulative[i] + counts[i];
            }
            double previous = cumulativeAt(cumulative, origin);
            for (int c = 0; c < n; c++) {
                double next = cumulativeAt(cumulative, origin + (c + 1) * step);
                out[c] = next - previous;
                previous = next;
            }
            notes.add(sameWidth
                    ? String.format(Locale.ROOT, "IRF moved by %.3g of a channel onto the decay's channels",
                            origin - Math.floor(origin))
                    : String.format(Locale.ROOT, "IRF rebinned from %.6g ns to %.6g ns channels", channelWidthNs,
                            w));
        }
        if (offsetNs != decay.offsetNs()) {
            notes.add(String.format(Locale.ROOT, "IRF placed by its micro times: its channel 0 starts at %.6g ns, "
                    + "the decay's at %.6g ns", offsetNs, decay.offsetNs()));
        }
        return out;
    }

    /** The cumulative count up to a position in IRF channels (0 before the first, the total after the last). */
    private static double cumulativeAt(double[] cumulative, double position) {
        int last = cumulative.length - 1;
        if (position <= 0) {
            return 0;
        }
        if (position >= last) {
            return cumulative[last];
        }
        int i = (int) position;
        double fraction = position - i;
        return cumulative[i] + fraction * (cumulative[i + 1] - cumulative[i]);
    }

    /**
     * A Gaussian IRF sampled at channel indices, peak value 1 at {@code centreChannel}, full width at half
     * maximum {@code fwhmChannels} (σ = FWHM / 2.35482, as the original). The one simulated IRF: the fitter, the
     * lifetime plot, the simulator and the benchmarks all draw it from here.
     */
    public static double[] gaussian(int length, double centreChannel, double fwhmChannels) {
        double[] out = new double[length];
        gaussianInto(out, centreChannel, fwhmChannels);
        return out;
    }

    /**
     * Fills {@code out} with the Gaussian e<sup>−x²/2σ²</sup>, x = k − centre. Only the channels where it is not 0
     * in double precision are evaluated ({@link #reach}); about a whole channel as centre (a fit centres the IRF on
     * the decay's peak channel) the values on both sides are the same numbers, so each is evaluated once.
     */
    static void gaussianInto(double[] out, double centreChannel, double fwhmChannels) {
        double sigma = sigmaOfFwhm(fwhmChannels);
        double inv = 1 / (2 * sigma * sigma);
        int[] range = reach(out.length, centreChannel, inv);
        int from = range[0];
        int to = range[1];
        Arrays.fill(out, 0, from, 0);
        Arrays.fill(out, to, out.length, 0);
        int centre = (int) centreChannel;
        if (centre != centreChannel || centre < from || centre >= to) {
            for (int k = from; k < to; k++) {
                double x = k - centreChannel;
                out[k] = Math.exp(-x * x * inv);
            }
            return;
        }
        // x = ±d: the same x·x, so the same value on both sides
        for (int d = 0; centre + d < to || centre - d >= from; d++) {
            double x = d;
            double g = Math.exp(-x * x * inv);
            if (centre + d < to) {
                out[centre + d] = g;
            }
            if (centre - d >= from) {
                out[centre - d] = g;
            }
        }
    }

    /**
     * Fills {@code dFwhm} with the derivative by the FWHM of {@code gaussian}, the Gaussian {@link #gaussianInto}
     * made with the same centre and FWHM: g·x²/σ³ · dσ/dFWHM.
     */
    static void gaussianFwhmDerivative(double[] gaussian, double centreChannel, double fwhmChannels,
            double[] dFwhm) {
        double sigma = sigmaOfFwhm(fwhmChannels);
        int[] range = reach(dFwhm.length, centreChannel, 1 / (2 * sigma * sigma));
        Arrays.fill(dFwhm, 0, range[0], 0);
        Arrays.fill(dFwhm, range[1], dFwhm.length, 0);
        for (int k = range[0]; k < range[1]; k++) {
            double x = k - centreChannel;
            dFwhm[k] = gaussian[k] * x * x / (sigma * sigma * sigma) / FWHM_PER_SIGMA;
        }
    }

    /**
     * The channels [from, to) of {@code length} where e<sup>−x²·inv</sup> is not 0: beyond this distance from the
     * centre {@code Math.exp} underflows to exactly 0, so the channels there are filled with 0 instead of evaluated,
     * which gives the same array at a fraction of the cost (a fit evaluates the Gaussian, a few hundred channels
     * wide, on every one of the decay's thousands of channels).
     */
    private static int[] reach(int length, double centreChannel, double inv) {
        double reach = Math.sqrt(EXP_UNDERFLOW / inv);
        if (Double.isNaN(reach)) {
            reach = Double.POSITIVE_INFINITY; // a NaN width is evaluated everywhere, as NaN
        }
        int from = (int) Math.max(0, Math.min(length, Math.floor(centreChannel - reach)));
        int to = (int) Math.max(from, Math.min(length, Math.ceil(centreChannel + reach) + 1));
        return new int[] { from, to };
    }

    /** The standard deviation of the simulated IRF of this FWHM (any unit). */
    public static double sigmaOfFwhm(double fwhm) {
        return fwhm / FWHM_PER_SIGMA;
    }

    /** −x below which {@code Math.exp(x)} is exactly 0 (the smallest subnormal is e<sup>−745.13</sup>). */
    private static final double EXP_UNDERFLOW = 746;

    /** FWHM / σ of a Gaussian as the original rounds it. */
    private static final double FWHM_PER_SIGMA = 2.35482;

    @Override
    public boolean equals(Object o) {
        return o instanceof Irf i && i.channelWidthNs == channelWidthNs && i.offsetNs == offsetNs
                && Arrays.equals(i.counts, counts) && i.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + source.hashCode();
    }

    @Override
    public String toString() {
        return "Irf[" + counts.length + " channels of " + channelWidthNs + " ns from " + offsetNs + " ns, " + source
                + "]";
    }
}
