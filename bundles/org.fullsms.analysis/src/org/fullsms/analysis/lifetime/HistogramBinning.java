package org.fullsms.analysis.lifetime;

/**
 * The channel grid of decay histograms, shared by all histograms of a dataset so that particle, level and group
 * decays line up (REFERENCE §5): bins start at {@code tMinNs} (the dataset's smallest micro time) and step by
 * {@code channelWidthNs} while below {@code tMaxNs} (the larger of 25 ns and the largest micro time).
 *
 * @param channelWidthNs TCSPC channel width in ns, &gt; 0
 * @param tMinNs         left edge of the first bin in ns
 * @param tMaxNs         end of the grid in ns (exclusive, as the original's {@code arange})
 */
public record HistogramBinning(double channelWidthNs, double tMinNs, double tMaxNs) {

    /** The original's default end of the micro-time axis when the data end earlier. */
    public static final double DEFAULT_T_MAX_NS = 25.0;

    public HistogramBinning {
        if (!(channelWidthNs > 0) || !Double.isFinite(channelWidthNs)) {
            throw new IllegalArgumentException("channel width must be > 0 ns, got " + channelWidthNs);
        }
        if (!(tMaxNs > tMinNs)) {
            throw new IllegalArgumentException("tMax " + tMaxNs + " ns must exceed tMin " + tMinNs + " ns");
        }
    }

    /**
     * The grid the original uses for a dataset: tMin = smallest micro time of all arrays (at most 0 is not
     * forced), tMax = max(25 ns, largest micro time).
     */
    public static HistogramBinning forMicroTimes(double channelWidthNs, double[]... microTimesNs) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] array : microTimesNs) {
            for (double t : array) {
                if (t < min) {
                    min = t;
                }
                if (t > max) {
                    max = t;
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            min = 0;
            max = 0;
        }
        return new HistogramBinning(channelWidthNs, min, Math.max(DEFAULT_T_MAX_NS, max));
    }

    /** Number of bin edges of {@code arange(tMin, tMax, width)}. */
    int edgeCount() {
        return (int) Math.ceil((tMaxNs - tMinNs) / channelWidthNs);
    }
}
