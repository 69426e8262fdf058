package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Irf#gaussian}: the one simulated IRF (fitter, lifetime plot, simulator, benchmarks). */
class SimulatedIrfTest {

    @Test
    void peaksAtItsCentreWithItsFwhm() {
        double[] g = Irf.gaussian(11, 5, 4);
        assertEquals(1, g[5], 1e-12);
        // half maximum at ±fwhm/2, up to the original's rounding of FWHM/σ to 2.35482
        assertArrayEquals(new double[] {0.5, 0.5}, new double[] {g[3], g[7]}, 1e-7);
    }
}
