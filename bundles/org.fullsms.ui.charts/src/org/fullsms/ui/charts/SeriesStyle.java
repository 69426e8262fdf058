package org.fullsms.ui.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * How a {@link PlotSeries} is drawn.
 *
 * @param kind       line, step, scatter or histogram
 * @param color      line, symbol and fill colour
 * @param lineWidth  line width in pixels (0 = no line, for scatter)
 * @param symbolSize symbol size in pixels (0 = no symbols)
 * @param inLegend   true to list the series in the legend
 */
public record SeriesStyle(Kind kind, RGB color, int lineWidth, int symbolSize, boolean inLegend) {

	/** Drawing kinds. */
	public enum Kind {
		/** points joined by straight lines (traces, fitted curves, residuals) */
		LINE,
		/** y[i] holds from x[i] to x[i + 1] (levels; build data with {@link SeriesData#steps}) */
		STEP,
		/** symbols only (BIC points, markers) */
		SCATTER,
		/** filled steps down to the axis (intensity, decay and g² histograms; {@link SeriesData#steps}) */
		HISTOGRAM;

		/** @return true if each column's last point matters for drawing (see {@link MinMaxDecimator}) */
		boolean isStep() {
			return this == STEP || this == HISTOGRAM;
		}
	}

	/** Checks the sizes. */
	public SeriesStyle {
		if (lineWidth < 0 || symbolSize < 0) {
			throw new IllegalArgumentException("negative line width or symbol size");
		}
	}

	/** @param color colour @return a 1-pixel line */
	public static SeriesStyle line(RGB color) {
		return new SeriesStyle(Kind.LINE, color, 1, 0, true);
	}

	/** @param color colour @return a 2-pixel step line */
	public static SeriesStyle step(RGB color) {
		return new SeriesStyle(Kind.STEP, color, 2, 0, true);
	}

	/** @param color colour @return 6-pixel circles */
	public static SeriesStyle scatter(RGB color) {
		return new SeriesStyle(Kind.SCATTER, color, 0, 6, true);
	}

	/** @param color colour @return a filled histogram outline */
	public static SeriesStyle histogram(RGB color) {
		return new SeriesStyle(Kind.HISTOGRAM, color, 1, 0, true);
	}

	/** @param width line width @return this style with another line width */
	public SeriesStyle withLineWidth(int width) {
		return new SeriesStyle(kind, color, width, symbolSize, inLegend);
	}

	/** @param size symbol size @return this style with another symbol size */
	public SeriesStyle withSymbolSize(int size) {
		return new SeriesStyle(kind, color, lineWidth, size, inLegend);
	}

	/** @return this style, not listed in the legend */
	public SeriesStyle hiddenFromLegend() {
		return new SeriesStyle(kind, color, lineWidth, symbolSize, false);
	}
}
