package org.fullsms.ui.charts;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisTick;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

/**
 * A 2-D plot on an SWTChart {@link Chart} (core API only) for large, array-backed series: titled axes with
 * units, legend, line/step/scatter/histogram series ({@link PlotSeries}), a log y axis that never breaks on zero
 * counts, overlays ({@link Overlay}), draggable lines, and our own mouse zoom and pan:
 * <ul>
 * <li>left drag: zoom to the box (a box flatter than 5 px zooms one axis only); a click without drag goes to the
 * {@link ClickListener}s;</li>
 * <li>wheel: zoom x about the pointer; Ctrl + wheel: zoom y;</li>
 * <li>middle drag, or Shift/Ctrl + left drag: pan; in {@link #setPanMode pan mode} a plain left drag pans too;</li>
 * <li>double-click: reset to the data extents;</li>
 * <li>left drag on a {@link DraggableLine}: move it;</li>
 * <li>right click: the context menu ({@link ChartMenu}: zoom, fit, pan mode, log scale, export, copy data).</li>
 * </ul>
 * Every zoom, pan or resize re-decimates the series in the background ({@link SeriesRefresher}); only a few
 * thousand points ever reach SWTChart. On a log y axis lines break at values &lt;= 0 (empty bins leave gaps, as
 * in matplotlib's semilogy; see {@link PlotSeries}); its auto range starts at max(smallest value, floor), the
 * floor being {@value #DEFAULT_LOG_FLOOR} counts unless set.
 * <p>
 * Use on the UI thread only. Axes the user (or the program, via {@link #setRange}) has not zoomed follow the
 * data when it changes.
 */
public final class PlotCanvas {

	/** The two data axes. With {@link #setVertical(boolean) vertical} orientation, X is drawn vertically. */
	public enum Axis {
		/** the data x axis */
		X,
		/** the data y axis */
		Y
	}

	/** Hears axis range changes (zoom, pan, reset, auto range, links). */
	@FunctionalInterface
	public interface RangeListener {
		/** @param axis the axis @param range its new range */
		void rangeChanged(Axis axis, AxisRange range);
	}

	/** Hears the mouse move over the plot. */
	@FunctionalInterface
	public interface CursorListener {
		/** @param x data x, NaN when the mouse left the plot @param y data y, NaN when it left */
		void cursorMoved(double x, double y);
	}

	/** Hears clicks (press and release without a drag) in the plot. */
	@FunctionalInterface
	public interface ClickListener {
		/** @param x data x @param y data y @param button mouse button, 1 = left */
		void clicked(double x, double y, int button);
	}

	/** Default lowest value of a log y axis' auto range, in y units (half a count for count histograms). */
	public static final double DEFAULT_LOG_FLOOR = 0.5;

	private final Chart chart;
	private final SeriesRefresher refresher;
	private final List<PlotSeries> series = new ArrayList<>();
	private final Map<String, List<Overlay>> overlays = new LinkedHashMap<>();
	private final List<DraggableLine> draggableLines = new ArrayList<>();
	private final List<RangeListener> rangeListeners = new ArrayList<>();
	private final List<Runnable> modeListeners = new ArrayList<>();
	final List<CursorListener> cursorListeners = new ArrayList<>();
	final List<ClickListener> clickListeners = new ArrayList<>();
	private final boolean[] zoomed = new boolean[2];
	private final boolean[] integerTicks = new boolean[2];
	/** SWTChart's own distance between tick labels, in pixels. */
	private static final int DEFAULT_TICK_HINT = 64;
	private boolean logY;
	private double logFloor = DEFAULT_LOG_FLOOR;
	private boolean panMode;

	/**
	 * A canvas that decimates in system {@link org.eclipse.core.runtime.jobs.Job}s.
	 *
	 * @param parent parent composite
	 * @param style  SWT style of the chart composite
	 */
	public PlotCanvas(Composite parent, int style) {
		this(parent, style, new JobExecutor("Chart refresh"));
	}

	/**
	 * @param parent     parent composite
	 * @param style      SWT style of the chart composite
	 * @param background runs decimation off the UI thread (e.g. a plain thread pool outside OSGi)
	 */
	public PlotCanvas(Composite parent, int style, Executor background) {
		chart = new Chart(parent, style | Chart.NO_AXIS_POSITION_UPDATE);
		chart.enableCompress(false); // our decimator already did it, exactly
		ChartLook.apply(chart);
		setTitle(null);
		refresher = new SeriesRefresher(this, background);
		OverlayPainter.install(this);
		PlotInteraction.install(this);
		ChartMenu.install(this);
		chart.getPlotArea().getControl().addListener(SWT.Resize, e -> {
			refresher.refresh();
			updateIntegerTicks();
		});
	}

	/** @return the SWTChart chart, for what this class does not cover */
	public Chart getChart() {
		return chart;
	}

	/** @return the control to lay out */
	public Control getControl() {
		return chart;
	}

	/** @param title the chart title, or null for none (saves space in editors) */
	public void setTitle(String title) {
		deferLayout();
		chart.getTitle().setText(title == null ? "" : title);
		chart.getTitle().setVisible(title != null && !title.isEmpty());
		chart.updateLayout();
	}

	/**
	 * @param axis     the axis
	 * @param quantity e.g. "Intensity", or null to hide the title
	 * @param unit     e.g. "counts / 100 ms", or null for a unitless quantity
	 */
	public void setAxisTitle(Axis axis, String quantity, String unit) {
		deferLayout();
		IAxis a = chartAxis(axis);
		a.getTitle().setText(quantity == null ? "" : axisTitle(quantity, unit));
		a.getTitle().setVisible(quantity != null);
		chart.updateLayout();
	}

	/**
	 * @param quantity e.g. "Time"
	 * @param unit     e.g. "s", or null
	 * @return "Time (s)", or the quantity alone
	 */
	public static String axisTitle(String quantity, String unit) {
		return unit == null || unit.isEmpty() ? quantity : quantity + " (" + unit + ")";
	}

	/** @param compact true draws the axis titles in the plain tick font (for panes only a few lines high) */
	public void setCompact(boolean compact) {
		deferLayout();
		ChartLook.compact(chart, compact);
		chart.updateLayout();
	}

	/** @param position SWT.RIGHT (default), SWT.TOP, SWT.BOTTOM or SWT.LEFT; SWT.NONE hides the legend */
	public void setLegendPosition(int position) {
		deferLayout();
		chart.getLegend().setVisible(position != SWT.NONE);
		if (position != SWT.NONE) {
			chart.getLegend().setPosition(position);
		}
		chart.updateLayout();
	}

	/**
	 * @param axis   the axis
	 * @param pixels wanted distance between tick labels (SWTChart's default is 64; small panes want ~25)
	 */
	public void setTickSpacing(Axis axis, int pixels) {
		deferLayout();
		chartAxis(axis).getTick().setTickMarkStepHint(pixels);
		chart.updateLayout();
	}

	/**
	 * @param axis    the axis
	 * @param visible false hides its tick labels (a pane stacked above another that labels the same shared axis)
	 */
	public void setTickLabelsVisible(Axis axis, boolean visible) {
		deferLayout();
		chartAxis(axis).getTick().setVisible(visible);
		chart.updateLayout();
	}

	/**
	 * Ticks of a count axis (e.g. a number of groups) only at whole numbers, labelled without decimals: the tick
	 * spacing follows the range so that ticks are at least one unit apart.
	 */
	public void setIntegerTicks(Axis axis) {
		integerTicks[axis.ordinal()] = true;
		chartAxis(axis).getTick().setFormat(new DecimalFormat("0"));
		updateIntegerTicks();
	}

	private void updateIntegerTicks() {
		for (Axis axis : Axis.values()) {
			if (!integerTicks[axis.ordinal()]) {
				continue;
			}
			Point size = chart.getPlotArea().getControl().getSize();
			int pixels = isHorizontal(axis) ? size.x : size.y;
			AxisRange r = getRange(axis);
			// SWTChart steps are 1, 2 or 5 × 10^k, at least the hint apart: a hint above one unit gives steps of 1 or more.
			int perUnit = (int) Math.ceil(pixels / Math.max(1e-9, r.upper() - r.lower()));
			int hint = Math.max(DEFAULT_TICK_HINT, Math.min(perUnit + 1, Math.max(DEFAULT_TICK_HINT, pixels)));
			IAxisTick tick = chartAxis(axis).getTick();
			if (tick.getTickMarkStepHint() != hint) {
				tick.setTickMarkStepHint(hint);
				deferLayout();
			}
		}
	}

	/** @param vertical true draws the x axis vertically (e.g. an intensity histogram beside a trace) */
	public void setVertical(boolean vertical) {
		chart.setOrientation(vertical ? SWT.VERTICAL : SWT.HORIZONTAL);
		refresher.refresh();
	}

	/**
	 * @param id    unique id within this canvas
	 * @param label legend text
	 * @param style how to draw it
	 * @param data  the data (may be {@link SeriesData#empty()})
	 * @return the new series, drawn above the earlier ones
	 */
	public PlotSeries addSeries(String id, String label, SeriesStyle style, SeriesData data) {
		if (getSeries(id) != null) {
			throw new IllegalArgumentException("series id already used: " + id);
		}
		@SuppressWarnings("unchecked")
		ILineSeries<Integer> line = (ILineSeries<Integer>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		PlotSeries s = new PlotSeries(this, line, label, style, data);
		series.add(s);
		legendChanged();
		dataChanged();
		return s;
	}

	/** @param id series id @return the series, or null */
	public PlotSeries getSeries(String id) {
		for (PlotSeries s : series) {
			if (s.getId().equals(id)) {
				return s;
			}
		}
		return null;
	}

	/** @return the series in drawing order (a copy) */
	public List<PlotSeries> getSeries() {
		return List.copyOf(series);
	}

	void removeSeries(PlotSeries s) {
		if (series.remove(s)) {
			s.markRemoved();
			chart.getSeriesSet().deleteSeries(s.getId());
			legendChanged();
			chart.redraw();
		}
	}

	/**
	 * Switches the y axis between linear and log; both show the data extents afterwards.
	 *
	 * @param log true for log10
	 */
	public void setYLogScale(boolean log) {
		if (log == logY) {
			return;
		}
		logY = log;
		deferLayout();
		IAxis y = chartAxis(Axis.Y);
		if (!log) {
			y.enableLogScale(false);
		}
		// clip (or unclip) what SWTChart holds before the axis checks it
		reslice();
		if (log) {
			y.enableLogScale(true);
		}
		zoomed[Axis.Y.ordinal()] = false;
		autoRange(Axis.Y);
		seriesUpdated();
		refresher.refresh(); // a log axis decimates over the values > 0 only
		fireModeChanged();
	}

	/** @return true if the y axis is log10 */
	public boolean isYLogScale() {
		return logY;
	}

	/** @param floor lowest value of a log y axis' auto range, &gt; 0 (see {@link #DEFAULT_LOG_FLOOR}) */
	public void setLogFloor(double floor) {
		if (!(floor > 0) || !Double.isFinite(floor)) {
			throw new IllegalArgumentException("log floor must be > 0, got " + floor);
		}
		logFloor = floor;
		reslice();
		if (!zoomed[Axis.Y.ordinal()]) {
			autoRange(Axis.Y);
		}
		seriesUpdated();
	}

	/** @return the log floor */
	public double getLogFloor() {
		return logFloor;
	}

	/**
	 * @param on true: a plain left drag pans instead of zooming to a box (for touchpads and one-button mice;
	 *           middle drag and Shift/Ctrl + drag pan anyway)
	 */
	public void setPanMode(boolean on) {
		if (on != panMode) {
			panMode = on;
			fireModeChanged();
		}
	}

	/** @return true in pan mode */
	public boolean isPanMode() {
		return panMode;
	}

	/** @param l hears pan mode and log scale switches (to keep toolbar buttons in step) */
	public void addModeListener(Runnable l) {
		modeListeners.add(l);
	}

	/** @param l listener to remove */
	public void removeModeListener(Runnable l) {
		modeListeners.remove(l);
	}

	private void fireModeChanged() {
		List.copyOf(modeListeners).forEach(Runnable::run);
	}

	/** @param axis the axis @return its current range */
	public AxisRange getRange(Axis axis) {
		Range r = chartAxis(axis).getRange();
		return r.lower < r.upper ? new AxisRange(r.lower, r.upper) : new AxisRange(r.lower, r.lower + 1);
	}

	/**
	 * Zooms an axis; it then no longer follows data changes until {@link #resetRange()}.
	 *
	 * @param axis  the axis
	 * @param range the new range (positive on a log axis)
	 */
	public void setRange(Axis axis, AxisRange range) {
		zoomed[axis.ordinal()] = true;
		applyRange(axis, range);
	}

	/** @param axis the axis @return true if it was zoomed since the last reset */
	public boolean isZoomed(Axis axis) {
		return zoomed[axis.ordinal()];
	}

	/** Shows the extents of the visible series on both axes (what double-click does). */
	public void resetRange() {
		zoomed[0] = false;
		zoomed[1] = false;
		autoRange(Axis.X);
		autoRange(Axis.Y);
	}

	/**
	 * Replaces one layer of overlays (e.g. "levels", "groups", "roi"); layers draw in the order first set.
	 *
	 * @param layer    layer name
	 * @param overlays its overlays (empty clears it)
	 */
	public void setOverlays(String layer, List<Overlay> overlays) {
		this.overlays.put(layer, List.copyOf(overlays));
		redrawPlot();
	}

	/**
	 * @param x        initial x
	 * @param color    colour
	 * @param label    text beside the line, or null
	 * @param listener hears moves and the release
	 * @return the line
	 */
	public DraggableLine addDraggableXLine(double x, RGB color, String label, DraggableLine.Listener listener) {
		DraggableLine line = new DraggableLine(this, x, color, label, listener);
		draggableLines.add(line);
		redrawPlot();
		return line;
	}

	void removeDraggableLine(DraggableLine line) {
		draggableLines.remove(line);
		redrawPlot();
	}

	/** @param l listener for axis range changes */
	public void addRangeListener(RangeListener l) {
		rangeListeners.add(l);
	}

	/** @param l listener to remove */
	public void removeRangeListener(RangeListener l) {
		rangeListeners.remove(l);
	}

	/** @param l listener for the mouse position in data coordinates */
	public void addCursorListener(CursorListener l) {
		cursorListeners.add(l);
	}

	/** @param l listener for clicks in data coordinates */
	public void addClickListener(ClickListener l) {
		clickListeners.add(l);
	}

	/** @return true while the newest decimation has not reached the chart (for tests and exports) */
	public boolean isRefreshPending() {
		return refresher.isPending();
	}

	/** @return UI-thread time of the last hand-over of decimated points to SWTChart, in nanoseconds */
	public long getLastRefreshNanos() {
		return refresher.lastApplyNanos();
	}

	// ---- package-private plumbing ----

	List<Overlay> overlays() {
		List<Overlay> all = new ArrayList<>();
		overlays.values().forEach(all::addAll);
		return all;
	}

	List<DraggableLine> draggableLines() {
		return Collections.unmodifiableList(draggableLines);
	}

	IAxis chartAxis(Axis axis) {
		return axis == Axis.X ? chart.getAxisSet().getXAxis(0) : chart.getAxisSet().getYAxis(0);
	}

	/** True if the axis runs left to right on screen. */
	boolean isHorizontal(Axis axis) {
		return (axis == Axis.X) == (chart.getOrientation() == SWT.HORIZONTAL);
	}

	/** Pixel columns along the data x axis. */
	int xPixels() {
		Point size = chart.getPlotArea().getSize();
		return isHorizontal(Axis.X) ? size.x : size.y;
	}

	/** Data coordinate under a plot-area pixel. */
	double dataAt(Axis axis, int px, int py) {
		return chartAxis(axis).getDataCoordinate(isHorizontal(axis) ? px : py);
	}

	/** Plot-area pixel (along the axis' screen direction) of a data value, clamped to stay drawable. */
	int pixelOf(Axis axis, double value) {
		IAxis a = chartAxis(axis);
		double v = a.isLogScaleEnabled() ? Math.max(value, a.getRange().lower * 1e-6) : value;
		int limit = 4 * Math.max(chart.getPlotArea().getSize().x, chart.getPlotArea().getSize().y) + 100;
		return Math.max(-limit, Math.min(limit, a.getPixelCoordinate(v)));
	}

	void applyRange(Axis axis, AxisRange range) {
		AxisRange old = getRange(axis);
		if (old.equals(range)) {
			return;
		}
		deferLayout();
		chartAxis(axis).setRange(new Range(range.lower(), range.upper()));
		if (axis == Axis.X) {
			reslice();
			refresher.refresh();
		}
		seriesUpdated();
		updateIntegerTicks();
		AxisRange now = getRange(axis);
		for (RangeListener l : List.copyOf(rangeListeners)) {
			l.rangeChanged(axis, now);
		}
	}

	void dataChanged() {
		for (Axis axis : Axis.values()) {
			if (!zoomed[axis.ordinal()]) {
				autoRange(axis);
			}
		}
		refresher.refresh();
	}

	private void reslice() {
		AxisRange visible = getRange(Axis.X);
		for (PlotSeries s : series) {
			s.reslice(visible, logY, logFloor);
		}
	}

	void refreshSeries() {
		refresher.refresh();
	}

	/** After SWTChart got new points: a log axis it switched off (empty series) is switched on again. */
	void seriesUpdated() {
		IAxis y = chartAxis(Axis.Y);
		if (logY && !y.isLogScaleEnabled()) {
			deferLayout();
			AxisRange keep = getRange(Axis.Y);
			y.enableLogScale(true);
			y.setRange(new Range(Math.max(keep.lower(), logFloor), Math.max(keep.upper(), logFloor * 10)));
		}
		chart.redraw();
	}

	/**
	 * Postpones SWTChart's layout to the end of the current burst of changes. Each layout measures every tick
	 * label (an off-screen image per text) and SWTChart lays out on every axis range, title or log change: a new
	 * trace with levels and group levels (auto ranging both axes of each series, and the linked axes) meant dozens
	 * of layouts on the UI thread where one will do.
	 */
	void deferLayout() {
		if (!chart.isUpdateSuspended()) {
			chart.suspendUpdate(true);
			chart.getDisplay().asyncExec(() -> {
				if (!chart.isDisposed()) {
					chart.suspendUpdate(false); // lays out once
					repaintAll();
				}
			});
		}
	}

	/**
	 * Lays out now if a layout was postponed: SWTChart's legend paints from the cell bounds of its last layout and
	 * fails on an entry it has not laid out yet.
	 */
	void legendChanged() {
		if (chart.isUpdateSuspended()) {
			chart.suspendUpdate(false);
		} else {
			chart.updateLayout();
		}
		repaintAll();
	}

	/**
	 * Repaints the chart with all its parts. A layout that leaves the parts' bounds as they were does not repaint
	 * them: the axes kept showing the tick labels of the range before a zoom or reset while the plot showed the new
	 * one (issue 18).
	 */
	private void repaintAll() {
		chart.redraw();
	}

	void redrawPlot() {
		chart.getPlotArea().getControl().redraw();
	}

	private void autoRange(Axis axis) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (PlotSeries s : series) {
			if (!s.isVisible() || s.getData().size() == 0) {
				continue;
			}
			SeriesData d = s.getData();
			min = Math.min(min, axis == Axis.X ? d.xMin() : d.yMin());
			max = Math.max(max, axis == Axis.X ? d.xMax() : d.yMax());
		}
		AxisRange range;
		if (axis == Axis.X) {
			// time axes span the data exactly
			range = max > min ? new AxisRange(min, max) : AxisMath.autoRange(min, max, false, logFloor);
		} else {
			range = AxisMath.autoRange(min, max, logY, logFloor);
		}
		if (range != null) {
			applyRange(axis, range);
		}
	}
}
