package org.fullsms.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;

/**
 * The binned intensity trace (REFERENCE §2 "Intensity bins"): photons counted on the edges 0, b, 2b, … up to
 * the first edge at or after the last photon (ceil(max / b) bins), the last bin closed on the right as NumPy's
 * histogram does; bin times are the left edges in seconds.
 */
record IntensityBins(double binMs, long[] counts) {

    /**
     * Most bins a trace may have (2^25: 256 MiB of counts, an hour at 0.1 ms); a smaller bin size over a long trace
     * is refused before anything is allocated.
     */
    static final int MAX_BINS = 1 << 25;

    /** Why the trace cannot be binned at this size (too many bins), or empty when it can. */
    static Optional<String> tooMany(long[] absoluteNs, double binMs) {
        double bins = binCount(absoluteNs, binMs);
        if (bins <= MAX_BINS) {
            return Optional.empty();
        }
        String seconds = new BigDecimal(absoluteNs[absoluteNs.length - 1] / 1e9).round(new MathContext(4))
                .stripTrailingZeros().toPlainString();
        return Optional.of(String.format(Locale.ROOT, "a bin size of %s ms over %s s gives %.0f intensity bins "
                + "(at most %d); choose a larger bin size", PyNumbers.binSize(binMs), seconds, bins, MAX_BINS));
    }

    private static double binCount(long[] absoluteNs, double binMs) {
        return absoluteNs.length == 0 ? 0 : Math.ceil(absoluteNs[absoluteNs.length - 1] / (binMs * 1e6));
    }

    /** @throws IllegalArgumentException when the trace has more than {@link #MAX_BINS} bins at this size */
    static IntensityBins of(long[] absoluteNs, double binMs) {
        double binNs = binMs * 1e6;
        if (absoluteNs.length == 0) {
            return new IntensityBins(binMs, new long[0]);
        }
        tooMany(absoluteNs, binMs).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        int bins = (int) Math.max(0, binCount(absoluteNs, binMs));
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
