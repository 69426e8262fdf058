package org.fullsms.ui.charts;

import java.util.Arrays;

/**
 * Reduces a chronological series to what a chart can show: for an x range drawn on a given number of pixel
 * columns it keeps, per column, the point with the smallest and the point with the largest y (so spikes and the
 * envelope are exact), plus one point on each side outside the range so lines continue to the plot border.
 * Step series also keep each column's last point: its value is the one that holds until the next column.
 * <p>
 * O(log n) to find the visible range, then one pass over it; no allocation per point. Plain Java, stateless and
 * thread-safe: it runs in a background job. Points with NaN y are skipped. Unsorted data is returned whole
 * (meant for small scatter sets).
 * <p>
 * For a log axis ({@code positiveOnly}) a column's min and max are taken over its values &gt; 0 only: a zero
 * among them would otherwise be the column's min and break the drawn line in every column of a sparse decay
 * tail, although at full resolution most neighbouring channels there are both non-zero and joined. A column
 * without any value &gt; 0 keeps one of its points, so the line breaks there (see
 * {@link AxisMath#positiveRuns}).
 */
public final class MinMaxDecimator {

	private MinMaxDecimator() {
	}

	/**
	 * @param data     the series
	 * @param from     lower end of the visible x range
	 * @param to       upper end, &gt; from
	 * @param columns  pixel columns the range is drawn on, &gt;= 1
	 * @param keepLast also keep each column's last point (step series)
	 * @return at most 2 (3 with keepLast) points per column plus 2 edge points, in source order; the visible
	 *         points themselves when there are no more than that
	 */
	public static DecimatedSeries decimate(SeriesData data, double from, double to, int columns, boolean keepLast) {
		return decimate(data, from, to, columns, keepLast, false);
	}

	/**
	 * @param data         the series
	 * @param from         lower end of the visible x range
	 * @param to           upper end, &gt; from
	 * @param columns      pixel columns the range is drawn on, &gt;= 1
	 * @param keepLast     also keep each column's last point (step series)
	 * @param positiveOnly for a log axis: min, max and last over the values &gt; 0 (see the class comment)
	 * @return as {@link #decimate(SeriesData, double, double, int, boolean)}
	 */
	public static DecimatedSeries decimate(SeriesData data, double from, double to, int columns, boolean keepLast,
			boolean positiveOnly) {
		if (!(from < to) || !Double.isFinite(from) || !Double.isFinite(to)) {
			throw new IllegalArgumentException("bad x range [" + from + ", " + to + "]");
		}
		if (columns < 1) {
			throw new IllegalArgumentException("columns must be >= 1, got " + columns);
		}
		int n = data.size();
		if (!data.isChronological()) {
			return slice(data, 0, n - 1);
		}
		int lo = data.firstIndexAtOrAfter(from);
		int hi = data.lastIndexAtOrBefore(to);
		int start = Math.max(0, lo - 1);
		int end = Math.min(n - 1, hi + 1);
		int perColumn = keepLast ? 3 : 2;
		if (end - start + 1 <= perColumn * (long) columns + 2) {
			return slice(data, start, end);
		}
		Collector out = new Collector(perColumn * columns + 2, data);
		if (start < lo) {
			out.add(start);
		}
		double scale = columns / (to - from);
		int column = -1;
		int minI = -1;
		int maxI = -1;
		int lastI = -1;
		int gapI = -1;
		for (int i = lo; i <= hi; i++) {
			double y = data.y(i);
			if (Double.isNaN(y)) {
				continue;
			}
			int c = column(data.x(i), from, scale, columns);
			if (c != column) {
				out.addColumn(minI, maxI, keepLast ? lastI : -1, gapI);
				column = c;
				minI = maxI = lastI = gapI = -1;
			}
			if (positiveOnly && !(y > 0)) {
				gapI = gapI < 0 ? i : gapI;
				continue;
			}
			if (minI < 0 || y < data.y(minI)) {
				minI = i;
			}
			if (maxI < 0 || y > data.y(maxI)) {
				maxI = i;
			}
			lastI = i;
		}
		out.addColumn(minI, maxI, keepLast ? lastI : -1, gapI);
		if (end > hi) {
			out.add(end);
		}
		return out.result();
	}

	/**
	 * The pixel column of x, as the decimator assigns it.
	 *
	 * @param x       an x with from &lt;= x &lt;= from + columns / scale
	 * @param from    lower end of the range
	 * @param scale   columns / (to - from)
	 * @param columns number of columns
	 * @return the column, 0 .. columns - 1 (x == to belongs to the last column)
	 */
	static int column(double x, double from, double scale, int columns) {
		return Math.min(columns - 1, (int) ((x - from) * scale));
	}

	private static DecimatedSeries slice(SeriesData data, int start, int end) {
		int count = Math.max(0, end - start + 1);
		Collector out = new Collector(count, data);
		for (int i = start; i <= end; i++) {
			if (!Double.isNaN(data.y(i))) {
				out.add(i);
			}
		}
		return out.result();
	}

	/** Growing output buffers, sized once. */
	private static final class Collector {
		private final SeriesData data;
		private final double[] x;
		private final double[] y;
		private final int[] index;
		private int size;

		Collector(int capacity, SeriesData data) {
			this.data = data;
			x = new double[capacity];
			y = new double[capacity];
			index = new int[capacity];
		}

		void add(int i) {
			x[size] = data.x(i);
			y[size] = data.y(i);
			index[size++] = i;
		}

		/**
		 * Adds a column's min and max in source order, then its last point (-1 = none; it never precedes
		 * either), each index once; a column without min and max adds its gap point (-1 = none).
		 */
		void addColumn(int minI, int maxI, int lastI, int gapI) {
			if (minI < 0) {
				if (gapI >= 0) {
					add(gapI);
				}
				return;
			}
			int first = Math.min(minI, maxI);
			int second = Math.max(minI, maxI);
			add(first);
			if (second != first) {
				add(second);
			}
			if (lastI > second) {
				add(lastI);
			}
		}

		DecimatedSeries result() {
			return new DecimatedSeries(Arrays.copyOf(x, size), Arrays.copyOf(y, size), Arrays.copyOf(index, size));
		}
	}
}
