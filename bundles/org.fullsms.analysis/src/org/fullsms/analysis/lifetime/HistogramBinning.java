package org.fullsms.analysis.lifetime;

import java.util.Locale;

import org.fullsms.model.MicroTimes;

/**
 * The channel grid of decay histograms, shared by all histograms of a dataset so that particle, level and group
 * decays line up: TCSPC channels of {@code channelWidthNs} from the one at {@code tMinNs} up to the
 * one that ends at {@code tMaxNs}. Channels with negative numbers are never part of a grid.
 *
 * @param channelWidthNs TCSPC channel width in ns, &gt; 0
 * @param tMinNs         left edge of the first channel in ns
 * @param tMaxNs         right edge of the last channel in ns
 */
public record HistogramBinning(double channelWidthNs, double tMinNs, double tMaxNs) {

    /** The original's default end of the micro-time axis when the data end earlier. */
    public static final double DEFAULT_T_MAX_NS = 25.0;
    /**
     * The most channels a grid may have: as many as the largest TCSPC card has (65 536; PicoQuant's dtime has 15
     * bits, B&amp;H's ADC 12). Every histogram, IRF and fitted curve of a dataset has one value per channel, and every
     * level is fitted over them, so a channel width or micro time that is wrong by orders of magnitude would
     * otherwise take minutes and gigabytes (a fuzzed file with a 0.0001 ns width: 1 016 777 channels, 12 s and a
     * 69 MB document for one particle).
     */
    public static final int MAX_DECAY_CHANNELS = 1 << 16;

    public HistogramBinning {
        if (!(channelWidthNs > 0) || !Double.isFinite(channelWidthNs)) {
            throw new IllegalArgumentException("channel width must be > 0 ns, got " + channelWidthNs);
        }
        if (!(tMaxNs > tMinNs)) {
            throw new IllegalArgumentException("tMax " + tMaxNs + " ns must exceed tMin " + tMinNs + " ns");
        }
        double channels = (tMaxNs - Math.max(0, tMinNs)) / channelWidthNs;
        if (!(channels <= MAX_DECAY_CHANNELS)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%.3g decay channels of %.3g ns (up to %.4g ns) exceed the limit of %d", channels, channelWidthNs,
                    tMaxNs, MAX_DECAY_CHANNELS));
        }
    }

    /**
     * The grid of a dataset: from TCSPC channel 0 to the larger of {@value #DEFAULT_T_MAX_NS} ns and the end of the
     * largest channel holding a photon. The original starts at the smallest micro time of the dataset instead; a
     * file of few photons then has no channels before the rise, and neither a background nor the IRF's position
     * can be fitted.
     *
     * @param maxChannel largest channel holding a photon
     */
    public static HistogramBinning ofChannels(double channelWidthNs, int maxChannel) {
        int first = 0;
        // In doubles: a tiny width makes the default end overflow an int, which the channel limit then reports.
        double end = Math.max(maxChannel + 1.0,
                Math.ceil(DEFAULT_T_MAX_NS / channelWidthNs - MicroTimes.EDGE_TOLERANCE));
        return new HistogramBinning(channelWidthNs, first * channelWidthNs, Math.max(end, first + 1) * channelWidthNs);
    }

    /**
     * This grid from another channel on, the same channel width and end (the original's "Set decay startpoint": the
     * channels before it are left out of every decay).
     *
     * @param channel the new first channel, 0 to one before the last
     */
    public HistogramBinning fromChannel(int channel) {
        if (channel < 0 || channel >= endChannel()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a decay cannot start at channel %d: the grid has channels 0 to %d", channel, endChannel() - 1));
        }
        return new HistogramBinning(channelWidthNs, channel * channelWidthNs, tMaxNs);
    }

    /** Number of the first channel. */
    public int firstChannel() {
        return Math.max(0, MicroTimes.channelOf(tMinNs, channelWidthNs));
    }

    /** Number of the channel after the last. */
    public int endChannel() {
        return Math.max(firstChannel(), (int) Math.ceil(tMaxNs / channelWidthNs - MicroTimes.EDGE_TOLERANCE));
    }
}
