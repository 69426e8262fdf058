package org.fullsms.export.plot;

import java.util.List;

/**
 * One plot area of a figure. Panels of a figure share the x range; only the lowest shows x tick labels and the
 * x label.
 *
 * @param xLabel        x axis label with unit, e.g. "Time (s)"
 * @param yLabel        y axis label with unit
 * @param logY          logarithmic y axis (only positive values are drawn)
 * @param series        data, drawn in order
 * @param bands         shaded y bands, drawn below the data
 * @param verticalLines x positions of dashed vertical markers (e.g. ROI bounds), may be empty
 * @param weight        share of the figure's height relative to the other panels
 * @param heatMap       an image under the series, with its colour bar right of the panel; null for plots of
 *                      series only. Its extent is the panel's range.
 */
public record Panel(String xLabel, String yLabel, boolean logY, List<Series> series, List<Band> bands,
        double[] verticalLines, double weight, HeatMap heatMap) {

    public Panel {
        series = List.copyOf(series);
        bands = List.copyOf(bands);
        verticalLines = verticalLines == null ? new double[0] : verticalLines.clone();
        if (!(weight > 0)) {
            throw new IllegalArgumentException("panel weight must be > 0");
        }
        if (heatMap != null && logY) {
            throw new IllegalArgumentException("an image panel has linear axes");
        }
    }

    /** A panel of series. */
    public Panel(String xLabel, String yLabel, boolean logY, List<Series> series, List<Band> bands,
            double[] verticalLines, double weight) {
        this(xLabel, yLabel, logY, series, bands, verticalLines, weight, null);
    }

    public static Panel of(String xLabel, String yLabel, List<Series> series) {
        return new Panel(xLabel, yLabel, false, series, List.of(), null, 1);
    }

    /** A panel showing an image with its colour bar. */
    public static Panel of(String xLabel, String yLabel, HeatMap heatMap) {
        return new Panel(xLabel, yLabel, false, List.of(), List.of(), null, 1, heatMap);
    }
}
