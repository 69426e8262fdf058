package org.fullsms.ui.charts;

import java.util.List;
import java.util.concurrent.Executor;

import org.eclipse.swt.widgets.Display;

/**
 * Keeps the SWTChart series of a {@link PlotCanvas} in step with the x range and plot width: decimates every
 * series on the executor (a background job), then hands the few thousand kept points to SWTChart on the UI
 * thread via {@link Display#asyncExec}. Only the newest request counts; results of older ones are dropped.
 * The decimated x range extends one visible width beyond each side so a pan shows data before the next
 * refresh arrives.
 */
final class SeriesRefresher {

	/** Below this many points in total, decimation (well under a millisecond) runs directly on the UI thread. */
	static final long SYNC_LIMIT = 50_000;

	private final PlotCanvas canvas;
	private final LatestRequestWorker worker;
	/** Counts requests; touched on the UI thread only. */
	private int generation;
	/** The last request whose points SWTChart shows (or that had nothing to show). */
	private int applied;
	private long lastApplyNanos;

	SeriesRefresher(PlotCanvas canvas, Executor executor) {
		this.canvas = canvas;
		this.worker = new LatestRequestWorker(executor);
	}

	/** Requests a refresh for the current range and size (UI thread). */
	void refresh() {
		int columns = canvas.xPixels();
		AxisRange range = canvas.getRange(PlotCanvas.Axis.X);
		List<PlotSeries> series = canvas.getSeries();
		SeriesData[] data = new SeriesData[series.size()];
		long total = 0;
		for (int i = 0; i < data.length; i++) {
			data[i] = series.get(i).getData();
			total += data[i].size();
		}
		int request = ++generation;
		if (columns <= 0) {
			applied = request;
			return; // not laid out yet: the first resize refreshes
		}
		AxisRange wide = new AxisRange(range.lower() - range.length(), range.upper() + range.length());
		boolean[] step = new boolean[data.length];
		for (int i = 0; i < data.length; i++) {
			step[i] = series.get(i).getStyle().kind().isStep();
		}
		boolean log = canvas.isYLogScale();
		if (total <= SYNC_LIMIT) {
			apply(request, series, decimate(data, step, log, wide, 3 * columns));
			return;
		}
		Display display = canvas.getChart().getDisplay();
		worker.submit(() -> {
			DecimatedSeries[] result = decimate(data, step, log, wide, 3 * columns);
			if (!display.isDisposed()) {
				display.asyncExec(() -> apply(request, series, result));
			}
		});
	}

	/** @return true while the newest refresh has not reached SWTChart yet (UI thread) */
	boolean isPending() {
		return applied != generation;
	}

	/** @return UI-thread time of the last hand-over to SWTChart in nanoseconds (for measurements) */
	long lastApplyNanos() {
		return lastApplyNanos;
	}

	private static DecimatedSeries[] decimate(SeriesData[] data, boolean[] step, boolean log, AxisRange range,
			int columns) {
		DecimatedSeries[] result = new DecimatedSeries[data.length];
		for (int i = 0; i < data.length; i++) {
			result[i] = MinMaxDecimator.decimate(data[i], range.lower(), range.upper(), columns, step[i], log);
		}
		return result;
	}

	private void apply(int request, List<PlotSeries> series, DecimatedSeries[] points) {
		if (request != generation || canvas.getChart().isDisposed()) {
			return; // a newer request is on its way, or the chart is gone
		}
		long start = System.nanoTime();
		AxisRange visible = canvas.getRange(PlotCanvas.Axis.X);
		for (int i = 0; i < points.length; i++) {
			if (!series.get(i).isRemoved()) {
				series.get(i).show(points[i], visible, canvas.isYLogScale(), canvas.getLogFloor());
			}
		}
		applied = request;
		canvas.seriesUpdated();
		lastApplyNanos = System.nanoTime() - start;
	}
}
