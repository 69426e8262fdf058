package org.fullsms.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecayPlotDataTest {

    @Test
    void oneWildResidualDoesNotSetTheScale() {
        double[] r = new double[1000];
        for (int i = 0; i < r.length; i++) {
            r[i] = (i % 7) - 3; // within ±3
        }
        r[500] = 2.6e13; // a channel where the model is ~0
        r[501] = Double.NaN;
        double limit = DecayPlotData.residualLimit(r);
        assertEquals(4, limit, 1e-12, "a good fit's residuals set the minimum limit of 4 σ (exact)");
        double[] clipped = DecayPlotData.clip(r, limit);
        assertEquals(4, clipped[500], 0.0);
        assertEquals(0, clipped[501], 0.0, "non-finite residuals drawn at 0");
        assertEquals(-3, clipped[0], 0.0, "ordinary residuals unchanged");
    }
}
