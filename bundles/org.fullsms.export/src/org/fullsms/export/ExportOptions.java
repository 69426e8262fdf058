package org.fullsms.export;

import java.util.EnumSet;
import java.util.Set;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.export.plot.FigureSize;

/**
 * What to export and how.
 *
 * @param kinds       the exports to write
 * @param useRoi      the original's "Use ROI" export option (default on): traces also as {@code (ROI)}, levels
 *                    only inside each particle's region of interest, under {@code (ROI)} names
 * @param overwrite   replace existing files; when false an existing target stops the export before anything
 *                    is written
 * @param plotFormats picture formats for the plot kinds
 * @param figureSize  printed size, resolution and font size of the pictures
 * @param unit        the unit of every intensity written: trace, levels, groups, figures
 * @param filtering   the dataset's level filters and intensity normalisation, written as columns of the level
 *                    tables ({@link LevelFiltering#NONE}: none)
 */
public record ExportOptions(Set<ExportKind> kinds, boolean useRoi, boolean overwrite, Set<PlotFormat> plotFormats,
        FigureSize figureSize, IntensityUnit unit, LevelFiltering filtering) {

    public ExportOptions {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        plotFormats = plotFormats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(plotFormats));
        java.util.Objects.requireNonNull(figureSize, "figureSize");
        java.util.Objects.requireNonNull(unit, "unit");
        java.util.Objects.requireNonNull(filtering, "filtering");
        if (plotFormats.isEmpty() && kinds.stream().anyMatch(ExportKind::isPlot)) {
            throw new IllegalArgumentException("plots asked for without a picture format (PNG, SVG or PDF)");
        }
    }

    /**
     * These kinds with the original's defaults: use ROI, no overwrite, PNG of a one-column journal figure; every
     * intensity in counts per second.
     */
    public static ExportOptions of(Set<ExportKind> kinds) {
        return new ExportOptions(kinds, true, false, Set.of(PlotFormat.PNG), FigureSize.JOURNAL_COLUMN,
                IntensityUnit.COUNTS_PER_SECOND, LevelFiltering.NONE);
    }

    /** Every CSV kind (no Parquet, no plots). */
    public static Set<ExportKind> allCsv() {
        return EnumSet.range(ExportKind.TRACE, ExportKind.RASTER_SCAN_2D);
    }

    public boolean has(ExportKind kind) {
        return kinds.contains(kind);
    }

    public ExportOptions withUseRoi(boolean value) {
        return new ExportOptions(kinds, value, overwrite, plotFormats, figureSize, unit, filtering);
    }

    public ExportOptions withOverwrite(boolean value) {
        return new ExportOptions(kinds, useRoi, value, plotFormats, figureSize, unit, filtering);
    }

    public ExportOptions withFigureSize(FigureSize value) {
        return new ExportOptions(kinds, useRoi, overwrite, plotFormats, value, unit, filtering);
    }

    public ExportOptions withPlotFormats(Set<PlotFormat> formats) {
        return new ExportOptions(kinds, useRoi, overwrite, formats, figureSize, unit, filtering);
    }

    public ExportOptions withUnit(IntensityUnit value) {
        return new ExportOptions(kinds, useRoi, overwrite, plotFormats, figureSize, value, filtering);
    }

    public ExportOptions withFiltering(LevelFiltering value) {
        return new ExportOptions(kinds, useRoi, overwrite, plotFormats, figureSize, unit, value);
    }
}
