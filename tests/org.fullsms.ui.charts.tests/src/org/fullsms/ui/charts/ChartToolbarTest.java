package org.fullsms.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.fullsms.export.plot.Figure;
import org.fullsms.export.plot.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: the chart toolbar and context menu. Needs a display (CI: Xvfb); skipped without one. */
class ChartToolbarTest {

	private static final double TOL = 1e-9;

	@RegisterExtension
	final TestShell ui = new TestShell(GridLayout::new);

	/** A canvas over x 0..100 (s) with counts 0..10, in a grid cell, with its toolbar. */
	private PlotCanvas canvas() {
		PlotCanvas c = new PlotCanvas(ui.shell, SWT.NONE, Runnable::run);
		c.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		c.setAxisTitle(PlotCanvas.Axis.X, "Time", "s");
		c.setAxisTitle(PlotCanvas.Axis.Y, "Intensity", "counts");
		double[] y = new double[101];
		for (int i = 0; i < y.length; i++) {
			y[i] = i % 11;
		}
		c.addSeries("trace", "Trace", SeriesStyle.line(Palette.TRACE), SeriesData.uniform(0, 1, y));
		return c;
	}

	private void show() {
		ui.shell.layout(true, true);
		ui.shell.open();
		ui.runFor(300);
	}

	private static void press(ToolItem item, int stateMask) {
		Event e = new Event();
		e.stateMask = stateMask;
		item.notifyListeners(SWT.Selection, e);
	}

	private static ToolItem item(ToolBar bar, String text) {
		return Arrays.stream(bar.getItems()).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
	}

	@Test
	void takesTheChartsPlaceInItsParentAndExplainsTheGestures() {
		PlotCanvas c = canvas();
		Control before = new org.eclipse.swt.widgets.Label(ui.shell, SWT.NONE);
		before.moveAbove(c.getControl());
		ToolBar bar = ChartToolbar.attach(c);
		show();
		assertSame(bar.getParent(), c.getControl().getParent());
		assertSame(ui.shell, bar.getParent().getParent());
		assertEquals(1, Arrays.asList(ui.shell.getChildren()).indexOf(bar.getParent()), "in the chart's place");
		assertTrue(bar.getBounds().y + bar.getBounds().height <= c.getControl().getBounds().y, "above the chart");
		assertTrue(c.getControl().getSize().y > 300, "the chart fills the cell: " + c.getControl().getSize());
		for (ToolItem item : bar.getItems()) {
			assertTrue((item.getStyle() & SWT.SEPARATOR) != 0 || item.getToolTipText() != null, item.getText());
		}
		assertTrue(item(bar, "Zoom +").getToolTipText().contains("Time (s)"));
		assertTrue(item(bar, "Fit").getToolTipText().contains("Ctrl+wheel: zoom y"));
	}

	@Test
	void zoomButtonsZoomAboutTheCentreAndFitResets() {
		PlotCanvas c = canvas();
		ToolBar bar = ChartToolbar.attach(c);
		show();
		assertEquals(new AxisRange(0, 100), c.getRange(PlotCanvas.Axis.X));
		AxisRange y = c.getRange(PlotCanvas.Axis.Y);
		press(item(bar, "Zoom +"), 0);
		assertEquals(25, c.getRange(PlotCanvas.Axis.X).lower(), TOL);
		assertEquals(75, c.getRange(PlotCanvas.Axis.X).upper(), TOL);
		assertEquals(y, c.getRange(PlotCanvas.Axis.Y), "plain zoom leaves y alone");
		press(item(bar, "Zoom \u2212"), 0);
		assertEquals(0, c.getRange(PlotCanvas.Axis.X).lower(), TOL);
		assertEquals(100, c.getRange(PlotCanvas.Axis.X).upper(), TOL);
		press(item(bar, "Zoom +"), SWT.CTRL);
		assertEquals(y.length() / 2, c.getRange(PlotCanvas.Axis.Y).length(), TOL, "Ctrl zooms y");
		assertEquals((y.lower() + y.upper()) / 2,
				(c.getRange(PlotCanvas.Axis.Y).lower() + c.getRange(PlotCanvas.Axis.Y).upper()) / 2, TOL);
		press(item(bar, "Zoom +"), 0);
		press(item(bar, "Fit"), 0);
		assertEquals(new AxisRange(0, 100), c.getRange(PlotCanvas.Axis.X));
		assertEquals(y, c.getRange(PlotCanvas.Axis.Y));
		assertFalse(c.isZoomed(PlotCanvas.Axis.X));
	}

	@Test
	void stackToolbarZoomsTheSharedXOnceAndEveryY() {
		StackedPlots stack = new StackedPlots(ui.shell, SWT.NONE, Runnable::run, 3, 1);
		stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stack.get(0).addSeries("d", "Decay", SeriesStyle.line(Palette.TRACE), SeriesData.uniform(0, 1, new double[] {1, 9, 4, 2, 1}));
		stack.get(1).addSeries("r", "Residuals", SeriesStyle.line(Palette.TRACE), SeriesData.uniform(0, 1, new double[] {-1, 2, 0, 1, -2}));
		ToolBar bar = ChartToolbar.attach(stack);
		show();
		AxisRange residualY = stack.get(1).getRange(PlotCanvas.Axis.Y);
		press(item(bar, "Zoom +"), 0);
		assertEquals(new AxisRange(1, 3), stack.get(0).getRange(PlotCanvas.Axis.X), "zoomed once, not per canvas");
		assertEquals(new AxisRange(1, 3), stack.get(1).getRange(PlotCanvas.Axis.X));
		press(item(bar, "Zoom +"), SWT.CTRL);
		assertEquals(residualY.length() / 2, stack.get(1).getRange(PlotCanvas.Axis.Y).length(), TOL);
	}

	@Test
	void panModeMakesALeftDragMoveTheRange() {
		PlotCanvas c = canvas();
		ToolBar bar = ChartToolbar.attach(c);
		show();
		Control plot = c.getChart().getPlotArea().getControl();
		int width = plot.getSize().x;
		ToolItem pan = item(bar, "Pan");
		pan.setSelection(true);
		press(pan, 0);
		assertTrue(c.isPanMode());
		drag(plot, width / 2, width / 4);
		AxisRange moved = c.getRange(PlotCanvas.Axis.X);
		assertEquals(100, moved.length(), TOL, "a pan keeps the length");
		assertEquals(25, moved.lower(), 0.5, "dragged left by a quarter width: the view moves right by 25 s");
		c.setPanMode(false);
		assertFalse(pan.getSelection(), "the button follows the canvas (e.g. the context menu)");
		drag(plot, width / 2, width / 4);
		assertTrue(c.getRange(PlotCanvas.Axis.X).length() < 50, "without pan mode a drag zooms to the box");
	}

	private static void drag(Control plot, int fromX, int toX) {
		mouse(plot, SWT.MouseDown, fromX, 40);
		mouse(plot, SWT.MouseMove, toX, 40);
		mouse(plot, SWT.MouseUp, toX, 40);
	}

	private static void mouse(Control control, int type, int x, int y) {
		Event e = new Event();
		e.x = x;
		e.y = y;
		e.button = 1;
		control.notifyListeners(type, e);
	}

	@Test
	void copyDataPutsTheVisiblePointsWithUnitsOnTheClipboard() {
		PlotCanvas c = canvas();
		c.addSeries("fit", "Fit", SeriesStyle.line(Palette.FIT), SeriesData.of(new double[] {2.5, 3.5}, new double[] {7, 8}));
		ToolBar bar = ChartToolbar.attach(c);
		show();
		c.setRange(PlotCanvas.Axis.X, new AxisRange(2, 4.2));
		press(item(bar, "Copy Data"), 0);
		Clipboard clipboard = new Clipboard(ui.display);
		try {
			assertEquals("""
					Trace: Time (s)\tTrace: Intensity (counts)\tFit: Time (s)\tFit: Intensity (counts)
					2.0\t2.0\t2.5\t7.0
					3.0\t3.0\t3.5\t8.0
					4.0\t4.0\t\t
					""", clipboard.getContents(TextTransfer.getInstance()));
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void exportWritesPngAsShownAndSvgPdfOfTheVisibleData(@TempDir Path dir) throws Exception {
		PlotCanvas c = canvas();
		c.addSeries("levels", "Levels", SeriesStyle.step(Palette.LEVEL),
				SeriesData.steps(new double[] {0, 40, 100}, new double[] {3, 9}));
		show();
		c.setRange(PlotCanvas.Axis.X, new AxisRange(20.5, 29.5));
		ChartActions actions = new ChartActions(c.getControl(), List.of(c));
		actions.save(dir.resolve("chart.png"));
		actions.save(dir.resolve("chart.svg"));
		actions.save(dir.resolve("chart.pdf"));
		assertEquals(c.getControl().getSize().x, ImageIO.read(dir.resolve("chart.png").toFile()).getWidth(),
				"the PNG is the chart's pixels");
		String svg = Files.readString(dir.resolve("chart.svg"));
		assertTrue(svg.contains("Time (s)") && svg.contains("Intensity (counts)"), "axis titles with units");
		assertTrue(svg.contains("Trace") && svg.contains("Levels"), "the legend names the series");
		Figure f = ChartFigure.of("Chart", List.of(c));
		Series trace = f.panels().get(0).series().get(0);
		assertEquals(20.0, trace.x()[0], 0, "from the last point before the visible range");
		assertEquals(30.0, trace.x()[trace.x().length - 1], 0, "to the first point after it");
		assertEquals(11, trace.x().length);
		Series levels = f.panels().get(0).series().get(1);
		assertEquals(Series.Style.STEPS, levels.style());
		assertArrayEquals(new double[] {0, 40}, levels.x(), "the level holding the visible range, as a step");
		assertArrayEquals(new double[] {3}, levels.y());
		byte[] pdf = Files.readAllBytes(dir.resolve("chart.pdf"));
		assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
		assertEquals(List.of("png", "svg", "pdf"), ChartActions.FORMATS);
		assertEquals(dir.resolve("a.svg"), ChartActions.withFormat(dir.resolve("a").toString(), "svg"));
		assertEquals(dir.resolve("a.PDF"), ChartActions.withFormat(dir.resolve("a.PDF").toString(), "png"));
	}

	@Test
	void everyChartHasAContextMenuWithTheActions() {
		PlotCanvas counts = canvas();
		PlotCanvas residuals = new PlotCanvas(ui.shell, SWT.NONE, Runnable::run);
		residuals.addSeries("r", "Residuals", SeriesStyle.line(Palette.TRACE), SeriesData.uniform(0, 1, new double[] {-1, 2, 0}));
		show();
		List<String> items = open(counts);
		assertEquals(List.of("Zoom &In", "Zoom &Out", "Zoom In &Y", "Zoom Out Y", "&Fit", "", "&Pan Mode",
				"&Log Scale Y", "", "&Export Image...", "&Copy Data", "", "Mouse Gestures"), items);
		assertFalse(open(residuals).contains("&Log Scale Y"), "no log scale for data below zero");
		assertSame(counts.getControl().getMenu(), counts.getChart().getPlotArea().getControl().getMenu(),
				"right-click on the plot and on the axes");
		Menu menu = counts.getControl().getMenu();
		select(menu, "&Log Scale Y");
		assertTrue(counts.isYLogScale());
		select(menu, "&Pan Mode");
		assertTrue(counts.isPanMode());
		select(menu, "Zoom &In");
		assertEquals(new AxisRange(25, 75), counts.getRange(PlotCanvas.Axis.X));
		select(menu, "&Fit");
		assertEquals(new AxisRange(0, 100), counts.getRange(PlotCanvas.Axis.X));
	}

	/** @return the item texts of the canvas' menu as it opens ("" for separators) */
	private static List<String> open(PlotCanvas c) {
		Menu menu = c.getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		return Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
	}

	private static void select(Menu menu, String text) {
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem item = Arrays.stream(menu.getItems()).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
		item.notifyListeners(SWT.Selection, new Event());
	}
}
