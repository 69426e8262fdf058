package org.fullsms.export;

/** What to export (the original's Export tab check boxes, REFERENCE §9). */
public enum ExportKind {
    /** {@code <p> trace.csv} (+ {@code <p> trace (ROI).csv}): the binned intensity trace. */
    TRACE,
    /** {@code <p> levels.csv} and {@code <p> levels-plot.csv} (or their {@code (ROI)} versions). */
    LEVELS,
    /** {@code <p> levels-grouped.csv} and {@code <p> levels-grouped-plot.csv} ({@code (ROI)} when grouped so). */
    GROUPED_LEVELS,
    /** {@code <p> levels-global-grouped.csv}. */
    GLOBAL_GROUPED_LEVELS,
    /** {@code <p> groups-info.csv}. */
    GROUP_INFO,
    /** {@code <p> grouping-results.csv}. */
    GROUPING_RESULTS,
    /** {@code Whole trace lifetimes.csv}, {@code <p> levels-lifetimes.csv}, {@code <p> group-level-lifetimes.csv}. */
    LIFETIMES,
    /** {@code <p> hist.csv} and the folder {@code <p> hists} with one file per level, group level and group. */
    DECAY_HISTOGRAMS,
    /** {@code <p> corr.csv}. */
    CORRELATION,
    /** {@code <p> spectra-2D.csv}. */
    SPECTRA_2D,
    /** {@code Raster Scan <k> data.csv}, once per raster scan used by the exported particles. */
    RASTER_SCAN_2D,
    /** {@code levels.parquet}, {@code group_levels.parquet}, {@code groups.parquet} (the original's DataFrames). */
    PARQUET,
    /** {@code <p> trace.png}/{@code .svg}/{@code .pdf}, with levels and group bands when present. */
    PLOT_INTENSITY,
    /** {@code <p> hist (whole trace)} or {@code <p> hist-fitted (whole trace)} with residuals, PNG/SVG/PDF. */
    PLOT_DECAY,
    /** {@code <p> BIC.png}/{@code .svg}/{@code .pdf}. */
    PLOT_BIC,
    /** {@code <p> corr hist.png}/{@code .svg}/{@code .pdf}. */
    PLOT_CORRELATION,
    /** {@code <p> spectra.png}/{@code .svg}/{@code .pdf}: the spectral time trace with its colour bar. */
    PLOT_SPECTRA,
    /**
     * {@code Raster Scan <k>.png}/{@code .svg}/{@code .pdf}, once per raster scan used by the exported particles, their
     * positions marked.
     */
    PLOT_RASTER_SCAN;

    /** Whether this kind makes a picture. */
    public boolean isPlot() {
        return name().startsWith("PLOT_");
    }
}
