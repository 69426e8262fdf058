package org.fullsms.model;

/**
 * The binned intensity trace (REFERENCE §2 "Intensity bins"): photons counted on the edges 0, b, 2b, … up to
 * the first edge at or after the last photon (ceil(max / b) bins), the last bin closed on the right as NumPy's
 * histogram does; bin times are the left edges in seconds. The one binning of photons in time: the workbench's
 * trace, the CSV export and the exported figures all use it, so screen and files agree bin for bin.
 *
 * @param binMs  bin size (ms)
 * @param counts photons per bin (shared: do not modify)
 */
public record IntensityBins(double binMs, long[] counts) {

    /**
     * Most bins a trace may have (2^25: 256 MiB of counts, an hour at 0.1 ms); a smaller bin size over a long trace
     * is refused before anything is allocated.
     */
    public static final int MAX_BINS = 1 << 25;

    /** How many bins the trace has at this size (a double: it may exceed any array). */
    public static double binCount(long[] absoluteNs, double binMs) {
        return absoluteNs.length == 0 ? 0 : Math.ceil(absoluteNs[absoluteNs.length - 1] / (binMs * 1e6));
    }

    /** @throws IllegalArgumentException when the trace has more than {@link #MAX_BINS} bins at this size */
    public static IntensityBins of(long[] absoluteNs, double binMs) {
        double binNs = binMs * 1e6;
        double bins = binCount(absoluteNs, binMs);
        if (bins > MAX_BINS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%.0f intensity bins (at most %d); choose a larger bin size", bins, MAX_BINS));
        }
        long[] counts = new long[(int) Math.max(0, bins)];
        int last = counts.length - 1;
        for (long t : absoluteNs) {
            int k = (int) (t / binNs);
            if (k > last) {
                k = last; // t equals the last edge: NumPy puts it in the last bin
            }
            if (k >= 0) {
                counts[k]++;
            }
        }
        return new IntensityBins(binMs, counts);
    }

    public int size() {
        return counts.length;
    }

    /** Left edge of bin {@code i} in seconds, computed as the original does (ms edge / 1000). */
    public double timeS(int i) {
        return i * binMs / 1e3;
    }
}
