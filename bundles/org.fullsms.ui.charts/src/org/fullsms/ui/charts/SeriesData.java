package org.fullsms.ui.charts;

import java.util.Arrays;

/**
 * Immutable x/y data of one chart series over primitive arrays (no boxing, no copy of the given arrays:
 * callers must not change them afterwards). x is either explicit or uniform ({@code x0 + i * dx}, which saves
 * the x array for binned traces). The factories scan the data once (O(n)) to record whether x is sorted
 * ({@link #isChronological()}) and the x and y extents; only chronological data is decimated (see
 * {@link MinMaxDecimator}).
 * <p>
 * x must not be NaN; y may be NaN (such points are skipped by the decimator and the extents).
 */
public final class SeriesData {

	private static final SeriesData EMPTY = new SeriesData(null, 0, 1, new double[0]);

	private final double[] xs;
	private final double x0;
	private final double dx;
	private final double[] ys;
	private final boolean chronological;
	private final double xMin;
	private final double xMax;
	private final double yMin;
	private final double yMax;
	private final double yMinPositive;

	private SeriesData(double[] xs, double x0, double dx, double[] ys) {
		this.xs = xs;
		this.x0 = x0;
		this.dx = dx;
		this.ys = ys;
		boolean sorted = true;
		double xLo = Double.POSITIVE_INFINITY;
		double xHi = Double.NEGATIVE_INFINITY;
		double yLo = Double.POSITIVE_INFINITY;
		double yHi = Double.NEGATIVE_INFINITY;
		double yPos = Double.POSITIVE_INFINITY;
		double previous = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < ys.length; i++) {
			double x = x(i);
			if (Double.isNaN(x)) {
				throw new IllegalArgumentException("x[" + i + "] is NaN");
			}
			sorted &= x >= previous;
			previous = x;
			xLo = Math.min(xLo, x);
			xHi = Math.max(xHi, x);
			double y = ys[i];
			if (y < yLo) {
				yLo = y;
			}
			if (y > yHi) {
				yHi = y;
			}
			if (y > 0 && y < yPos) {
				yPos = y;
			}
		}
		this.chronological = sorted;
		this.xMin = xLo;
		this.xMax = xHi;
		this.yMin = yLo;
		this.yMax = yHi;
		this.yMinPositive = yPos;
	}

	/** @return a series without points */
	public static SeriesData empty() {
		return EMPTY;
	}

	/**
	 * @param x x values (sorted for decimation; unsorted data is drawn as given)
	 * @param y y values, same length
	 * @return the series (wraps the arrays)
	 */
	public static SeriesData of(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
		}
		return new SeriesData(x, 0, 1, y);
	}

	/**
	 * A series with x = x0 + i * dx, e.g. a binned intensity trace (x = bin start).
	 *
	 * @param x0 x of the first point
	 * @param dx spacing, &gt; 0
	 * @param y y values
	 * @return the series (wraps y)
	 */
	public static SeriesData uniform(double x0, double dx, double[] y) {
		if (!(dx > 0) || !Double.isFinite(dx) || !Double.isFinite(x0)) {
			throw new IllegalArgumentException("uniform series needs finite x0 and dx > 0, got x0=" + x0 + ", dx=" + dx);
		}
		return new SeriesData(null, x0, dx, y);
	}

	/**
	 * A step function: {@code values[i]} holds from {@code edges[i]} to {@code edges[i + 1]}, e.g. levels
	 * (edges = level boundaries) or a histogram (edges = bin edges). The result has {@code edges.length} points,
	 * the last one repeating the last value so that a step series ends at the last edge.
	 *
	 * @param edges n + 1 sorted edges
	 * @param values n values
	 * @return the series (wraps edges, copies values)
	 */
	public static SeriesData steps(double[] edges, double[] values) {
		if (edges.length != values.length + 1) {
			throw new IllegalArgumentException("steps need one edge more than values: " + edges.length + " edges, "
					+ values.length + " values");
		}
		double[] y = Arrays.copyOf(values, edges.length);
		if (values.length > 0) {
			y[values.length] = values[values.length - 1];
		}
		return of(edges, y);
	}

	/** @return the number of points */
	public int size() {
		return ys.length;
	}

	/**
	 * @param i index
	 * @return x of point i
	 */
	public double x(int i) {
		return xs != null ? xs[i] : x0 + i * dx;
	}

	/**
	 * @param i index
	 * @return y of point i
	 */
	public double y(int i) {
		return ys[i];
	}

	/** @return true if x never decreases (checked when created) */
	public boolean isChronological() {
		return chronological;
	}

	/** @return the smallest x, +infinity when empty */
	public double xMin() {
		return xMin;
	}

	/** @return the largest x, -infinity when empty */
	public double xMax() {
		return xMax;
	}

	/** @return the smallest y (NaN ignored), +infinity when there is none */
	public double yMin() {
		return yMin;
	}

	/** @return the largest y (NaN ignored), -infinity when there is none */
	public double yMax() {
		return yMax;
	}

	/** @return the smallest y &gt; 0, +infinity when there is none (for log axes) */
	public double yMinPositive() {
		return yMinPositive;
	}

	/**
	 * Binary search on chronological data.
	 *
	 * @param value an x value
	 * @return the first index whose x is &gt;= value, {@link #size()} if none
	 */
	public int firstIndexAtOrAfter(double value) {
		return firstIndex(value, false);
	}

	/**
	 * Binary search on chronological data.
	 *
	 * @param value an x value
	 * @return the last index whose x is &lt;= value, -1 if none
	 */
	public int lastIndexAtOrBefore(double value) {
		return firstIndex(value, true) - 1;
	}

	/** First index whose x is &gt;= value (or &gt; value when strict), size() if none. */
	private int firstIndex(double value, boolean strict) {
		if (!chronological) {
			throw new IllegalStateException("x is not sorted: no index search on this series");
		}
		int lo = 0;
		int hi = ys.length;
		if (xs == null && ys.length > 0) {
			// uniform x: narrow to the arithmetic guess, the search below only corrects its rounding
			double guess = Math.floor((value - x0) / dx);
			int g = (int) Math.max(0, Math.min(ys.length - 1, guess));
			if (!before(g, value, strict)) {
				hi = g;
			} else if (g + 2 <= ys.length && !before(Math.min(g + 2, ys.length - 1), value, strict)) {
				lo = g + 1;
				hi = Math.min(g + 2, ys.length - 1);
			} else {
				lo = g + 1;
			}
		}
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (before(mid, value, strict)) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** True if point i lies before the searched position. */
	private boolean before(int i, double value, boolean strict) {
		double x = x(i);
		return strict ? x <= value : x < value;
	}
}
