package org.fullsms.ui.charts;

import org.eclipse.swt.graphics.RGB;
import org.fullsms.export.plot.PlotStyle;

/**
 * The colours of {@link PlotStyle} (the one definition, shared with the exported figures) as SWT values.
 */
public final class Palette {

	/** binned intensity trace, decay histogram */
	public static final RGB TRACE = rgb(PlotStyle.TRACE);
	/** resolved levels */
	public static final RGB LEVEL = rgb(PlotStyle.LEVEL);
	/** second TCSPC channel */
	public static final RGB SECOND_CHANNEL = rgb(PlotStyle.SECOND_CHANNEL);
	/** fitted curves */
	public static final RGB FIT = rgb(PlotStyle.FIT);
	/** group levels (black beside the orange levels) */
	public static final RGB GROUP_LEVEL = rgb(PlotStyle.GROUP_LEVEL);
	/** instrument response */
	public static final RGB IRF = rgb(PlotStyle.IRF);
	/** residuals */
	public static final RGB RESIDUAL = rgb(PlotStyle.RESIDUAL);
	/** region of interest */
	public static final RGB ROI = rgb(PlotStyle.ROI);
	/** markers such as the best BIC step */
	public static final RGB MARKER = rgb(PlotStyle.MARKER);
	/** grid lines */
	public static final RGB GRID = rgb(PlotStyle.GRID);

	private Palette() {
	}

	/**
	 * @param index group index, 0-based
	 * @return a band colour for the group, cycling
	 */
	public static RGB group(int index) {
		return rgb(PlotStyle.group(index));
	}

	/** @param c a headless colour @return the same colour for SWT */
	public static RGB rgb(PlotStyle.Rgb c) {
		return new RGB(c.red(), c.green(), c.blue());
	}
}
