package org.fullsms.spark;

import java.io.Serializable;

import org.fullsms.analysis.lifetime.HistogramBinning;

/**
 * One Spark task's work: particles {@code from} (inclusive) to {@code to} (exclusive) of a file, counted among those
 * the analyze options select.
 *
 * @param grid the whole file's decay grid ({@code channelWidthNs, tMinNs, tMaxNs}) when the file is shared among
 *             several tasks and lifetimes are fitted, else null (the task works it out, as for the whole file)
 */
record WorkUnit(String file, int from, int to, double[] grid) implements Serializable {

    static double[] grid(HistogramBinning binning) {
        return binning == null ? null
                : new double[] {binning.channelWidthNs(), binning.tMinNs(), binning.tMaxNs()};
    }

    HistogramBinning binning() {
        return grid == null ? null : new HistogramBinning(grid[0], grid[1], grid[2]);
    }
}
