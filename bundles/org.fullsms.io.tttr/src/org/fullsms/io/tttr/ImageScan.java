package org.fullsms.io.tttr;

import java.util.Arrays;

import org.fullsms.model.RasterScan;

/**
 * Builds the photon-count image of a scanned file from its line-start, line-stop and frame markers: a line's time
 * between its start and stop markers is split into equal pixels, and frames are summed. As SymPhoTime does, only
 * photons in full TCSPC channels count (micro channel below ⌊sync period / channel width⌋): the last, partial
 * channel of each sync period is left out.
 */
final class ImageScan implements TttrRecordVisitor {

    private final TttrHeader.ImageLayout layout;
    private final int fullChannels;
    private final long[] counts;
    private long[] lineTicks = new long[4096];
    private int lineLength;
    private boolean inLine;
    private long lineStart;
    private int row;
    private long lines;

    ImageScan(TttrHeader header) {
        this.layout = header.image();
        this.fullChannels = header.hasMicroTimes() && Double.isFinite(header.syncPeriodNs())
                ? (int) Math.floor(header.syncPeriodNs() / header.microResolutionNs() + 1e-9)
                : Integer.MAX_VALUE;
        this.counts = new long[layout.pixelsX() * layout.pixelsY()];
    }

    @Override
    public void photon(int channel, long macroTicks, int microChannel) {
        if (inLine && microChannel < fullChannels) {
            if (lineLength == lineTicks.length) {
                lineTicks = Arrays.copyOf(lineTicks, lineLength * 2);
            }
            lineTicks[lineLength++] = macroTicks;
        }
    }

    @Override
    public void marker(long macroTicks, int bits) {
        if ((bits & layout.frameBits()) != 0 && layout.frameBits() != 0) {
            row = 0;
        }
        if ((bits & layout.lineStartBits()) != 0) {
            inLine = true;
            lineStart = macroTicks;
            lineLength = 0;
        } else if ((bits & layout.lineStopBits()) != 0 && inLine) {
            endLine(macroTicks);
        }
    }

    private void endLine(long lineStop) {
        inLine = false;
        lines++;
        if (row >= layout.pixelsY() || lineStop <= lineStart) {
            row++;
            return;
        }
        double perPixel = (double) (lineStop - lineStart) / layout.pixelsX();
        for (int i = 0; i < lineLength; i++) {
            int x = (int) ((lineTicks[i] - lineStart) / perPixel);
            if (x >= 0 && x < layout.pixelsX()) {
                counts[row * layout.pixelsX() + x]++;
            }
        }
        row++;
    }

    /** Lines seen (start and stop markers paired). */
    long lines() {
        return lines;
    }

    /** The image as a raster scan (counts per pixel; its size in µm is not in the markers: NaN). */
    RasterScan toRasterScan(String card) {
        double[] values = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            values[i] = counts[i];
        }
        return new RasterScan(0, layout.pixelsY(), layout.pixelsX(), values, Double.NaN, layout.pixelsX(),
                Double.NaN, Double.NaN, Double.NaN, card);
    }
}
