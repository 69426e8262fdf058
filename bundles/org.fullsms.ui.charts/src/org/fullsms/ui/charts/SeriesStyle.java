package org.fullsms.ui.charts;

import org.eclipse.swt.graphics.RGB;
import org.fullsms.export.plot.PlotStyle;

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
		return new SeriesStyle(Kind.LINE, color, PlotStyle.LINE_WIDTH, 0, true);
	}

	/** @param color colour @return a fitted curve's line ({@link PlotStyle#FIT_WIDTH}) */
	public static SeriesStyle fit(RGB color) {
		return new SeriesStyle(Kind.LINE, color, PlotStyle.FIT_WIDTH, 0, true);
	}

	/** @param color colour @return a highlighted point (the best BIC step) */
	public static SeriesStyle highlight(RGB color) {
		return new SeriesStyle(Kind.SCATTER, color, 0, PlotStyle.HIGHLIGHT_SIZE, true);
	}

	/** @param color colour @return a 2-pixel step line */
	public static SeriesStyle step(RGB color) {
		return new SeriesStyle(Kind.STEP, color, PlotStyle.STEP_WIDTH, 0, true);
	}

	/** @param color colour @return 6-pixel circles */
	public static SeriesStyle scatter(RGB color) {
		return new SeriesStyle(Kind.SCATTER, color, 0, PlotStyle.SYMBOL_SIZE, true);
	}

	/** @param color colour @return a filled histogram outline */
	public static SeriesStyle histogram(RGB color) {
		return new SeriesStyle(Kind.HISTOGRAM, color, PlotStyle.LINE_WIDTH, 0, true);
	}

	/** @return this style, not listed in the legend */
	public SeriesStyle hiddenFromLegend() {
		return new SeriesStyle(kind, color, lineWidth, symbolSize, false);
	}
}
