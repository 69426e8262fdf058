package org.fullsms.ui.charts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The right-click menu of every {@link PlotCanvas}: the {@link ChartToolbar}'s actions for this one chart, a log
 * y scale switch where the data allow one, and the mouse gestures spelled out. Rebuilt on each opening, so the
 * checks and the log item follow the chart.
 */
final class ChartMenu {

	private final PlotCanvas canvas;
	private final ChartActions actions;

	private ChartMenu(PlotCanvas canvas) {
		this.canvas = canvas;
		this.actions = new ChartActions(canvas.getControl(), List.of(canvas));
	}

	static void install(PlotCanvas canvas) {
		ChartMenu chartMenu = new ChartMenu(canvas);
		Menu menu = new Menu(canvas.getControl());
		menu.addListener(SWT.Show, e -> chartMenu.fill(menu));
		// the plot area is a child of the chart: a composite's menu is not its children's
		canvas.getControl().setMenu(menu);
		canvas.getChart().getPlotArea().getControl().setMenu(menu);
	}

	private void fill(Menu menu) {
		for (MenuItem item : menu.getItems()) {
			item.dispose();
		}
		item(menu, SWT.PUSH, "Zoom &In", () -> actions.zoom(true, PlotCanvas.Axis.X));
		item(menu, SWT.PUSH, "Zoom &Out", () -> actions.zoom(false, PlotCanvas.Axis.X));
		item(menu, SWT.PUSH, "Zoom In &Y", () -> actions.zoom(true, PlotCanvas.Axis.Y));
		item(menu, SWT.PUSH, "Zoom Out Y", () -> actions.zoom(false, PlotCanvas.Axis.Y));
		item(menu, SWT.PUSH, "&Fit", actions::fit);
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem pan = item(menu, SWT.CHECK, "&Pan Mode", () -> actions.setPanMode(!actions.isPanMode()));
		pan.setSelection(actions.isPanMode());
		if (offersLogScale()) {
			MenuItem log = item(menu, SWT.CHECK, "&Log Scale Y", () -> canvas.setYLogScale(!canvas.isYLogScale()));
			log.setSelection(canvas.isYLogScale());
		}
		new MenuItem(menu, SWT.SEPARATOR);
		item(menu, SWT.PUSH, "&Export Image...", actions::exportImage);
		item(menu, SWT.PUSH, "&Copy Data", actions::copyData);
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem mouse = new MenuItem(menu, SWT.CASCADE);
		mouse.setText("Mouse Gestures");
		Menu gestures = new Menu(mouse);
		mouse.setMenu(gestures);
		for (String gesture : PlotInteraction.GESTURES.split("; ")) {
			new MenuItem(gestures, SWT.PUSH).setText(gesture);
		}
	}

	/**
	 * A log y axis suits data that is never negative and partly positive (counts, intensities); residuals are
	 * not. A log axis already on can always be switched off.
	 */
	private boolean offersLogScale() {
		if (canvas.isYLogScale()) {
			return true;
		}
		boolean positive = false;
		for (PlotSeries s : canvas.getSeries()) {
			if (s.isVisible() && s.getData().size() > 0) {
				if (s.getData().yMin() < 0) {
					return false;
				}
				positive |= Double.isFinite(s.getData().yMinPositive());
			}
		}
		return positive;
	}

	private static MenuItem item(Menu menu, int style, String text, Runnable action) {
		MenuItem item = new MenuItem(menu, style);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
		return item;
	}
}
