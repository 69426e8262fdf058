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
 */
public record Panel(String xLabel, String yLabel, boolean logY, List<Series> series, List<Band> bands,
        double[] verticalLines, double weight) {

    public Panel {
        series = List.copyOf(series);
        bands = List.copyOf(bands);
        verticalLines = verticalLines == null ? new double[0] : verticalLines.clone();
        if (!(weight > 0)) {
            throw new IllegalArgumentException("panel weight must be > 0");
        }
    }

    public static Panel of(String xLabel, String yLabel, List<Series> series) {
        return new Panel(xLabel, yLabel, false, series, List.of(), null, 1);
    }
}
