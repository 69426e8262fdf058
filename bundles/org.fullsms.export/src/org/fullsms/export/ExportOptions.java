package org.fullsms.export;

import java.util.EnumSet;
import java.util.Set;

/**
 * What to export and how.
 *
 * @param kinds       the exports to write
 * @param useRoi      the original's "Use ROI" export option (default on): traces also as {@code (ROI)}, levels
 *                    only inside each particle's region of interest, under {@code (ROI)} names
 * @param overwrite   replace existing files; when false an existing target stops the export before anything
 *                    is written
 * @param plotFormats picture formats for the plot kinds
 * @param plotWidth   picture width in pixels (PNG) or user units (SVG)
 * @param plotHeight  picture height
 */
public record ExportOptions(Set<ExportKind> kinds, boolean useRoi, boolean overwrite, Set<PlotFormat> plotFormats,
        int plotWidth, int plotHeight) {

    public ExportOptions {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        plotFormats = plotFormats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(plotFormats));
        if (plotWidth < 200 || plotHeight < 150 || plotWidth > 10_000 || plotHeight > 10_000) {
            throw new IllegalArgumentException("plot size must be 200..10000 × 150..10000, got " + plotWidth + " × "
                    + plotHeight);
        }
        if (plotFormats.isEmpty() && kinds.stream().anyMatch(ExportKind::isPlot)) {
            throw new IllegalArgumentException("plots asked for without a picture format (PNG or SVG)");
        }
    }

    /** These kinds with the original's defaults: use ROI, no overwrite, PNG 1000 × 600. */
    public static ExportOptions of(Set<ExportKind> kinds) {
        return new ExportOptions(kinds, true, false, Set.of(PlotFormat.PNG), 1000, 600);
    }

    /** Every CSV kind (no Parquet, no plots). */
    public static Set<ExportKind> allCsv() {
        return EnumSet.range(ExportKind.TRACE, ExportKind.RASTER_SCAN_2D);
    }

    public boolean has(ExportKind kind) {
        return kinds.contains(kind);
    }

    public ExportOptions withUseRoi(boolean value) {
        return new ExportOptions(kinds, value, overwrite, plotFormats, plotWidth, plotHeight);
    }

    public ExportOptions withOverwrite(boolean value) {
        return new ExportOptions(kinds, useRoi, value, plotFormats, plotWidth, plotHeight);
    }

    public ExportOptions withPlotFormats(Set<PlotFormat> formats) {
        return new ExportOptions(kinds, useRoi, overwrite, formats, plotWidth, plotHeight);
    }
}
