package org.fullsms.ui.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fullsms.export.plot.Figure;
import org.fullsms.export.plot.Panel;
import org.fullsms.export.plot.Series;

/**
 * A chart as a vector figure of the export module (SVG, PDF): one panel per canvas, in the canvases' order and
 * height shares, with their axis titles, log scale and visible series in their colours, each cut to the visible x
 * range (one point beyond each end, so that lines and steps reach the edges). The figure scales its y axis to those
 * data; overlays (bands, ROI, markers) are not part of it.
 */
final class ChartFigure {

	private ChartFigure() {
	}

	static Figure of(String title, List<PlotCanvas> canvases) {
		List<Panel> panels = new ArrayList<>();
		for (PlotCanvas c : canvases) {
			AxisRange visible = c.getRange(PlotCanvas.Axis.X);
			List<Series> series = new ArrayList<>();
			for (PlotSeries s : c.getSeries()) {
				if (s.isVisible() && s.getData().size() > 0) {
					series.add(series(s, visible));
				}
			}
			double weight = Math.max(1, c.getControl().getSize().y);
			panels.add(new Panel(ChartActions.axisTitle(c, PlotCanvas.Axis.X, "x"),
					ChartActions.axisTitle(c, PlotCanvas.Axis.Y, "y"), c.chartAxis(PlotCanvas.Axis.Y).isLogScaleEnabled(),
					series, List.of(), null, weight));
		}
		return new Figure(title, panels);
	}

	private static Series series(PlotSeries s, AxisRange visible) {
		SeriesData d = s.getData();
		int from = 0;
		while (from + 1 < d.size() && d.x(from + 1) <= visible.lower()) {
			from++;
		}
		int to = d.size() - 1;
		while (to - 1 > from && d.x(to - 1) >= visible.upper()) {
			to--;
		}
		double[] x = new double[to - from + 1];
		double[] y = new double[x.length];
		for (int i = from; i <= to; i++) {
			x[i - from] = d.x(i);
			y[i - from] = d.y(i);
		}
		SeriesStyle style = s.getStyle();
		Color color = new Color(style.color().red, style.color().green, style.color().blue);
		String label = style.inLegend() ? s.getLabel() : null;
		return switch (style.kind()) {
			// a step series repeats its last value at its last edge: the figure takes n + 1 edges and n values
			case STEP, HISTOGRAM -> new Series(label, x, Arrays.copyOf(y, Math.max(0, y.length - 1)),
					Series.Style.STEPS, color, Math.max(1, style.lineWidth()));
			case SCATTER -> new Series(label, x, y, Series.Style.POINTS, color, Math.max(2, style.symbolSize() / 2f));
			case LINE -> new Series(label, x, y, Series.Style.LINE, color, Math.max(1, style.lineWidth()));
		};
	}
}
