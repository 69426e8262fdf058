package org.fullsms.ui.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * Colours for the Full SMS plots, chosen to stay apart for colour-blind readers (Okabe–Ito) and to print well.
 */
public final class Palette {

	/** binned intensity trace, decay histogram */
	public static final RGB TRACE = new RGB(0, 114, 178);
	/** resolved levels */
	public static final RGB LEVEL = new RGB(213, 94, 0);
	/** second TCSPC channel */
	public static final RGB SECOND_CHANNEL = new RGB(0, 158, 115);
	/** fitted curves */
	public static final RGB FIT = new RGB(204, 0, 0);
	/** instrument response */
	public static final RGB IRF = new RGB(120, 120, 120);
	/** residuals */
	public static final RGB RESIDUAL = new RGB(0, 0, 0);
	/** region of interest */
	public static final RGB ROI = new RGB(230, 159, 0);
	/** markers such as the best BIC step */
	public static final RGB MARKER = new RGB(204, 121, 167);

	private static final RGB[] GROUPS = {new RGB(86, 180, 233), new RGB(230, 159, 0), new RGB(0, 158, 115),
			new RGB(204, 121, 167), new RGB(240, 228, 66), new RGB(0, 114, 178), new RGB(213, 94, 0)};

	private Palette() {
	}

	/**
	 * @param index group index, 0-based
	 * @return a band colour for the group, cycling
	 */
	public static RGB group(int index) {
		return GROUPS[Math.floorMod(index, GROUPS.length)];
	}
}
