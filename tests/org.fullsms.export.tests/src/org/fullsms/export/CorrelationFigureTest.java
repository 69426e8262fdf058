package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.correlation.G2Fit;
import org.fullsms.export.plot.Figure;
import org.fullsms.export.plot.Series;
import org.junit.jupiter.api.Test;

/** Issue 18, 4: the exported correlation figure shows the fit, as the screen does, in coincidences per bin. */
class CorrelationFigureTest {

    @Test
    void theFitIsDrawnInCountsOverTheCoincidences() {
        int n = 41;
        double[] centres = new double[n];
        long[] counts = new long[n];
        double[] g2 = new double[n];
        G2Fit fit = new G2Fit(G2Fit.CW, 0.2, 0.01, 3, 0.1, 1, 0.01, 0, 0, 1.1, true, "ok");
        double[] edges = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            edges[i] = -20.5 + i;
        }
        double[] model = fit.binMeans(edges, 0);
        for (int i = 0; i < n; i++) {
            centres[i] = -20 + i;
            g2[i] = model[i];
            counts[i] = Math.round(50 * model[i]); // 50 coincidences per bin for g² = 1
        }
        CorrelationResult r = new CorrelationResult("correlation", "1.0.0", CorrelationParameters.of(20.5, 1, 0),
                centres, counts, g2, 0.2, 0.01, "fit", fit, 1, 1000, 1000, 1e10, 1500, List.of());
        Figure f = PlotFigures.correlation("Particle 1", r);
        List<Series> series = f.panels().get(0).series();
        assertEquals(2, series.size(), "coincidences and the fit");
        Series drawn = series.get(1);
        assertTrue(drawn.label().startsWith("Fit: g²(0) = 0.20"), drawn.label());
        assertEquals(50, drawn.y()[n - 1], 1.0, "far from τ = 0 the fit is at the uncorrelated 50 counts/bin");
        assertEquals(counts[n / 2], drawn.y()[n / 2], 1.0, "at τ = 0 it meets the dip");
    }

    @Test
    void withoutAConvergedFitOnlyTheCoincidencesAreDrawn() {
        assertEquals(1, PlotFigures.correlation("Particle 1", Fixtures.correlation()).panels().get(0).series().size());
    }
}
