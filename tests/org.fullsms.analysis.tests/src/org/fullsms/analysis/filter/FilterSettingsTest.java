package org.fullsms.analysis.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.FitStatus;
import org.junit.jupiter.api.Test;

class FilterSettingsTest {

    /** A fitted level: 500 photons over 0.25 s (2000 counts/s), τ 2.5 ns, d 1.65, χ²red 1.1, shift 0.2 ns. */
    private static LevelFeatures fitted() {
        return new LevelFeatures(500, 2000, 0.25, 2.5, 1.65, new double[] { 1.7, 1.6, 1.55, 1.52 }, 1.1, 0.2);
    }

    private static LevelFeatures unfitted() {
        return LevelFeatures.of(80, 400, 0.2, null);
    }

    @Test
    void defaultsAreTheOriginalsAndAllOff() {
        FilterSettings d = FilterSettings.DEFAULTS;
        assertFalse(d.anyEnabled());
        assertEquals(100, d.limit(Bound.MIN_PHOTONS).value());
        assertEquals(0, d.limit(Bound.MIN_INTENSITY).value());
        assertEquals(4000, d.limit(Bound.MAX_INTENSITY).value());
        assertEquals(0.1, d.limit(Bound.MIN_LIFETIME).value());
        assertEquals(5, d.limit(Bound.MAX_LIFETIME).value());
        assertEquals(0.8, d.limit(Bound.MIN_CHI_SQUARED).value());
        assertEquals(1.3, d.limit(Bound.MAX_CHI_SQUARED).value());
        assertEquals(-1.5, d.limit(Bound.MIN_IRF_SHIFT).value());
        assertEquals(1.5, d.limit(Bound.MAX_IRF_SHIFT).value());
        assertEquals(DwLevel.FIVE_PERCENT, d.dwLevel());
        assertTrue(d.evaluate(unfitted()).passes());
        assertTrue(d.evaluate(fitted()).passes());
    }

    @Test
    void eachBoundFailsOnItsSideAndPassesAtItsValue() {
        LevelFeatures f = fitted();
        assertFails(Bound.MIN_PHOTONS, 501, f);
        assertPasses(Bound.MIN_PHOTONS, 500, f);
        assertFails(Bound.MIN_INTENSITY, 2000.5, f);
        assertFails(Bound.MAX_INTENSITY, 1999, f);
        assertPasses(Bound.MAX_INTENSITY, 2000, f);
        assertFails(Bound.MIN_LIFETIME, 2.6, f);
        assertFails(Bound.MAX_LIFETIME, 2.4, f);
        assertPasses(Bound.MAX_LIFETIME, 2.5, f);
        assertFails(Bound.MIN_CHI_SQUARED, 1.2, f);
        assertFails(Bound.MAX_CHI_SQUARED, 1.0, f);
        assertFails(Bound.MIN_IRF_SHIFT, 0.3, f);
        assertFails(Bound.MAX_IRF_SHIFT, 0.1, f);
        assertPasses(Bound.MIN_IRF_SHIFT, -1.5, f);
    }

    private static void assertFails(Bound b, double limit, LevelFeatures f) {
        Verdict v = FilterSettings.DEFAULTS.with(b, new Limit(true, limit)).evaluate(f);
        assertFalse(v.passes(), b + " at " + limit);
        assertEquals(Set.of(b), v.failed());
        assertEquals(Boolean.TRUE, v.failedOrUnknown(b));
        assertTrue(v.describe().startsWith("filtered out: "), v.describe());
    }

    private static void assertPasses(Bound b, double limit, LevelFeatures f) {
        Verdict v = FilterSettings.DEFAULTS.with(b, new Limit(true, limit)).evaluate(f);
        assertTrue(v.passes(), b + " at " + limit + ": " + v.describe());
        assertEquals(Boolean.FALSE, v.failedOrUnknown(b));
    }

    @Test
    void durbinWatsonFailsBelowTheChosenBound() {
        LevelFeatures f = fitted(); // d = 1.65; bounds 1.7, 1.6, 1.55, 1.52
        assertFalse(FilterSettings.DEFAULTS.withDw(true, DwLevel.FIVE_PERCENT).evaluate(f).passes());
        assertTrue(FilterSettings.DEFAULTS.withDw(true, DwLevel.ONE_PERCENT).evaluate(f).passes());
        assertTrue(FilterSettings.DEFAULTS.withDw(true, DwLevel.POINT_ONE_PERCENT).evaluate(f).passes());
        Verdict v = FilterSettings.DEFAULTS.withDw(true, DwLevel.FIVE_PERCENT).evaluate(f);
        assertTrue(v.dwFailed());
        assertEquals(List.of("DW 1.65 < 1.7 (5% bound)"), v.reasons());
        assertFalse(FilterSettings.DEFAULTS.withDw(false, DwLevel.FIVE_PERCENT).evaluate(f).dwFailed());
    }

    @Test
    void aLevelWithoutAFitFailsFitFiltersButNotPhotonOrIntensityFilters() {
        FilterSettings photons = FilterSettings.DEFAULTS.with(Bound.MIN_PHOTONS, new Limit(true, 50));
        assertTrue(photons.evaluate(unfitted()).passes());
        FilterSettings tau = photons.with(Bound.MAX_LIFETIME, new Limit(true, 5)).withDw(true, DwLevel.ONE_PERCENT);
        Verdict v = tau.evaluate(unfitted());
        assertFalse(v.passes());
        assertEquals(Set.of(Feature.LIFETIME, Feature.DW), v.missing());
        assertNull(v.failedOrUnknown(Bound.MAX_LIFETIME));
        assertNull(v.dwFailedOrUnknown());
        assertEquals(Boolean.FALSE, v.failedOrUnknown(Bound.MIN_PHOTONS));
        assertEquals("filtered out: no lifetime fit", v.describe());
    }

    @Test
    void aFailedFitCountsAsNoFit() {
        FitResult failed = new FitResult("lifetime", "1", FitStatus.TOO_FEW_PHOTONS, "too few", List.of(),
                "LEAST_SQUARES", "NONE", 1, new double[0], new double[0], new double[0], new double[0], Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, new double[] { 1, 1, 1, 1 }, -1, -1, Double.NaN,
                Double.NaN, 0, new double[0], new double[0], 0, Double.NaN);
        LevelFeatures f = LevelFeatures.of(12, 60, 0.2, failed);
        assertFalse(f.fitted());
        assertTrue(Double.isNaN(f.dwBound(DwLevel.FIVE_PERCENT)), "bounds of a fit without values are not used");
        assertFalse(FilterSettings.DEFAULTS.with(Bound.MIN_CHI_SQUARED, new Limit(true, 0)).evaluate(f).passes());
    }

    @Test
    void severalFailuresAreAllNamed() {
        FilterSettings s = FilterSettings.DEFAULTS.with(Bound.MAX_INTENSITY, new Limit(true, 1500))
                .with(Bound.MAX_CHI_SQUARED, new Limit(true, 1.05)).with(Bound.MAX_LIFETIME, new Limit(true, 5));
        Verdict v = s.evaluate(fitted());
        assertEquals(Set.of(Bound.MAX_INTENSITY, Bound.MAX_CHI_SQUARED), v.failed());
        assertEquals("filtered out: I 2000 counts/s > 1500 counts/s; χ²red 1.1 > 1.05", v.describe());
        assertEquals(List.of(Bound.MAX_INTENSITY, Bound.MAX_LIFETIME, Bound.MAX_CHI_SQUARED), s.enabledBounds());
    }

    @Test
    void settingsMustBeComplete() {
        assertThrows(IllegalArgumentException.class,
                () -> new FilterSettings(Map.of(Bound.MIN_PHOTONS, new Limit(true, 1)), false, DwLevel.ONE_PERCENT));
        assertThrows(IllegalArgumentException.class, () -> new Limit(true, Double.NaN));
    }
}
