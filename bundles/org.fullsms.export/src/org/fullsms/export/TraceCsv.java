package org.fullsms.export;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.model.IntensityBins;

/**
 * {@code <p> trace.csv} and {@code <p> trace (ROI).csv}: {@code Bin #, Bin Time (s), Bin Int (<unit>)}; in counts
 * per bin the original's file exactly ({@code Bin Int (counts/100ms)}, whole counts).
 */
final class TraceCsv {

    private TraceCsv() {
    }

    static byte[] trace(IntensityBins bins, IntensityUnit unit) {
        return write(bins, null, unit);
    }

    /**
     * The bins whose left edge t lies in the region, start ≤ t ≤ end (what the original's XOR filter selects),
     * numbered again from 1. A {@code null} region keeps every bin.
     */
    static byte[] roiTrace(IntensityBins bins, RegionOfInterest roi, IntensityUnit unit) {
        return write(bins, roi, unit);
    }

    private static byte[] write(IntensityBins bins, RegionOfInterest roi, IntensityUnit unit) {
        Csv csv = new Csv(64 + bins.size() * 24);
        boolean perBin = unit == IntensityUnit.COUNTS_PER_BIN;
        csv.row("Bin #", "Bin Time (s)", "Bin Int (" + (perBin ? "counts/" + IntensityUnit.binMs(bins.binMs()) + "ms"
                : unit.label(bins.binMs())) + ")");
        double perCount = unit.perCount(bins.binMs());
        long number = 1;
        long[] counts = bins.counts();
        for (int i = 0; i < counts.length; i++) {
            double t = bins.timeS(i);
            if (roi != null && !(t >= roi.startS() && t <= roi.endS())) {
                continue;
            }
            if (perBin) {
                csv.cell(number++).cell(t).cell(counts[i]).end();
            } else {
                csv.cell(number++).cell(t).cell(counts[i] * perCount).end();
            }
        }
        return csv.bytes();
    }
}
