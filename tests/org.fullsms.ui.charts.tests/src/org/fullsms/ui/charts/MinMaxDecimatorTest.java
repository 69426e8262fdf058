package org.fullsms.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MinMaxDecimatorTest {

	/** A random-telegraph trace at 1 ms bins with single-bin spikes (1000 counts) and dips (0). */
	private static SeriesData telegraph(int n, long seed) {
		Random random = new Random(seed);
		double[] y = new double[n];
		boolean on = true;
		for (int i = 0; i < n; i++) {
			if (random.nextInt(5000) == 0) {
				on = !on;
			}
			y[i] = (on ? 40 : 5) + random.nextInt(10);
		}
		for (int k = 0; k < 200; k++) {
			y[random.nextInt(n)] = k % 2 == 0 ? 1000 : 0;
		}
		return SeriesData.uniform(0, 0.001, y);
	}

	@Test
	void tenMillionPointsKeepEveryColumnsMinAndMax() {
		SeriesData data = telegraph(10_000_000, 1);
		checkEnvelope(data, 0, 10_000, 1200, false);
		checkEnvelope(data, 1234.5678, 1534.5678, 997, false); // zoomed, range not on bin edges
	}

	@Test
	void irregularXAndStepsKeepEnvelopeAndLastPoint() {
		Random random = new Random(2);
		int n = 300_000;
		double[] x = new double[n];
		double[] y = new double[n];
		double t = 0;
		for (int i = 0; i < n; i++) {
			// clustered arrivals with long gaps, like photon bursts
			t += random.nextInt(50) == 0 ? random.nextDouble() * 5 : random.nextDouble() * 0.001;
			x[i] = t;
			y[i] = random.nextGaussian();
		}
		SeriesData data = SeriesData.of(x, y);
		checkEnvelope(data, x[0], x[n - 1], 640, true);
		checkEnvelope(data, x[n / 3], x[n / 2], 333, true);
	}

	@Test
	void fewPointsPassThroughWithOneEdgePointEachSide() {
		SeriesData data = SeriesData.of(new double[] {0, 1, 2, 3, 4, 5}, new double[] {5, 4, 3, 2, 1, 0});
		DecimatedSeries d = MinMaxDecimator.decimate(data, 1.5, 3.5, 100, false);
		assertArrayEquals(new int[] {1, 2, 3, 4}, d.sourceIndex());
		assertArrayEquals(new double[] {4, 3, 2, 1}, d.y(), 0.0);
	}

	@Test
	void nanIsSkippedAndUnsortedDataIsKeptWhole() {
		SeriesData withNaN = SeriesData.of(new double[] {0, 1, 2}, new double[] {1, Double.NaN, 3});
		assertArrayEquals(new int[] {0, 2}, MinMaxDecimator.decimate(withNaN, 0, 2, 10, false).sourceIndex());
		double[] x = new double[10_000];
		for (int i = 0; i < x.length; i++) {
			x[i] = (i * 7919) % x.length;
		}
		SeriesData unsorted = SeriesData.of(x, x.clone());
		assertEquals(10_000, MinMaxDecimator.decimate(unsorted, 0, 10, 5, false).size());
	}

	@Test
	void rejectsBadRangeAndColumns() {
		SeriesData data = SeriesData.uniform(0, 1, new double[10]);
		assertThrows(IllegalArgumentException.class, () -> MinMaxDecimator.decimate(data, 1, 1, 10, false));
		assertThrows(IllegalArgumentException.class, () -> MinMaxDecimator.decimate(data, 0, 1, 0, false));
		assertEquals(0, MinMaxDecimator.decimate(SeriesData.empty(), 0, 1, 10, false).size());
	}

	/**
	 * Checks the contract against a brute-force pass: kept points are source points in source order; per column
	 * the smallest and largest y are kept (exact values: tolerance 0); with keepLast the column's last point too;
	 * the neighbours just outside the range are kept; at most 2 (3) points per column + 2.
	 */
	private static void checkEnvelope(SeriesData data, double from, double to, int columns, boolean keepLast) {
		DecimatedSeries d = MinMaxDecimator.decimate(data, from, to, columns, keepLast);
		int[] idx = d.sourceIndex();
		assertTrue(d.size() <= (keepLast ? 3 : 2) * columns + 2, "size " + d.size());
		for (int k = 0; k < idx.length; k++) {
			assertTrue(k == 0 || idx[k] > idx[k - 1], "source order");
			assertEquals(data.x(idx[k]), d.x()[k], 0.0);
			assertEquals(data.y(idx[k]), d.y()[k], 0.0);
		}
		int lo = data.firstIndexAtOrAfter(from);
		int hi = data.lastIndexAtOrBefore(to);
		if (lo > 0) {
			assertEquals(lo - 1, idx[0], "left edge point");
		}
		if (hi < data.size() - 1) {
			assertEquals(hi + 1, idx[idx.length - 1], "right edge point");
		}
		double[] min = new double[columns];
		double[] max = new double[columns];
		int[] last = new int[columns];
		Arrays.fill(min, Double.POSITIVE_INFINITY);
		Arrays.fill(max, Double.NEGATIVE_INFINITY);
		Arrays.fill(last, -1);
		double scale = columns / (to - from);
		for (int i = lo; i <= hi; i++) {
			int c = MinMaxDecimator.column(data.x(i), from, scale, columns);
			min[c] = Math.min(min[c], data.y(i));
			max[c] = Math.max(max[c], data.y(i));
			last[c] = i;
		}
		boolean[] minKept = new boolean[columns];
		boolean[] maxKept = new boolean[columns];
		boolean[] lastKept = new boolean[columns];
		for (int i : idx) {
			if (i < lo || i > hi) {
				continue;
			}
			int c = MinMaxDecimator.column(data.x(i), from, scale, columns);
			minKept[c] |= data.y(i) == min[c];
			maxKept[c] |= data.y(i) == max[c];
			lastKept[c] |= i == last[c];
		}
		for (int c = 0; c < columns; c++) {
			if (last[c] < 0) {
				continue; // empty column
			}
			assertTrue(minKept[c], "min of column " + c);
			assertTrue(maxKept[c], "max of column " + c);
			assertTrue(!keepLast || lastKept[c], "last of column " + c);
		}
	}
	/**
	 * For a log axis a sparse tail (zeros among small counts in every column) keeps each column's positive min
	 * and max, so the line stays joined as at full resolution; a column of zeros only keeps one zero (a gap).
	 */
	@Test
	void positiveOnlyDecimationIgnoresZerosButKeepsEmptyColumns() {
		double[] y = new double[3000];
		for (int i = 0; i < 1000; i++) {
			y[i] = i % 2 == 0 ? 0 : 1 + i % 7; // sparse: a zero in every column
		}
		// 1000..1999 all zero: an empty stretch ten columns wide
		for (int i = 2000; i < 3000; i++) {
			y[i] = 50 + i % 3;
		}
		SeriesData data = SeriesData.uniform(0, 1, y);
		DecimatedSeries d = MinMaxDecimator.decimate(data, 0, 2999, 30, false, true);
		int zeros = 0;
		for (int k = 0; k < d.size(); k++) {
			int column = MinMaxDecimator.column(d.x()[k], 0, 30 / 2999.0, 30);
			if (d.y()[k] <= 0) {
				zeros++;
				assertTrue(column >= 10 && column < 20, "a zero only where a column has nothing > 0: " + column);
			}
		}
		assertEquals(10, zeros, "one zero per empty column");
		assertEquals(AxisMath.positiveRuns(d.y()).size(), 2, "the line breaks once, over the empty stretch");
		DecimatedSeries linear = MinMaxDecimator.decimate(data, 0, 2999, 30, false, false);
		assertTrue(AxisMath.positiveRuns(linear.y()).size() > 10, "on a linear axis each column's min is 0");
	}
}
