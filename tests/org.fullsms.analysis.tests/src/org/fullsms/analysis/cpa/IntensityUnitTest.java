package org.fullsms.analysis.cpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one intensity unit: conversions (exact to the last bit where the arithmetic allows), labels and names. */
class IntensityUnitTest {

    @Test
    void ratesConvertThroughTheBinSize() {
        assertEquals(1234.5, IntensityUnit.COUNTS_PER_SECOND.fromCps(1234.5, 10), 0, "counts/s unchanged, any bin");
        assertEquals(1.2345, IntensityUnit.KILOCOUNTS_PER_SECOND.fromCps(1234.5, 10), 1e-15);
        assertEquals(12.345, IntensityUnit.COUNTS_PER_BIN.fromCps(1234.5, 10), 1e-12, "10 ms bins hold 1 % of a second");
        assertEquals(308.625, IntensityUnit.COUNTS_PER_BIN.fromCps(1234.5, 250), 1e-12);
    }

    @Test
    void aPhotonInABinIsItsRate() {
        for (IntensityUnit u : IntensityUnit.values()) {
            for (double binMs : new double[] {1, 2.5, 10, 100, 1000}) {
                // n photons in one bin are a rate of n / bin width: both paths must agree
                double n = 37;
                assertEquals(u.fromCps(n / (binMs / 1e3), binMs), n * u.perCount(binMs),
                        1e-12 * n * u.perCount(binMs), u + " at " + binMs + " ms");
            }
        }
        assertEquals(100.0, IntensityUnit.COUNTS_PER_SECOND.perCount(10), 0);
    }

    @Test
    void labelsNameTheBinWhereTheUnitNeedsIt() {
        assertEquals("counts/s", IntensityUnit.COUNTS_PER_SECOND.label(10));
        assertEquals("kcps", IntensityUnit.KILOCOUNTS_PER_SECOND.label(10));
        assertEquals("counts/100 ms", IntensityUnit.COUNTS_PER_BIN.label(100));
        assertEquals("counts/2.5 ms", IntensityUnit.COUNTS_PER_BIN.label(2.5));
        assertEquals("cps", IntensityUnit.COUNTS_PER_SECOND.fieldSuffix(10));
        assertEquals("kcps", IntensityUnit.KILOCOUNTS_PER_SECOND.fieldSuffix(10));
        assertEquals("counts_per_10ms", IntensityUnit.COUNTS_PER_BIN.fieldSuffix(10));
        assertEquals("counts_per_2p5ms", IntensityUnit.COUNTS_PER_BIN.fieldSuffix(2.5));
        assertEquals("1235 counts/s", IntensityUnit.COUNTS_PER_SECOND.format(1234.5, 10));
        assertEquals("1.23 kcps", IntensityUnit.KILOCOUNTS_PER_SECOND.format(1234.5, 10));
        assertEquals("12.3 counts/10 ms", IntensityUnit.COUNTS_PER_BIN.format(1234.5, 10));
    }

    @Test
    void keysReadBackAndStrangersAreNamed() {
        for (IntensityUnit u : IntensityUnit.values()) {
            assertEquals(u, IntensityUnit.ofKey(u.key()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntensityUnit.ofKey("Hz"));
        assertTrue(e.getMessage().contains("'Hz'") && e.getMessage().contains("cps, kcps, bin"), e.getMessage());
    }
}
