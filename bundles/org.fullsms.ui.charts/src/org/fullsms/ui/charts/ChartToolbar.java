package org.fullsms.ui.charts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * A row of buttons above a chart: zoom in and out about the centre (x; y with Ctrl), fit, pan mode, export
 * image and copy data, each with a tooltip that also explains the mouse gestures. SWT has no stock chart icons,
 * so the buttons carry short words.
 * <p>
 * {@link #attach} puts the chart and the toolbar into a new composite that takes the chart's place and layout
 * data in its parent, so a tab adds a toolbar with one line whatever its layout (grid, sash form).
 */
public final class ChartToolbar {

	private final List<PlotCanvas> canvases;
	private final ToolBar bar;

	private ChartToolbar(Composite box, ChartActions actions, List<PlotCanvas> canvases) {
		this.canvases = canvases;
		bar = new ToolBar(box, SWT.FLAT | SWT.RIGHT);
		bar.setBackground(box.getBackground());
		bar.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		item("Zoom +", e -> actions.zoom(true, axisOf(e)));
		item("Zoom \u2212", e -> actions.zoom(false, axisOf(e)));
		item("Fit", e -> actions.fit());
		ToolItem pan = new ToolItem(bar, SWT.CHECK);
		pan.setText("Pan");
		pan.addListener(SWT.Selection, e -> actions.setPanMode(pan.getSelection()));
		Runnable follow = () -> {
			if (!pan.isDisposed()) {
				pan.setSelection(actions.isPanMode());
			}
		};
		canvases.get(0).addModeListener(follow);
		bar.addListener(SWT.Dispose, e -> canvases.get(0).removeModeListener(follow));
		new ToolItem(bar, SWT.SEPARATOR);
		item("Export\u2026", e -> actions.exportImage());
		item("Copy Data", e -> actions.copyData());
		// axis titles are often set after the toolbar: word the tooltips when they are about to show
		bar.addListener(SWT.MouseEnter, e -> updateTooltips());
		updateTooltips();
	}

	/**
	 * @param canvas a chart already given its layout data
	 * @return the toolbar
	 */
	public static ToolBar attach(PlotCanvas canvas) {
		return wrap(canvas.getControl(), List.of(canvas));
	}

	/**
	 * One toolbar for a stack: x zooms the shared axis, y and fit act on every canvas, export takes the stack.
	 *
	 * @param stack plots already given their layout data
	 * @return the toolbar
	 */
	public static ToolBar attach(StackedPlots stack) {
		List<PlotCanvas> all = new ArrayList<>();
		for (int i = 0; i < stack.size(); i++) {
			all.add(stack.get(i));
		}
		return wrap(stack, all);
	}

	/**
	 * One toolbar over an area holding charts side by side, e.g. a trace and the histogram beside it (a toolbar
	 * on the trace alone would push its plot below the histogram's): the buttons act on the given canvases,
	 * export takes the whole area.
	 *
	 * @param area     the control holding the charts, already given its layout data
	 * @param canvases the canvases acted on, the first one's x axis zoomed by the zoom buttons
	 * @return the toolbar
	 */
	public static ToolBar attach(Control area, PlotCanvas... canvases) {
		return wrap(area, List.of(canvases));
	}

	/**
	 * The stack's toolbar placed in a row of other controls (e.g. a tab's buttons) rather than above the charts,
	 * where a short tab needs every line for the plots.
	 *
	 * @param row   a composite with a row layout
	 * @param stack the plots acted on
	 * @return the toolbar, the row's last control
	 */
	public static ToolBar inRow(Composite row, StackedPlots stack) {
		List<PlotCanvas> all = new ArrayList<>();
		for (int i = 0; i < stack.size(); i++) {
			all.add(stack.get(i));
		}
		ToolBar bar = new ChartToolbar(row, new ChartActions(stack, all), all).bar;
		bar.setLayoutData(null); // the row lays it out
		return bar;
	}

	private static ToolBar wrap(Control chart, List<PlotCanvas> canvases) {
		Composite parent = chart.getParent();
		Composite box = new Composite(parent, SWT.NONE);
		box.setBackground(chart.getBackground());
		box.moveAbove(chart);
		box.setLayoutData(chart.getLayoutData());
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		box.setLayout(layout);
		ChartToolbar toolbar = new ChartToolbar(box, new ChartActions(chart, canvases), canvases);
		if (!chart.setParent(box)) {
			throw new IllegalStateException("this platform cannot move the chart under its toolbar");
		}
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		parent.layout(true, true);
		return toolbar.bar;
	}

	private void item(String text, Listener action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, action);
	}

	/** Ctrl on the button zooms y, as Ctrl does on the wheel. */
	private static PlotCanvas.Axis axisOf(Event e) {
		return (e.stateMask & SWT.CTRL) != 0 ? PlotCanvas.Axis.Y : PlotCanvas.Axis.X;
	}

	private void updateTooltips() {
		PlotCanvas first = canvases.get(0);
		String x = ChartActions.axisTitle(first, PlotCanvas.Axis.X, "x");
		String y = ChartActions.axisTitle(first, PlotCanvas.Axis.Y, "y");
		String mouse = "\n\nMouse: " + PlotInteraction.GESTURES + ".";
		ToolItem[] items = bar.getItems();
		items[0].setToolTipText("Zoom in on " + x + " about the centre (Ctrl: on " + y + ")" + mouse);
		items[1].setToolTipText("Zoom out on " + x + " about the centre (Ctrl: on " + y + ")" + mouse);
		items[2].setToolTipText("Fit: show all data (as a double-click does)" + mouse);
		items[3].setToolTipText("Pan mode: a left drag moves the view instead of zooming to a box" + mouse);
		items[5].setToolTipText("Export the chart: PNG as shown, or SVG/PDF vector figure of the visible data");
		items[6].setToolTipText("Copy the shown series to the clipboard as tab-separated columns with units");
	}
}
