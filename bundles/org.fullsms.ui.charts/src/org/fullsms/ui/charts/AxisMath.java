package org.fullsms.ui.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Range arithmetic behind zoom, pan, auto range and log clipping; plain Java. On a log axis all arithmetic is
 * done on log10 of the values, so zooming and panning look the same as on a linear axis.
 */
public final class AxisMath {

	/** Relative margin added around the data by {@link #autoRange}. */
	static final double MARGIN = 0.05;

	private AxisMath() {
	}

	/**
	 * Zooms about a fixed point.
	 *
	 * @param range  current range
	 * @param center the value that stays in place
	 * @param factor new length / old length (&lt; 1 zooms in)
	 * @param log    true for a log axis (range and center &gt; 0)
	 * @return the new range
	 */
	public static AxisRange zoom(AxisRange range, double center, double factor, boolean log) {
		double lo = toAxis(range.lower(), log);
		double hi = toAxis(range.upper(), log);
		double c = toAxis(center, log);
		return fromAxis(c - (c - lo) * factor, c + (hi - c) * factor, log);
	}

	/**
	 * Shifts a range by a fraction of its length.
	 *
	 * @param range    current range
	 * @param fraction shift / length (positive moves the range up, the data appears to move down)
	 * @param log      true for a log axis
	 * @return the new range
	 */
	public static AxisRange pan(AxisRange range, double fraction, boolean log) {
		double lo = toAxis(range.lower(), log);
		double hi = toAxis(range.upper(), log);
		double shift = (hi - lo) * fraction;
		return fromAxis(lo + shift, hi + shift, log);
	}

	/**
	 * A range showing data from min to max with a small margin. A linear range of non-negative data does not
	 * go below 0; a log range starts at max(min, floor). Degenerate data gets a unit-sized range.
	 *
	 * @param min      smallest value (for log: the smallest value, zero or negative allowed)
	 * @param max      largest value
	 * @param log      true for a log axis
	 * @param logFloor smallest value shown on a log axis, &gt; 0
	 * @return the range, or null if min/max are not finite (no data)
	 */
	public static AxisRange autoRange(double min, double max, boolean log, double logFloor) {
		if (!Double.isFinite(min) || !Double.isFinite(max)) {
			return null;
		}
		if (log) {
			double lo = Math.log10(Math.max(min, logFloor));
			double hi = Math.log10(Math.max(max, logFloor));
			if (hi - lo < 1e-9) {
				return fromAxis(lo - 0.5, hi + 0.5, true);
			}
			double pad = (hi - lo) * MARGIN;
			return fromAxis(lo - pad, hi + pad, true);
		}
		if (max - min < 1e-300) {
			double half = Math.max(Math.abs(min) * 0.1, 1);
			return new AxisRange(min - half, max + half);
		}
		double pad = (max - min) * MARGIN;
		double lower = min >= 0 ? Math.max(0, min - pad) : min - pad;
		return new AxisRange(lower, max + pad);
	}

	/**
	 * The stretches of a series a log axis can draw: maximal runs of consecutive values &gt; 0. A value &lt;= 0 (an
	 * empty bin) or NaN has no place on a log axis, so the line breaks there, as in matplotlib's semilogy, instead
	 * of diving to the bottom edge.
	 *
	 * @param y values
	 * @return start (inclusive) and end (exclusive) index of each run, in order
	 */
	public static List<int[]> positiveRuns(double[] y) {
		List<int[]> runs = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= y.length; i++) {
			boolean positive = i < y.length && y[i] > 0;
			if (positive && start < 0) {
				start = i;
			} else if (!positive && start >= 0) {
				runs.add(new int[] {start, i});
				start = -1;
			}
		}
		return runs;
	}

	private static double toAxis(double value, boolean log) {
		return log ? Math.log10(value) : value;
	}

	private static AxisRange fromAxis(double lo, double hi, boolean log) {
		return log ? new AxisRange(Math.pow(10, lo), Math.pow(10, hi)) : new AxisRange(lo, hi);
	}
}
