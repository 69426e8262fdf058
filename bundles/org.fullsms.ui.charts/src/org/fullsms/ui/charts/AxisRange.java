package org.fullsms.ui.charts;

/**
 * A finite axis range, lower &lt; upper.
 *
 * @param lower lower end
 * @param upper upper end
 */
public record AxisRange(double lower, double upper) {

	/** Checks the range. */
	public AxisRange {
		if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
			throw new IllegalArgumentException("bad axis range [" + lower + ", " + upper + "]");
		}
	}

	/** @return upper - lower */
	public double length() {
		return upper - lower;
	}
}
