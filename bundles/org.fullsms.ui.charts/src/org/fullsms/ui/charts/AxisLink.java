package org.fullsms.ui.charts;

/**
 * Keeps two canvas axes on the same range: zoom, pan or reset one and the other follows. Typical links: the x
 * axes of a decay and its residuals; the y axis of an intensity trace and the x axis of its vertical intensity
 * histogram.
 */
public final class AxisLink {

	private final PlotCanvas a;
	private final PlotCanvas.Axis aAxis;
	private final PlotCanvas b;
	private final PlotCanvas.Axis bAxis;
	private final PlotCanvas.RangeListener onA;
	private final PlotCanvas.RangeListener onB;
	private boolean updating;

	private AxisLink(PlotCanvas a, PlotCanvas.Axis aAxis, PlotCanvas b, PlotCanvas.Axis bAxis) {
		this.a = a;
		this.aAxis = aAxis;
		this.b = b;
		this.bAxis = bAxis;
		onA = (axis, range) -> follow(axis, aAxis, b, bAxis, range);
		onB = (axis, range) -> follow(axis, bAxis, a, aAxis, range);
	}

	/**
	 * Links two axes; b takes a's range now.
	 *
	 * @param a     first canvas
	 * @param aAxis its axis
	 * @param b     second canvas
	 * @param bAxis its axis
	 * @return the link
	 */
	public static AxisLink link(PlotCanvas a, PlotCanvas.Axis aAxis, PlotCanvas b, PlotCanvas.Axis bAxis) {
		AxisLink link = new AxisLink(a, aAxis, b, bAxis);
		a.addRangeListener(link.onA);
		b.addRangeListener(link.onB);
		b.applyRange(bAxis, a.getRange(aAxis));
		return link;
	}

	/** Stops following. */
	public void unlink() {
		a.removeRangeListener(onA);
		b.removeRangeListener(onB);
	}

	private void follow(PlotCanvas.Axis changed, PlotCanvas.Axis linked, PlotCanvas target, PlotCanvas.Axis targetAxis,
			AxisRange range) {
		if (changed != linked || updating || target.getChart().isDisposed()) {
			return;
		}
		updating = true;
		try {
			target.applyRange(targetAxis, range);
		} finally {
			updating = false;
		}
	}
}
