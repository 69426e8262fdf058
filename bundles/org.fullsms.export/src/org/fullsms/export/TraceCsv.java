package org.fullsms.export;

import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.model.IntensityBins;

/** {@code <p> trace.csv} and {@code <p> trace (ROI).csv}: {@code Bin #, Bin Time (s), Bin Int (counts/<b>ms)}. */
final class TraceCsv {

    private TraceCsv() {
    }

    static byte[] trace(IntensityBins bins) {
        return write(bins, null);
    }

    /**
     * The bins whose left edge t lies in the region, start ≤ t ≤ end (what the original's XOR filter selects),
     * numbered again from 1. A {@code null} region keeps every bin.
     */
    static byte[] roiTrace(IntensityBins bins, RegionOfInterest roi) {
        return write(bins, roi);
    }

    private static byte[] write(IntensityBins bins, RegionOfInterest roi) {
        Csv csv = new Csv(64 + bins.size() * 24);
        csv.row("Bin #", "Bin Time (s)", "Bin Int (counts/" + PyNumbers.binSize(bins.binMs()) + "ms)");
        long number = 1;
        long[] counts = bins.counts();
        for (int i = 0; i < counts.length; i++) {
            double t = bins.timeS(i);
            if (roi != null && !(t >= roi.startS() && t <= roi.endS())) {
                continue;
            }
            csv.cell(number++).cell(t).cell(counts[i]).end();
        }
        return csv.bytes();
    }
}
