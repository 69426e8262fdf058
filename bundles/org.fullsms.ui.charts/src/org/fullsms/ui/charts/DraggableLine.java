package org.fullsms.ui.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * A line at a data x value that the user drags with the left mouse button, e.g. the end of the ROI. Made by
 * {@link PlotCanvas#addDraggableXLine}; the listener hears every move and the release.
 */
public final class DraggableLine {

	/** Hears the line move. */
	@FunctionalInterface
	public interface Listener {
		/**
		 * @param x        the new x (data coordinates)
		 * @param finished true when the mouse button was released
		 */
		void moved(double x, boolean finished);
	}

	private final PlotCanvas canvas;
	private final RGB color;
	private final String label;
	private final Listener listener;
	private double x;

	DraggableLine(PlotCanvas canvas, double x, RGB color, String label, Listener listener) {
		this.canvas = canvas;
		this.x = x;
		this.color = color;
		this.label = label;
		this.listener = listener;
	}

	/** @return the current x */
	public double getX() {
		return x;
	}

	/**
	 * Moves the line without telling the listener (the program moved it).
	 *
	 * @param value the new x
	 */
	public void setX(double value) {
		x = value;
		canvas.redrawPlot();
	}

	/** Removes the line from its canvas. */
	public void remove() {
		canvas.removeDraggableLine(this);
	}

	RGB color() {
		return color;
	}

	String label() {
		return label;
	}

	void dragTo(double value, boolean finished) {
		x = value;
		canvas.redrawPlot();
		listener.moved(value, finished);
	}
}
