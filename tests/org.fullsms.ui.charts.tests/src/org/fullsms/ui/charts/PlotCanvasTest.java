package org.fullsms.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.ILineSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Needs a display (CI: Xvfb); skipped without one. */
class PlotCanvasTest {

	@RegisterExtension
	final TestShell ui = new TestShell(FillLayout::new);

	private PlotCanvas canvas() {
		// the decimation runs on the calling thread; its result still arrives through asyncExec
		PlotCanvas c = new PlotCanvas(ui.shell, SWT.NONE, Runnable::run);
		ui.shell.layout(true, true);
		ui.shell.open();
		return c;
	}

	/** @return true if the canvas came to rest (no refresh pending, no events) within 5 s */
	private boolean settle(PlotCanvas c) {
		long end = System.currentTimeMillis() + 5000;
		while ((c.isRefreshPending() || ui.display.readAndDispatch()) && System.currentTimeMillis() < end) {
			ui.display.readAndDispatch();
		}
		return System.currentTimeMillis() < end;
	}

	/**
	 * Issue 18, 1: after a wheel zoom and after a double-click reset the tick labels the x axis shows are those of
	 * the range the data are drawn in (they once showed the previous range until the next layout).
	 */
	@Test
	void tickLabelsFollowWheelZoomAndReset() {
		PlotCanvas c = canvas();
		double[] y = new double[201];
		Arrays.fill(y, 5);
		c.addSeries("trace", "Trace", SeriesStyle.line(Palette.TRACE), SeriesData.uniform(0, 0.1, y));
		settle(c);
		assertTicksWithin(c);
		Control plot = c.getChart().getPlotArea().getControl();
		Event wheel = new Event();
		wheel.x = plot.getSize().x / 2;
		wheel.y = plot.getSize().y / 2;
		wheel.count = 3;
		plot.notifyListeners(SWT.MouseVerticalWheel, wheel);
		settle(c);
		AxisRange zoomed = c.getRange(PlotCanvas.Axis.X);
		assertTrue(zoomed.upper() - zoomed.lower() < 18, "zoomed in: " + zoomed);
		assertTicksWithin(c);
		assertPaintedAsAFullRepaintWould(c);
		Event click = new Event();
		click.x = wheel.x;
		click.y = wheel.y;
		click.button = 1;
		plot.notifyListeners(SWT.MouseDoubleClick, click);
		settle(c);
		assertTrue(c.getRange(PlotCanvas.Axis.X).upper() - c.getRange(PlotCanvas.Axis.X).lower() > 19,
				"reset: " + c.getRange(PlotCanvas.Axis.X));
		assertTicksWithin(c);
		assertPaintedAsAFullRepaintWould(c);
	}

	/**
	 * What is on screen equals what a full repaint of the chart and all its parts draws: no part (the axes' tick
	 * labels) still shows an earlier range.
	 */
	private void assertPaintedAsAFullRepaintWould(PlotCanvas c) {
		paintFor(300); // GTK paints on its frame clock, after the event queue is empty
		ImageData shown = grab(c);
		Point size = c.getChart().getSize();
		c.getChart().redraw(0, 0, size.x, size.y, true);
		paintFor(300);
		ImageData repainted = grab(c);
		assertArrayEquals(repainted.data, shown.data, "the chart on screen differs from a full repaint");
	}

	private void paintFor(long ms) {
		ui.runFor(ms);
	}

	private ImageData grab(PlotCanvas c) {
		Point size = c.getChart().getSize();
		Point origin = c.getChart().toDisplay(0, 0);
		Image image = new Image(ui.display, size.x, size.y);
		GC gc = new GC(ui.display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The x axis' tick labels (as SWTChart will paint them) lie in its range and span most of it. */
	private static void assertTicksWithin(PlotCanvas c) {
		AxisRange r = c.getRange(PlotCanvas.Axis.X);
		double[] ticks = c.getChart().getAxisSet().getXAxis(0).getTick().getTickLabelValues();
		assertTrue(ticks.length >= 2, Arrays.toString(ticks));
		double tolerance = (r.upper() - r.lower()) * 1e-9;
		for (double t : ticks) {
			assertTrue(t >= r.lower() - tolerance && t <= r.upper() + tolerance, "tick " + t + " outside " + r);
		}
		double span = ticks[ticks.length - 1] - ticks[0];
		assertTrue(span >= 0.5 * (r.upper() - r.lower()), "ticks " + Arrays.toString(ticks) + " for " + r);
	}

	/** Issue 18, 6: a count axis (BIC against the number of groups) has ticks at whole numbers only. */
	@Test
	void integerTicksAreWholeNumbers() {
		PlotCanvas c = canvas();
		c.setIntegerTicks(PlotCanvas.Axis.X);
		c.addSeries("bic", "BIC", SeriesStyle.scatter(Palette.TRACE),
				SeriesData.of(new double[] {1, 2, 3, 4}, new double[] {-10, -4, -6, -9}));
		settle(c);
		paintFor(100);
		double[] ticks = c.getChart().getAxisSet().getXAxis(0).getTick().getTickLabelValues();
		assertTrue(ticks.length >= 2, Arrays.toString(ticks));
		for (double t : ticks) {
			assertEquals(Math.rint(t), t, 0.0, "ticks " + Arrays.toString(ticks));
		}
		c.setRange(PlotCanvas.Axis.X, new AxisRange(1, 40));
		settle(c);
		paintFor(100);
		for (double t : c.getChart().getAxisSet().getXAxis(0).getTick().getTickLabelValues()) {
			assertEquals(Math.rint(t), t, 0.0);
		}
	}

	@Test
	void logAxisSurvivesZeroCounts() {
		PlotCanvas c = canvas();
		c.addSeries("decay", "Decay", SeriesStyle.histogram(Palette.TRACE),
				SeriesData.uniform(0, 1, new double[] {0, 5, 1000, 300, 0, 2, 0}));
		c.setYLogScale(true);
		settle(c);
		assertTrue(c.getChart().getAxisSet().getYAxis(0).isLogScaleEnabled());
		assertTrue(c.getRange(PlotCanvas.Axis.Y).lower() > 0);
		// zero bins leave gaps: no point at (or below) the floor, the line in two parts: [5, 1000, 300] and [2]
		List<ILineSeries<Integer>> parts = c.getSeries("decay").drawnParts();
		assertEquals(2, parts.size());
		assertArrayEquals(new double[] {5, 1000, 300}, parts.get(0).getYSeries());
		assertArrayEquals(new double[] {1, 2, 3}, parts.get(0).getXSeries());
		assertArrayEquals(new double[] {2}, parts.get(1).getYSeries());
		assertFalse(parts.get(1).isVisibleInLegend(), "one legend entry per series");
		// a linear axis draws the zeros again, in one line
		c.setYLogScale(false);
		settle(c);
		assertEquals(1, c.getSeries("decay").drawnParts().size());
		assertArrayEquals(new double[] {0, 5, 1000, 300, 0, 2, 0}, c.getSeries("decay").drawnParts().get(0).getYSeries());
		c.setYLogScale(true);
		settle(c);
		assertEquals(2, c.getSeries("decay").drawnParts().size());
		// new data with zeros keeps the axis logarithmic
		c.getSeries("decay").setData(SeriesData.uniform(0, 1, new double[] {0, 0, 7}));
		settle(c);
		assertTrue(c.getChart().getAxisSet().getYAxis(0).isLogScaleEnabled());
	}

	@Test
	void emptySeriesOnALogAxisNeitherRecursesNorDropsTheLogScale() {
		PlotCanvas c = canvas();
		c.setYLogScale(true);
		// an empty series before and after data arrives used to recurse (seriesUpdated -> enableLogScale ->
		// layout -> Resize -> refresh -> setDataModel -> log off -> seriesUpdated ...) into a StackOverflowError
		PlotSeries fit = c.addSeries("fit", "Fit", SeriesStyle.line(Palette.FIT), SeriesData.empty());
		c.addSeries("decay", "Decay", SeriesStyle.histogram(Palette.TRACE),
				SeriesData.uniform(0, 1, new double[] {0, 5, 1000, 300, 0, 2, 0}));
		assertTrue(settle(c), "refreshes come to rest (no endless layout / refresh cycle)");
		assertTrue(c.getChart().getAxisSet().getYAxis(0).isLogScaleEnabled());
		assertFalse(fit.chartSeries().isVisible(), "an empty series draws nothing");
		assertFalse(fit.chartSeries().isVisibleInLegend(), "an empty series has no legend entry");
		fit.setData(SeriesData.uniform(0.5, 1, new double[] {900, 400, 100}));
		assertTrue(settle(c), "refreshes come to rest (no endless layout / refresh cycle)");
		assertTrue(fit.chartSeries().isVisible());
		assertTrue(fit.chartSeries().isVisibleInLegend());
		fit.setData(SeriesData.empty());
		c.getControl().setSize(700, 400); // a resize re-decimates with the empty series in place
		assertTrue(settle(c), "refreshes come to rest (no endless layout / refresh cycle)");
		assertTrue(c.getChart().getAxisSet().getYAxis(0).isLogScaleEnabled());
		assertFalse(fit.chartSeries().isVisible());
		assertEquals(0, fit.getShown().size());
	}

	@Test
	void logAxisWithOnlyEmptySeriesStaysLogarithmic() {
		PlotCanvas c = canvas();
		c.addSeries("a", "A", SeriesStyle.line(Palette.TRACE), SeriesData.empty());
		c.setYLogScale(true);
		settle(c);
		assertTrue(c.getChart().getAxisSet().getYAxis(0).isLogScaleEnabled());
	}

	@Test
	void largeSeriesReachesTheChartDecimatedAndFollowsZoom() {
		PlotCanvas c = canvas();
		double[] y = new double[1_000_000];
		for (int i = 0; i < y.length; i++) {
			y[i] = i % 1000;
		}
		PlotSeries s = c.addSeries("trace", "Trace", SeriesStyle.line(Palette.TRACE), SeriesData.uniform(0, 0.001, y));
		settle(c);
		int columns = c.xPixels();
		assertTrue(s.getShown().size() <= 2 * columns + 2, "shown " + s.getShown().size() + " for " + columns);
		c.setRange(PlotCanvas.Axis.X, new AxisRange(100, 100.05));
		settle(c);
		double[] x = s.getShown().x();
		assertTrue(x[1] >= 100 && x[x.length - 2] <= 100.05, "inner points inside the zoomed range");
		assertEquals(51, x.length, 2, "raw points of 50 ms at 1 ms bins, plus edges (tolerance 2)");
	}

	@Test
	void mouseBoxZoomsLinkedAxesAndDoubleClickResets() {
		PlotCanvas a = canvas();
		a.addSeries("s", "S", SeriesStyle.line(Palette.TRACE), SeriesData.uniform(0, 1, new double[] {0, 10, 5, 8}));
		Shell other = new Shell(ui.display);
		other.setLayout(new FillLayout());
		other.setSize(400, 300);
		PlotCanvas b = new PlotCanvas(other, SWT.NONE, Runnable::run);
		other.layout(true, true);
		AxisLink.link(a, PlotCanvas.Axis.X, b, PlotCanvas.Axis.X);
		settle(a);
		Control plot = a.getChart().getPlotArea().getControl();
		mouse(plot, SWT.MouseDown, 50, 20);
		mouse(plot, SWT.MouseMove, 150, 80);
		mouse(plot, SWT.MouseUp, 150, 80);
		AxisRange zoomed = a.getRange(PlotCanvas.Axis.X);
		assertTrue(zoomed.length() < 3, "zoomed in: " + zoomed);
		assertEquals(zoomed, b.getRange(PlotCanvas.Axis.X));
		mouse(plot, SWT.MouseDoubleClick, 60, 60);
		assertEquals(new AxisRange(0, 3), a.getRange(PlotCanvas.Axis.X));
		assertEquals(new AxisRange(0, 3), b.getRange(PlotCanvas.Axis.X));
		assertFalse(a.isZoomed(PlotCanvas.Axis.X));
		other.dispose();
	}

	@Test
	void exportsPng() throws Exception {
		PlotCanvas c = canvas();
		c.setAxisTitle(PlotCanvas.Axis.X, "Time", "s");
		c.addSeries("s", "S", SeriesStyle.step(Palette.LEVEL), SeriesData.steps(new double[] {0, 1, 2}, new double[] {3, 4}));
		settle(c);
		Path file = Files.createTempFile("chart", ".png");
		PlotExport.savePng(c.getControl(), file);
		byte[] head = Arrays.copyOf(Files.readAllBytes(file), 4);
		Files.delete(file);
		assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head);
	}

	private static void mouse(Control control, int type, int x, int y) {
		Event e = new Event();
		e.x = x;
		e.y = y;
		e.button = 1;
		control.notifyListeners(type, e);
	}
}
