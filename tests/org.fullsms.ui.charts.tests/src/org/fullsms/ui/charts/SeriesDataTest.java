package org.fullsms.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SeriesDataTest {

	@Test
	void recordsOrderAndExtents() {
		SeriesData d = SeriesData.of(new double[] {0, 1, 1, 3}, new double[] {2, 0, Double.NaN, -1});
		assertTrue(d.isChronological());
		assertEquals(0, d.xMin(), 0.0);
		assertEquals(3, d.xMax(), 0.0);
		assertEquals(-1, d.yMin(), 0.0);
		assertEquals(2, d.yMax(), 0.0);
		assertEquals(2, d.yMinPositive(), 0.0);
		assertFalse(SeriesData.of(new double[] {1, 0}, new double[] {0, 0}).isChronological());
	}

	@Test
	void rejectsBadInput() {
		assertThrows(IllegalArgumentException.class, () -> SeriesData.of(new double[2], new double[3]));
		assertThrows(IllegalArgumentException.class, () -> SeriesData.of(new double[] {Double.NaN}, new double[1]));
		assertThrows(IllegalArgumentException.class, () -> SeriesData.uniform(0, 0, new double[1]));
		assertThrows(IllegalArgumentException.class, () -> SeriesData.steps(new double[2], new double[2]));
		SeriesData unsorted = SeriesData.of(new double[] {1, 0}, new double[2]);
		assertThrows(IllegalStateException.class, () -> unsorted.firstIndexAtOrAfter(0.5));
	}

	@Test
	void stepsRepeatTheLastValue() {
		SeriesData d = SeriesData.steps(new double[] {0, 2, 5}, new double[] {10, 20});
		assertEquals(3, d.size());
		assertEquals(20, d.y(2), 0.0);
		assertEquals(5, d.x(2), 0.0);
	}

	@Test
	void uniformSearchMatchesExplicitSearch() {
		// the arithmetic shortcut of uniform x must give exactly the binary-search answer (rounding at edges)
		Random random = new Random(3);
		int n = 1000;
		double x0 = -0.3;
		double dx = 0.001;
		double[] x = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = x0 + i * dx;
		}
		SeriesData uniform = SeriesData.uniform(x0, dx, new double[n]);
		SeriesData explicit = SeriesData.of(x, new double[n]);
		for (int k = 0; k < 5000; k++) {
			double v = k < 1000 ? x[random.nextInt(n)] : x0 - 0.1 + random.nextDouble() * (n * dx + 0.2);
			assertEquals(explicit.firstIndexAtOrAfter(v), uniform.firstIndexAtOrAfter(v), "at " + v);
			assertEquals(explicit.lastIndexAtOrBefore(v), uniform.lastIndexAtOrBefore(v), "at " + v);
		}
	}

	@Test
	void searchHandlesDuplicatesAndEnds() {
		SeriesData d = SeriesData.of(new double[] {1, 2, 2, 2, 3}, new double[5]);
		assertEquals(1, d.firstIndexAtOrAfter(2));
		assertEquals(3, d.lastIndexAtOrBefore(2));
		assertEquals(0, d.firstIndexAtOrAfter(-5));
		assertEquals(5, d.firstIndexAtOrAfter(3.5));
		assertEquals(-1, d.lastIndexAtOrBefore(0.5));
		assertEquals(4, d.lastIndexAtOrBefore(9));
		assertArrayEquals(new int[] {0, -1}, new int[] {SeriesData.empty().firstIndexAtOrAfter(1),
				SeriesData.empty().lastIndexAtOrBefore(1)});
	}
}
