package org.fullsms.analysis.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The original's normalisation on the line τ = I/1000 (ns, counts/s) through the origin: I_norm = 1000·τ. */
class NormalisedLevelTest {

    private static final TauIntensityRegression LINE = TauIntensityRegression.fit(new double[] { 1000, 2000 },
            new double[] { 1, 2 }, true);

    private static LevelFeatures level(long photons, double dwellS, double tauNs) {
        double[] bounds = { 1.7, 1.6, 1.5, 1.4 };
        return new LevelFeatures(photons, photons / dwellS, dwellS, tauNs, 2, bounds, 1, 0);
    }

    @Test
    void onlyDriftMovesLevelsAboveTheLineOntoIt() {
        // 1500 photons in 0.5 s = 3000 counts/s with τ = 2 ns: the line says 2000 counts/s
        NormalisedLevel above = NormalisedLevel.of(level(1500, 0.5, 2), LINE, true);
        assertTrue(above.moved());
        assertEquals(1000, above.photons());
        assertEquals(2000, above.intensityCps(), 1e-9);
        // 500 photons in 0.5 s = 1000 counts/s with τ = 2 ns is below the line: left as it is
        NormalisedLevel below = NormalisedLevel.of(level(500, 0.5, 2), LINE, true);
        assertFalse(below.moved());
        assertEquals(500, below.photons());
        assertEquals(1000, below.intensityCps(), 1e-9);
    }

    @Test
    void allMovesLevelsBelowTheLineToo() {
        NormalisedLevel below = NormalisedLevel.of(level(500, 0.5, 2), LINE, false);
        assertTrue(below.moved());
        assertEquals(2000, below.intensityCps(), 1e-9);
    }

    @Test
    void photonsAreRoundedAndTheIntensityFollowsThem() {
        // I_norm = 2001.7 counts/s over 0.3 s = 600.51 photons -> 601 -> 2003.33 counts/s
        NormalisedLevel n = NormalisedLevel.of(level(900, 0.3, 2.0017), LINE, true);
        assertEquals(601, n.photons());
        assertEquals(601 / 0.3, n.intensityCps(), 1e-9);
    }

    @Test
    void aLifetimeBelowTheInterceptGivesNoPhotonsRatherThanANegativeCount() {
        TauIntensityRegression offset = TauIntensityRegression.fit(new double[] { 1000, 2000 }, new double[] { 2, 3 },
                false); // τ = 1 ns + I/1000
        NormalisedLevel n = NormalisedLevel.of(level(1000, 0.5, 0.5), offset, true);
        assertEquals(0, n.photons());
        assertEquals(0, n.intensityCps());
    }

    @Test
    void levelsWithoutLifetimeOrDwellAreNotNormalised() {
        assertNull(NormalisedLevel.of(LevelFeatures.of(100, 1000, 0.1, null), LINE, true));
        assertNull(NormalisedLevel.of(new LevelFeatures(3, Double.POSITIVE_INFINITY, 0, 2, 2,
                new double[] { 1, 1, 1, 1 }, 1, 0), LINE, false));
    }

    @Test
    void normalisationLooksUpByParticleKindAndIndexAndForgetsAParticle() {
        NormalisedLevel a = new NormalisedLevel(2000, 1000, true);
        NormalisedLevel b = new NormalisedLevel(1000, 500, false);
        Normalisation n = new Normalisation(LINE, true, List.of(new Normalisation.Entry("Particle 1", LevelKind.LEVEL,
                0, a), new Normalisation.Entry("Particle 1", LevelKind.GROUP_LEVEL, 0, b),
                new Normalisation.Entry("Particle 2", LevelKind.LEVEL, 3, b)));
        assertEquals(a, n.of("Particle 1", LevelKind.LEVEL, 0).orElseThrow());
        assertEquals(b, n.of("Particle 1", LevelKind.GROUP_LEVEL, 0).orElseThrow());
        assertTrue(n.of("Particle 1", LevelKind.GROUP, 0).isEmpty());
        assertEquals(1, n.moved());
        Normalisation without = n.without("Particle 1");
        assertEquals(1, without.entries().size());
        assertFalse(without.covers("Particle 1"));
        assertTrue(without.covers("Particle 2"));
        assertThrows(IllegalArgumentException.class, () -> new Normalisation(LINE, true, List.of(
                new Normalisation.Entry("Particle 2", LevelKind.LEVEL, 3, a),
                new Normalisation.Entry("Particle 2", LevelKind.LEVEL, 3, b))));
    }
}
