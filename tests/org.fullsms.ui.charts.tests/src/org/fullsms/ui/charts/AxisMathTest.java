package org.fullsms.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AxisMathTest {

	private static final double TOL = 1e-12;

	@Test
	void zoomKeepsTheCenterInPlace() {
		AxisRange r = AxisMath.zoom(new AxisRange(0, 10), 2, 0.5, false);
		assertEquals(1, r.lower(), TOL);
		assertEquals(6, r.upper(), TOL);
		AxisRange log = AxisMath.zoom(new AxisRange(1, 10_000), 100, 0.5, true);
		assertEquals(10, log.lower(), 1e-9);
		assertEquals(1000, log.upper(), 1e-9);
	}

	@Test
	void panShiftsByAFraction() {
		AxisRange r = AxisMath.pan(new AxisRange(0, 10), 0.25, false);
		assertEquals(2.5, r.lower(), TOL);
		assertEquals(12.5, r.upper(), TOL);
		AxisRange log = AxisMath.pan(new AxisRange(1, 100), 0.5, true);
		assertEquals(10, log.lower(), 1e-9);
		assertEquals(1000, log.upper(), 1e-9);
	}

	@Test
	void autoRangeOfCountsStartsAtZeroOrTheLogFloor() {
		AxisRange lin = AxisMath.autoRange(0, 100, false, 0.5);
		assertEquals(0, lin.lower(), TOL);
		assertEquals(105, lin.upper(), TOL);
		AxisRange residual = AxisMath.autoRange(-4, 4, false, 0.5);
		assertEquals(-4.4, residual.lower(), TOL);
		// zeros on a log axis: the range starts just under the floor, never at or below 0
		AxisRange log = AxisMath.autoRange(0, 1000, true, 0.5);
		double decades = Math.log10(1000 / 0.5);
		assertEquals(Math.log10(0.5) - decades * AxisMath.MARGIN, Math.log10(log.lower()), 1e-9);
		assertEquals(3 + decades * AxisMath.MARGIN, Math.log10(log.upper()), 1e-9);
		AxisRange flat = AxisMath.autoRange(5, 5, false, 0.5);
		assertEquals(4, flat.lower(), TOL);
		assertNull(AxisMath.autoRange(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, false, 0.5));
	}

	@Test
	void positiveRunsBreakAtZerosNegativesAndNaN() {
		double[] y = {0, 3, 4, 0, 0, 2, -1, 5, Double.NaN, 6, 7};
		List<int[]> runs = AxisMath.positiveRuns(y);
		assertEquals(List.of("1-3", "5-6", "7-8", "9-11"), runs.stream().map(r -> r[0] + "-" + r[1]).toList());
		assertTrue(AxisMath.positiveRuns(new double[] {0, -2}).isEmpty());
		assertEquals(1, AxisMath.positiveRuns(new double[] {1, 2}).size());
	}
}
