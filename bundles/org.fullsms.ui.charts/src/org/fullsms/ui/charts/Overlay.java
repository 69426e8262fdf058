package org.fullsms.ui.charts;

import org.eclipse.swt.graphics.RGB;
import org.fullsms.export.plot.PlotStyle;

/**
 * A marker drawn over the plot in data coordinates: a vertical or horizontal line, or a shaded band across x
 * (an ROI, a time window) or across y (a group's intensity range). Bands are drawn behind the series, lines over
 * them. Set on a canvas by layer with {@link PlotCanvas#setOverlays}.
 *
 * @param kind  what to draw
 * @param from  the line's value, or the band's lower end
 * @param to    the band's upper end (equal to from for lines)
 * @param color colour
 * @param alpha band opacity 0..255 (lines are opaque)
 * @param label text drawn at the line or band, or null
 */
public record Overlay(Kind kind, double from, double to, RGB color, int alpha, String label) {

	/** Overlay kinds. */
	public enum Kind {
		/** a line at x = from */
		X_LINE,
		/** a line at y = from */
		Y_LINE,
		/** a band from x = from to x = to, full height */
		X_BAND,
		/** a band from y = from to y = to, full width */
		Y_BAND
	}

	/** Checks the values. */
	public Overlay {
		if (!Double.isFinite(from) || !Double.isFinite(to) || to < from) {
			throw new IllegalArgumentException("bad overlay extent [" + from + ", " + to + "]");
		}
		if (alpha < 0 || alpha > 255) {
			throw new IllegalArgumentException("alpha must be 0..255, got " + alpha);
		}
	}

	/** @param x value @param color colour @param label text or null @return a vertical line */
	public static Overlay xLine(double x, RGB color, String label) {
		return new Overlay(Kind.X_LINE, x, x, color, 255, label);
	}

	/** @param y value @param color colour @param label text or null @return a horizontal line */
	public static Overlay yLine(double y, RGB color, String label) {
		return new Overlay(Kind.Y_LINE, y, y, color, 255, label);
	}

	/**
	 * @param from  lower x
	 * @param to    upper x
	 * @param color colour
	 * @param label text or null
	 * @return a band across x, 25 % opaque
	 */
	public static Overlay xBand(double from, double to, RGB color, String label) {
		return new Overlay(Kind.X_BAND, from, to, color, PlotStyle.BAND_ALPHA, label);
	}

	/**
	 * @param from  lower y
	 * @param to    upper y
	 * @param color colour
	 * @param label text or null
	 * @return a band across y, 25 % opaque
	 */
	public static Overlay yBand(double from, double to, RGB color, String label) {
		return new Overlay(Kind.Y_BAND, from, to, color, PlotStyle.BAND_ALPHA, label);
	}

	/** @return true for bands (drawn behind the series) */
	boolean isBand() {
		return kind == Kind.X_BAND || kind == Kind.Y_BAND;
	}
}
