package org.fullsms.ui.charts;

import java.util.Arrays;

/**
 * Points chosen by {@link MinMaxDecimator}: a small subset of a {@link SeriesData}, in source order.
 *
 * @param x x of each kept point
 * @param y y of each kept point
 * @param sourceIndex index of each kept point in the source series
 */
public record DecimatedSeries(double[] x, double[] y, int[] sourceIndex) {

	/** Checks that the three arrays have the same length. */
	public DecimatedSeries {
		if (x.length != y.length || x.length != sourceIndex.length) {
			throw new IllegalArgumentException("x, y and sourceIndex differ in length");
		}
	}

	/** @return the number of kept points */
	public int size() {
		return x.length;
	}

	/**
	 * The part a chart needs for a narrower x range: the points inside it plus one on each side. Drawing calls
	 * cost per segment, so points far outside the plot are not handed to SWTChart.
	 *
	 * @param from lower end
	 * @param to   upper end
	 * @return the slice (this if nothing is cut, or if x is not sorted)
	 */
	public DecimatedSeries slice(double from, double to) {
		int n = x.length;
		for (int i = 1; i < n; i++) {
			if (x[i] < x[i - 1]) {
				return this; // unsorted scatter data stays whole
			}
		}
		int lo = Math.max(0, firstAtOrAfter(from) - 1);
		int hi = Math.min(n - 1, firstAfter(to));
		if (lo == 0 && hi == n - 1) {
			return this;
		}
		if (hi < lo) {
			return new DecimatedSeries(new double[0], new double[0], new int[0]);
		}
		return new DecimatedSeries(Arrays.copyOfRange(x, lo, hi + 1), Arrays.copyOfRange(y, lo, hi + 1),
				Arrays.copyOfRange(sourceIndex, lo, hi + 1));
	}

	private int firstAtOrAfter(double value) {
		int lo = 0;
		int hi = x.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (x[mid] < value) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	private int firstAfter(double value) {
		int lo = 0;
		int hi = x.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (x[mid] <= value) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
