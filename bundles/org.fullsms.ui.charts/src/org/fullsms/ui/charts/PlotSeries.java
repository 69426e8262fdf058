package org.fullsms.ui.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.model.DoubleArraySeriesModel;

/**
 * One series of a {@link PlotCanvas}: full-resolution {@link SeriesData} plus the SWTChart series that shows a
 * decimated copy of it. Made by {@link PlotCanvas#addSeries}; use on the UI thread.
 * <p>
 * On a log y axis the line breaks at values &lt;= 0. SWTChart draws each series as one unbroken line, so every
 * stretch after the first is handed to an extra SWTChart series of the same style without a legend entry (a
 * "gap part"); parts are reused and hidden when not needed, as creating series re-lays out the chart.
 */
public final class PlotSeries {

	private final PlotCanvas canvas;
	private final ILineSeries<Integer> chartSeries;
	/** Drawn stretches after the first (log axis with gaps); the surplus ones are hidden. */
	private final List<ILineSeries<Integer>> gapParts = new ArrayList<>();
	/** How many of {@link #gapParts} hold a stretch now. */
	private int gapPartsUsed;
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
		applyStyle(chartSeries);
		gapParts.forEach(this::applyStyle);
		showInChart();
		if (decimationChanges) {
			canvas.refreshSeries();
		} else {
			canvas.redrawPlot();
		}
	}

	private void applyStyle(ILineSeries<Integer> line) {
		Color color = new Color(style.color());
		line.setLineColor(color);
		line.setSymbolColor(color);
		line.setLineWidth(Math.max(1, style.lineWidth()));
		line.setLineStyle(style.lineWidth() > 0 ? LineStyle.SOLID : LineStyle.NONE);
		line.setSymbolType(style.symbolSize() > 0 ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
		line.setSymbolSize(Math.max(1, style.symbolSize()));
		line.enableStep(style.kind().isStep());
		line.enableArea(style.kind() == SeriesStyle.Kind.HISTOGRAM);
		// smooth curves read better; min/max envelopes of traces stay crisp without antialiasing
		line.setAntialias(style.kind() == SeriesStyle.Kind.LINE ? SWT.DEFAULT : SWT.OFF);
	}

	/** @return the legend text */
	public String getLabel() {
		return chartSeries.getDescription();
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

	/** @return the visible decimated points (on a log axis SWTChart gets only those &gt; 0, see {@link #drawnParts()}) */
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
		for (ILineSeries<Integer> part : gapParts) {
			canvas.getChart().getSeriesSet().deleteSeries(part.getId());
		}
		gapParts.clear();
	}

	/** @return the SWTChart series drawing this series now: the main one and the gap parts in use */
	List<ILineSeries<Integer>> drawnParts() {
		List<ILineSeries<Integer>> parts = new ArrayList<>();
		if (chartSeries.isVisible()) {
			parts.add(chartSeries);
			parts.addAll(gapParts.subList(0, gapPartsUsed));
		}
		return parts;
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
	 * Hands the visible part of the decimated points to SWTChart, on a log axis only its stretches of values
	 * &gt; 0 (UI thread; cheap, so a pan shows data at once while the next decimation runs).
	 */
	void reslice(AxisRange visible, boolean logY, double logFloor) {
		shown = decimated.slice(visible.lower(), visible.upper());
		List<int[]> runs = logY ? AxisMath.positiveRuns(shown.y()) : List.of(new int[] {0, shown.size()});
		boolean had = hasPoints;
		hasPoints = shown.size() > 0 && !runs.isEmpty();
		if (hasPoints) {
			chartSeries.setDataModel(model(runs.get(0)));
		} else {
			// SWTChart reads an empty series' y range as [0, 0] and switches a log axis off; switching it back on
			// re-lays out the chart, resizes the plot, refreshes, empties the series again... forever. One hidden
			// point at the floor keeps the axis logarithmic and shows nothing.
			chartSeries.setDataModel(new DoubleArraySeriesModel(new double[] {visible.lower()},
					new double[] {logY ? logFloor : 0}));
		}
		useGapParts(hasPoints ? runs.subList(1, runs.size()) : List.of());
		if (had != hasPoints) {
			showInChart();
		}
	}

	private DoubleArraySeriesModel model(int[] run) {
		return new DoubleArraySeriesModel(Arrays.copyOfRange(shown.x(), run[0], run[1]),
				Arrays.copyOfRange(shown.y(), run[0], run[1]));
	}

	/** Shows the stretches after the first in gap parts, creating parts only when there are too few. */
	private void useGapParts(List<int[]> runs) {
		if (gapParts.size() < runs.size()) {
			canvas.deferLayout(); // each new SWTChart series lays the chart out: once for all of them
		}
		while (gapParts.size() < runs.size()) {
			@SuppressWarnings("unchecked")
			ILineSeries<Integer> part = (ILineSeries<Integer>) canvas.getChart().getSeriesSet()
					.createSeries(SeriesType.LINE, getId() + "\u0000gap" + gapParts.size());
			part.setVisibleInLegend(false);
			applyStyle(part);
			gapParts.add(part);
		}
		for (int i = 0; i < runs.size(); i++) {
			gapParts.get(i).setDataModel(model(runs.get(i)));
		}
		gapPartsUsed = runs.size();
		showGapParts();
	}

	private void showGapParts() {
		for (int i = 0; i < gapParts.size(); i++) {
			gapParts.get(i).setVisible(visible && i < gapPartsUsed);
		}
	}

	private void showInChart() {
		boolean inLegend = visible && hasPoints && style.inLegend();
		chartSeries.setVisible(visible && hasPoints);
		showGapParts();
		if (chartSeries.isVisibleInLegend() != inLegend) {
			chartSeries.setVisibleInLegend(inLegend);
			canvas.legendChanged();
		}
	}
}
