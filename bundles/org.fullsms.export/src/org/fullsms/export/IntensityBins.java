package org.fullsms.export;

/**
 * The binned intensity trace (REFERENCE §2 "Intensity bins"): photons counted on the edges 0, b, 2b, … up to
 * the first edge at or after the last photon (ceil(max / b) bins), the last bin closed on the right as NumPy's
 * histogram does; bin times are the left edges in seconds.
 */
record IntensityBins(double binMs, long[] counts) {

    static IntensityBins of(long[] absoluteNs, double binMs) {
        double binNs = binMs * 1e6;
        if (absoluteNs.length == 0) {
            return new IntensityBins(binMs, new long[0]);
        }
        long max = absoluteNs[absoluteNs.length - 1];
        int bins = (int) Math.min(Integer.MAX_VALUE - 8, (long) Math.ceil(max / binNs));
        long[] counts = new long[bins];
        if (bins == 0) {
            return new IntensityBins(binMs, counts);
        }
        for (long t : absoluteNs) {
            int k = (int) (t / binNs);
            if (k >= bins) {
                k = bins - 1; // t equals the last edge: NumPy puts it in the last bin
            }
            if (k >= 0) {
                counts[k]++;
            }
        }
        return new IntensityBins(binMs, counts);
    }

    int size() {
        return counts.length;
    }

    /** Left edge of bin {@code i} in seconds, computed as the original does (ms edge / 1000). */
    double timeS(int i) {
        return i * binMs / 1e3;
    }

    /** The header of the intensity column: "Bin Int (counts/100ms)". */
    String intensityHeader() {
        return "Bin Int (counts/" + PyNumbers.binSize(binMs) + "ms)";
    }
}
