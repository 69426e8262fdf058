package org.fullsms.analysis.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The τ ~ I line against values worked out by hand for four points (1000, 1.2), (2000, 2.1), (3000, 2.9),
 * (4000, 4.2): with an intercept Sxx = 5·10⁶, Sxy = 4900, SSR = 0.058, Syy = 4.86; through the origin Σx² = 3·10⁷,
 * Σxy = 30900, SSR = 0.073, Στ² = 31.9.
 */
class TauIntensityRegressionTest {

    private static final double[] I = { 1000, 2000, 3000, 4000 };
    private static final double[] TAU = { 1.2, 2.1, 2.9, 4.2 };

    @Test
    void withInterceptGivesCentredRSquaredAndStatsmodelsStandardErrors() {
        TauIntensityRegression r = TauIntensityRegression.fit(I, TAU, false);
        assertEquals(4, r.points());
        assertEquals(9.8e-4, r.slope(), 1e-15);
        assertEquals(0.15, r.intercept(), 1e-12);
        assertEquals(1 - 0.058 / 4.86, r.rSquared(), 1e-12);
        assertEquals(Math.sqrt(0.029 / 5e6), r.slopeStd(), 1e-15); // σ² = SSR/(n − 2)
        assertEquals(Math.sqrt(0.029 * (0.25 + 2500.0 * 2500 / 5e6)), r.interceptStd(), 1e-12);
        assertEquals(0.15 + 9.8e-4 * 2500, r.tauAt(2500), 1e-12);
    }

    @Test
    void throughTheOriginGivesUncentredRSquared() {
        TauIntensityRegression r = TauIntensityRegression.fit(I, TAU, true);
        assertEquals(30900 / 3e7, r.slope(), 1e-15);
        assertEquals(0, r.intercept());
        assertTrue(Double.isNaN(r.interceptStd()));
        // statsmodels reports 1 − SSR/Στ² without a constant: 0.9977, where the centred form would give 0.985
        assertEquals(1 - 0.073 / 31.9, r.rSquared(), 1e-12);
        assertEquals(Math.sqrt(0.073 / 3 / 3e7), r.slopeStd(), 1e-16);
    }

    @Test
    void pairsWithNanOrInfinityAreLeftOut() {
        double[] i = { 1000, Double.NaN, 2000, 3000, 5000, 4000 };
        double[] tau = { 1.2, 3.0, 2.1, 2.9, Double.NaN, 4.2 };
        TauIntensityRegression r = TauIntensityRegression.fit(i, tau, false);
        assertEquals(4, r.points());
        assertEquals(9.8e-4, r.slope(), 1e-15);
        TauIntensityRegression inf = TauIntensityRegression.fit(new double[] { 1000, Double.POSITIVE_INFINITY, 2000 },
                new double[] { 1, 9, 2 }, true);
        assertEquals(2, inf.points());
    }

    @Test
    void normalisedIntensityInvertsTheLine() {
        TauIntensityRegression r = TauIntensityRegression.fit(I, TAU, false);
        assertEquals(3000, r.intensityAt(r.tauAt(3000)), 1e-9);
        assertEquals((2.0 - 0.15) / 9.8e-4, r.intensityAt(2.0), 1e-9);
    }

    @Test
    void tooFewPointsSayWhy() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> TauIntensityRegression.fit(new double[] { 1000 }, new double[] { 1 }, false));
        assertTrue(one.getMessage().contains("at least two levels"), one.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TauIntensityRegression.fit(new double[] { 1000, 1000 }, new double[] { 1, 2 }, false));
        assertThrows(IllegalArgumentException.class,
                () -> TauIntensityRegression.fit(new double[] { Double.NaN }, new double[] { 1 }, true));
        // one point through the origin is a line, with no degree of freedom for an error
        TauIntensityRegression single = TauIntensityRegression.fit(new double[] { 2000 }, new double[] { 3 }, true);
        assertEquals(1.5e-3, single.slope(), 1e-15);
        assertTrue(Double.isNaN(single.slopeStd()));
    }

    @Test
    void aFlatLineGivesNoIntensity() {
        TauIntensityRegression flat = TauIntensityRegression.fit(I, new double[] { 2, 2, 2, 2 }, false);
        assertEquals(0, flat.slope(), 1e-18);
        assertThrows(IllegalStateException.class, () -> flat.intensityAt(2));
    }

    @Test
    void equationNamesUnitsAndTheKindOfRSquared() {
        String origin = TauIntensityRegression.fit(I, TAU, true).equation();
        assertTrue(origin.startsWith("τ = (1.030e-03 ± 2.8e-05) ns/(counts/s) · I, R² = 0.998 (uncentred) (n = 4)"),
                origin);
        String free = TauIntensityRegression.fit(I, TAU, false).equation();
        assertTrue(free.contains("+ (0.150 ± 2.1e-01) ns, R² = 0.988 (n = 4)"), free);
    }
}
