package org.fullsms.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * Mouse zoom, pan, reset, line dragging and click/cursor reporting on a canvas' plot area (the gestures are
 * listed on {@link PlotCanvas}; {@link #GESTURES} says them in words for tooltips). The right button is left
 * to the context menu. Ranges change only through {@link PlotCanvas#setRange}, so links and
 * re-decimation follow.
 */
final class PlotInteraction {

	/** A drag shorter than this (pixels) along an axis does not zoom that axis. */
	private static final int MIN_DRAG = 5;
	/** Pixels within which a press grabs a draggable line. */
	private static final int GRAB = 4;
	private static final double WHEEL_ZOOM = 0.8;
	private static final String KEY = PlotInteraction.class.getName();

	/** The mouse gestures, for tooltips and the context menu. */
	static final String GESTURES = "Wheel: zoom x; Ctrl+wheel: zoom y; drag: zoom to box; "
			+ "middle or Shift+drag: pan; double-click: fit; right-click: menu";

	private enum Mode {
		NONE, BOX, PAN, DRAG_LINE
	}

	private final PlotCanvas canvas;
	private final Control plot;
	private Mode mode = Mode.NONE;
	private int startX;
	private int startY;
	private int currentX;
	private int currentY;
	private AxisRange startRangeX;
	private AxisRange startRangeY;
	private DraggableLine dragged;

	private PlotInteraction(PlotCanvas canvas) {
		this.canvas = canvas;
		this.plot = canvas.getChart().getPlotArea().getControl();
	}

	static void install(PlotCanvas canvas) {
		PlotInteraction i = new PlotInteraction(canvas);
		i.plot.setData(KEY, i);
		i.plot.addListener(SWT.MouseDown, i::down);
		i.plot.addListener(SWT.MouseMove, i::move);
		i.plot.addListener(SWT.MouseUp, i::up);
		i.plot.addListener(SWT.MouseDoubleClick, e -> canvas.resetRange());
		i.plot.addListener(SWT.MouseVerticalWheel, i::wheel);
		i.plot.addListener(SWT.MouseExit, e -> i.cursor(Double.NaN, Double.NaN));
	}

	/** @return the zoom box being dragged on the canvas, or null */
	static Rectangle zoomBox(PlotCanvas canvas) {
		Object o = canvas.getChart().getPlotArea().getControl().getData(KEY);
		if (!(o instanceof PlotInteraction i) || i.mode != Mode.BOX) {
			return null;
		}
		return new Rectangle(Math.min(i.startX, i.currentX), Math.min(i.startY, i.currentY),
				Math.abs(i.currentX - i.startX), Math.abs(i.currentY - i.startY));
	}

	private void down(Event e) {
		boolean modifier = (e.stateMask & (SWT.SHIFT | SWT.CTRL)) != 0;
		startX = currentX = e.x;
		startY = currentY = e.y;
		startRangeX = canvas.getRange(PlotCanvas.Axis.X);
		startRangeY = canvas.getRange(PlotCanvas.Axis.Y);
		if (e.button == 2 || (e.button == 1 && modifier)) {
			mode = Mode.PAN;
		} else if (e.button == 1) {
			dragged = lineAt(e.x, e.y);
			mode = dragged != null ? Mode.DRAG_LINE : canvas.isPanMode() ? Mode.PAN : Mode.BOX;
		}
	}

	private void move(Event e) {
		currentX = e.x;
		currentY = e.y;
		cursor(canvas.dataAt(PlotCanvas.Axis.X, e.x, e.y), canvas.dataAt(PlotCanvas.Axis.Y, e.x, e.y));
		switch (mode) {
			case BOX -> canvas.redrawPlot();
			case PAN -> {
				pan(PlotCanvas.Axis.X, startRangeX);
				pan(PlotCanvas.Axis.Y, startRangeY);
			}
			case DRAG_LINE -> dragged.dragTo(canvas.dataAt(PlotCanvas.Axis.X, e.x, e.y), false);
			case NONE -> plot.setCursor(idleCursor(e.x, e.y));
		}
	}

	/** The resize arrow over a draggable line, the hand in pan mode, else the default pointer. */
	private Cursor idleCursor(int x, int y) {
		if (lineAt(x, y) != null) {
			return plot.getDisplay()
					.getSystemCursor(canvas.isHorizontal(PlotCanvas.Axis.X) ? SWT.CURSOR_SIZEWE : SWT.CURSOR_SIZENS);
		}
		return canvas.isPanMode() ? plot.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null;
	}

	private void up(Event e) {
		currentX = e.x;
		currentY = e.y;
		Mode was = mode;
		mode = Mode.NONE;
		if (was == Mode.DRAG_LINE) {
			dragged.dragTo(canvas.dataAt(PlotCanvas.Axis.X, e.x, e.y), true);
			dragged = null;
		} else if (was == Mode.BOX) {
			boolean zoomedX = zoomTo(PlotCanvas.Axis.X);
			boolean zoomedY = zoomTo(PlotCanvas.Axis.Y);
			canvas.redrawPlot();
			if (!zoomedX && !zoomedY) {
				click(e);
			}
		} else if (was == Mode.NONE && e.button != 1) {
			click(e);
		}
	}

	private void wheel(Event e) {
		e.doit = false;
		PlotCanvas.Axis axis = (e.stateMask & SWT.CTRL) != 0 ? PlotCanvas.Axis.Y : PlotCanvas.Axis.X;
		double factor = e.count > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM;
		double center = canvas.dataAt(axis, e.x, e.y);
		boolean log = canvas.chartAxis(axis).isLogScaleEnabled();
		if (Double.isFinite(center) && (!log || center > 0)) {
			canvas.setRange(axis, AxisMath.zoom(canvas.getRange(axis), center, factor, log));
		}
	}

	/** Zooms the axis to the dragged box if the box is long enough along it. */
	private boolean zoomTo(PlotCanvas.Axis axis) {
		boolean horizontal = canvas.isHorizontal(axis);
		if (Math.abs(horizontal ? currentX - startX : currentY - startY) < MIN_DRAG) {
			return false;
		}
		double a = canvas.dataAt(axis, startX, startY);
		double b = canvas.dataAt(axis, currentX, currentY);
		if (!(Math.min(a, b) < Math.max(a, b)) || !Double.isFinite(a) || !Double.isFinite(b)) {
			return false;
		}
		canvas.setRange(axis, new AxisRange(Math.min(a, b), Math.max(a, b)));
		return true;
	}

	private void pan(PlotCanvas.Axis axis, AxisRange from) {
		boolean horizontal = canvas.isHorizontal(axis);
		int length = horizontal ? plot.getSize().x : plot.getSize().y;
		if (length <= 0) {
			return;
		}
		// screen y grows downwards, data y upwards
		double fraction = horizontal ? -(double) (currentX - startX) / length : (double) (currentY - startY) / length;
		canvas.setRange(axis, AxisMath.pan(from, fraction, canvas.chartAxis(axis).isLogScaleEnabled()));
	}

	private DraggableLine lineAt(int px, int py) {
		int mouse = canvas.isHorizontal(PlotCanvas.Axis.X) ? px : py;
		for (DraggableLine line : canvas.draggableLines()) {
			if (Math.abs(canvas.pixelOf(PlotCanvas.Axis.X, line.getX()) - mouse) <= GRAB) {
				return line;
			}
		}
		return null;
	}

	private void click(Event e) {
		double x = canvas.dataAt(PlotCanvas.Axis.X, e.x, e.y);
		double y = canvas.dataAt(PlotCanvas.Axis.Y, e.x, e.y);
		for (PlotCanvas.ClickListener l : java.util.List.copyOf(canvas.clickListeners)) {
			l.clicked(x, y, e.button);
		}
	}

	private void cursor(double x, double y) {
		for (PlotCanvas.CursorListener l : canvas.cursorListeners) {
			l.cursorMoved(x, y);
		}
	}
}
