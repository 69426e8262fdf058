package org.fullsms.analysis.lifetime;

import java.util.Arrays;

import org.fullsms.model.MicroTimes;

/**
 * A TCSPC decay histogram: photon counts per micro-time channel of width {@code channelWidthNs}; channel 0
 * starts at {@code offsetNs} on the micro-time axis (a whole number of channels) and at t = 0 for the fit.
 *
 * @param channelWidthNs channel width in ns
 * @param counts         counts per channel (not copied: treat as read-only)
 * @param offsetNs       micro time of the left edge of channel 0
 */
public record DecayHistogram(double channelWidthNs, double[] counts, double offsetNs) {

    /** Run of empty channels that marks the start of a decay for {@link #zeroRunStartChannel()}. */
    static final int ZERO_RUN = 10;

    public DecayHistogram {
        if (!(channelWidthNs > 0) || !Double.isFinite(channelWidthNs)) {
            throw new IllegalArgumentException("channel width must be > 0 ns, got " + channelWidthNs);
        }
        if (counts == null) {
            throw new IllegalArgumentException("counts must not be null");
        }
    }

    /** A histogram from counts that start at micro time 0. */
    public static DecayHistogram of(double channelWidthNs, double[] counts) {
        return new DecayHistogram(channelWidthNs, counts, 0);
    }

    /** The histogram of photons {@code from} (inclusive) to {@code to} (exclusive), e.g. one level. */
    public static DecayHistogram build(MicroTimes micro, int from, int to, HistogramBinning binning) {
        return build(micro, new int[] { from }, new int[] { to }, binning);
    }

    /**
     * The histogram of the photons in the index ranges {@code [from[i], to[i])} (a group is the union of its
     * levels, an ROI one range) on the channels of {@code binning}, counted by channel number
     * ({@link MicroTimes#channelOn}); photons outside them (or without a micro time) are left out.
     */
    public static DecayHistogram build(MicroTimes micro, int[] from, int[] to, HistogramBinning binning) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("from and to ranges differ in length");
        }
        double width = binning.channelWidthNs();
        int first = binning.firstChannel();
        int end = binning.endChannel();
        double[] counts = new double[end - first];
        for (int r = 0; r < from.length; r++) {
            if (from[r] < 0 || to[r] > micro.size() || from[r] > to[r]) {
                throw new IllegalArgumentException(
                        "photon range [" + from[r] + ", " + to[r] + ") outside 0.." + micro.size());
            }
            for (int i = from[r]; i < to[r]; i++) {
                int k = micro.channelOn(i, width);
                if (k >= first && k < end) {
                    counts[k - first]++;
                }
            }
        }
        return new DecayHistogram(width, counts, first * width);
    }

    /** Number of channels. */
    public int length() {
        return counts.length;
    }

    /** Sum of all counts. */
    public double total() {
        double sum = 0;
        for (double c : counts) {
            sum += c;
        }
        return sum;
    }

    /** Index of the (first) largest channel, or -1 when empty. */
    public int peakChannel() {
        return argMax(counts);
    }

    /**
     * Start of the decay as the original estimates it for a dataset: walking back from the peak, the channel
     * after the first run of {@value #ZERO_RUN} empty channels (0 when there is none). Callers average it
     * over particles.
     */
    public int zeroRunStartChannel() {
        int peak = peakChannel();
        int zeros = 0;
        for (int k = peak; k >= 0; k--) {
            zeros = counts[k] == 0 ? zeros + 1 : 0;
            if (zeros >= ZERO_RUN) {
                return k + ZERO_RUN;
            }
        }
        return 0;
    }

    static int argMax(double[] values) {
        int best = -1;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > max) {
                max = values[i];
                best = i;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecayHistogram h && h.channelWidthNs == channelWidthNs && h.offsetNs == offsetNs
                && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(channelWidthNs) * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "DecayHistogram[" + counts.length + " channels of " + channelWidthNs + " ns, " + total()
                + " counts]";
    }
}
