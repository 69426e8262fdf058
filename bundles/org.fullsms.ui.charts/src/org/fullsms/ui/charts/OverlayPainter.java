package org.fullsms.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swtchart.ICustomPaintListener;

/**
 * Paints a canvas' overlays in the plot area: bands behind the series; lines, draggable lines and the zoom box
 * over them. Works in both orientations: an x value is a vertical line on screen unless x runs vertically.
 */
final class OverlayPainter implements ICustomPaintListener {

	private static final Color TEXT = new Color(40, 40, 40);
	private static final Color BOX = new Color(60, 60, 60);

	private final PlotCanvas canvas;
	private final boolean behind;

	private OverlayPainter(PlotCanvas canvas, boolean behind) {
		this.canvas = canvas;
		this.behind = behind;
	}

	static void install(PlotCanvas canvas) {
		canvas.getChart().getPlotArea().addCustomPaintListener(new OverlayPainter(canvas, true));
		canvas.getChart().getPlotArea().addCustomPaintListener(new OverlayPainter(canvas, false));
	}

	@Override
	public boolean drawBehindSeries() {
		return behind;
	}

	@Override
	public void paintControl(PaintEvent e) {
		GC gc = e.gc;
		Point size = canvas.getChart().getPlotArea().getSize();
		int oldAlpha = gc.getAlpha();
		for (Overlay o : canvas.overlays()) {
			if (o.isBand() == behind) {
				draw(gc, size, o);
			}
		}
		if (!behind) {
			for (DraggableLine line : canvas.draggableLines()) {
				gc.setLineWidth(2);
				drawLine(gc, size, PlotCanvas.Axis.X, line.getX(), line.color(), line.label());
			}
			gc.setLineWidth(1);
			Rectangle box = PlotInteraction.zoomBox(canvas);
			if (box != null) {
				gc.setLineStyle(SWT.LINE_DASH);
				gc.setForeground(BOX);
				gc.drawRectangle(box);
				gc.setLineStyle(SWT.LINE_SOLID);
			}
		}
		gc.setAlpha(oldAlpha);
	}

	private void draw(GC gc, Point size, Overlay o) {
		switch (o.kind()) {
			case X_LINE -> drawLine(gc, size, PlotCanvas.Axis.X, o.from(), o.color(), o.label());
			case Y_LINE -> drawLine(gc, size, PlotCanvas.Axis.Y, o.from(), o.color(), o.label());
			case X_BAND -> drawBand(gc, size, PlotCanvas.Axis.X, o);
			case Y_BAND -> drawBand(gc, size, PlotCanvas.Axis.Y, o);
		}
	}

	private void drawLine(GC gc, Point size, PlotCanvas.Axis axis, double value, RGB rgb, String label) {
		int p = canvas.pixelOf(axis, value);
		gc.setAlpha(255);
		gc.setForeground(new Color(rgb));
		if (canvas.isHorizontal(axis)) {
			gc.drawLine(p, 0, p, size.y);
			text(gc, label, p + 3, 2);
		} else {
			gc.drawLine(0, p, size.x, p);
			if (label != null) {
				text(gc, label, size.x - gc.textExtent(label).x - 3, p - gc.textExtent(label).y - 1);
			}
		}
	}

	private void drawBand(GC gc, Point size, PlotCanvas.Axis axis, Overlay o) {
		int p1 = canvas.pixelOf(axis, o.from());
		int p2 = canvas.pixelOf(axis, o.to());
		int lo = Math.min(p1, p2);
		int extent = Math.max(1, Math.abs(p2 - p1));
		gc.setAlpha(o.alpha());
		gc.setBackground(new Color(o.color()));
		if (canvas.isHorizontal(axis)) {
			gc.fillRectangle(lo, 0, extent, size.y);
			gc.setAlpha(255);
			text(gc, o.label(), lo + 3, 2);
		} else {
			gc.fillRectangle(0, lo, size.x, extent);
			gc.setAlpha(255);
			text(gc, o.label(), 3, lo + 1);
		}
	}

	private static void text(GC gc, String label, int x, int y) {
		if (label != null && !label.isEmpty()) {
			gc.setForeground(TEXT);
			gc.drawText(label, x, y, true);
		}
	}
}
