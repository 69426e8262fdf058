package org.fullsms.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.model.DoubleArraySeriesModel;

/**
 * One series of a {@link PlotCanvas}: full-resolution {@link SeriesData} plus the SWTChart series that shows a
 * decimated copy of it. Made by {@link PlotCanvas#addSeries}; use on the UI thread.
 */
public final class PlotSeries {

	private final PlotCanvas canvas;
	private final ILineSeries<Integer> chartSeries;
	private SeriesStyle style;
	private volatile SeriesData data;
	/** Decimated over the visible x range and one width each side (for panning). */
	private DecimatedSeries decimated = new DecimatedSeries(new double[0], new double[0], new int[0]);
	/** The visible part of {@link #decimated}, as handed to SWTChart. */
	private DecimatedSeries shown = decimated;
	private boolean visible = true;
	/** False while nothing of the series lies in the visible range (SWTChart then holds one hidden point). */
	private boolean hasPoints = true;
	private boolean removed;

	PlotSeries(PlotCanvas canvas, ILineSeries<Integer> chartSeries, String label, SeriesStyle style, SeriesData data) {
		this.canvas = canvas;
		this.chartSeries = chartSeries;
		this.data = data;
		chartSeries.setDescription(label);
		setStyle(style);
	}

	/** @return the id given to {@link PlotCanvas#addSeries} */
	public String getId() {
		return chartSeries.getId();
	}

	/** @return the full-resolution data */
	public SeriesData getData() {
		return data;
	}

	/**
	 * Replaces the data; the chart shows it after a (background) decimation. Auto-ranges the axes the user has
	 * not zoomed.
	 *
	 * @param newData the data
	 */
	public void setData(SeriesData newData) {
		data = newData;
		canvas.dataChanged();
	}

	/** @return the style */
	public SeriesStyle getStyle() {
		return style;
	}

	/** @param newStyle how to draw the series from now on */
	public void setStyle(SeriesStyle newStyle) {
		boolean decimationChanges = style != null && style.kind().isStep() != newStyle.kind().isStep();
		style = newStyle;
		Color color = new Color(newStyle.color());
		chartSeries.setLineColor(color);
		chartSeries.setSymbolColor(color);
		chartSeries.setLineWidth(Math.max(1, newStyle.lineWidth()));
		chartSeries.setLineStyle(newStyle.lineWidth() > 0 ? LineStyle.SOLID : LineStyle.NONE);
		chartSeries.setSymbolType(newStyle.symbolSize() > 0 ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
		chartSeries.setSymbolSize(Math.max(1, newStyle.symbolSize()));
		chartSeries.enableStep(newStyle.kind().isStep());
		chartSeries.enableArea(newStyle.kind() == SeriesStyle.Kind.HISTOGRAM);
		showInChart();
		// smooth curves read better; min/max envelopes of traces stay crisp without antialiasing
		chartSeries.setAntialias(newStyle.kind() == SeriesStyle.Kind.LINE ? SWT.DEFAULT : SWT.OFF);
		if (decimationChanges) {
			canvas.refreshSeries();
		} else {
			canvas.redrawPlot();
		}
	}

	/** @param label legend text */
	public void setLabel(String label) {
		if (!label.equals(chartSeries.getDescription())) {
			chartSeries.setDescription(label);
			canvas.legendChanged();
		}
	}

	/** @return true unless hidden with {@link #setVisible} */
	public boolean isVisible() {
		return visible;
	}

	/** @param show false hides the series (and leaves it out of auto ranges) */
	public void setVisible(boolean show) {
		visible = show;
		showInChart();
		canvas.getChart().redraw();
	}

	/** @return the points currently handed to SWTChart (before log clipping) */
	public DecimatedSeries getShown() {
		return shown;
	}

	/** Removes the series from its canvas. */
	public void remove() {
		canvas.removeSeries(this);
	}

	boolean isRemoved() {
		return removed;
	}

	void markRemoved() {
		removed = true;
	}

	ILineSeries<Integer> chartSeries() {
		return chartSeries;
	}

	/** Takes new decimated points and shows their visible part (UI thread). */
	void show(DecimatedSeries points, AxisRange visible, boolean logY, double logFloor) {
		decimated = points;
		reslice(visible, logY, logFloor);
	}

	/**
	 * Hands the visible part of the decimated points to SWTChart, values &lt;= 0 at the floor on a log axis
	 * (UI thread; cheap, so a pan shows data at once while the next decimation runs).
	 */
	void reslice(AxisRange visible, boolean logY, double logFloor) {
		shown = decimated.slice(visible.lower(), visible.upper());
		boolean had = hasPoints;
		hasPoints = shown.size() > 0;
		if (hasPoints) {
			double[] y = logY ? AxisMath.clipForLog(shown.y(), logFloor) : shown.y();
			chartSeries.setDataModel(new DoubleArraySeriesModel(shown.x(), y));
		} else {
			// SWTChart reads an empty series' y range as [0, 0] and switches a log axis off; switching it back on
			// re-lays out the chart, resizes the plot, refreshes, empties the series again... forever. One hidden
			// point at the floor keeps the axis logarithmic and shows nothing.
			chartSeries.setDataModel(new DoubleArraySeriesModel(new double[] {visible.lower()},
					new double[] {logY ? logFloor : 0}));
		}
		if (had != hasPoints) {
			showInChart();
		}
	}

	private void showInChart() {
		boolean inLegend = visible && hasPoints && style.inLegend();
		chartSeries.setVisible(visible && hasPoints);
		if (chartSeries.isVisibleInLegend() != inLegend) {
			chartSeries.setVisibleInLegend(inLegend);
			canvas.legendChanged();
		}
	}
}
