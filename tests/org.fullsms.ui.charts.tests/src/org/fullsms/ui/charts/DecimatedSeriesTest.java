package org.fullsms.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DecimatedSeriesTest {

	private static DecimatedSeries points(double... x) {
		int[] index = new int[x.length];
		for (int i = 0; i < x.length; i++) {
			index[i] = i;
		}
		return new DecimatedSeries(x, x.clone(), index);
	}

	@Test
	void sliceKeepsTheInsideAndOneNeighbourEachSide() {
		DecimatedSeries d = points(0, 1, 2, 3, 4, 5, 6);
		assertArrayEquals(new int[] {1, 2, 3, 4}, d.slice(1.5, 3.5).sourceIndex());
		assertArrayEquals(new int[] {1, 2, 3, 4}, d.slice(2, 3).sourceIndex());
		assertSame(d, d.slice(-1, 10));
		assertArrayEquals(new int[] {5, 6}, d.slice(5.5, 9).sourceIndex());
	}

	@Test
	void unsortedPointsAreNotSliced() {
		DecimatedSeries d = points(3, 1, 2);
		assertSame(d, d.slice(1.5, 2.5));
	}

	@Test
	void arraysMustMatch() {
		assertThrows(IllegalArgumentException.class, () -> new DecimatedSeries(new double[1], new double[2], new int[1]));
	}
}
