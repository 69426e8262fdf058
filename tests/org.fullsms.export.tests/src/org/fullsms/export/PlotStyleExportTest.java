package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.export.plot.Figure;
import org.fullsms.export.plot.PlotStyle;
import org.fullsms.export.plot.Series;
import org.junit.jupiter.api.Test;

/** The exported figures draw in the workbench's colours ({@link PlotStyle}), not colours of their own. */
class PlotStyleExportTest {

    private static List<Color> colours(Figure f) {
        return f.panels().stream().flatMap(p -> p.series().stream()).map(Series::color).toList();
    }

    @Test
    void bicPlotUsesTheScreenColours() {
        Figure f = PlotFigures.bic("Particle 1", Fixtures.grouping(1));
        assertEquals(List.of(PlotStyle.TRACE.awt(), PlotStyle.FIT.awt(), PlotStyle.MARKER.awt()), colours(f),
                "BIC points, best step, selected step as in the Grouping tab");
    }

    @Test
    void intensityPlotUsesTheScreenColours() {
        Figure f = PlotFigures.intensity(Fixtures.particle(0).build(), IntensityUnit.COUNTS_PER_BIN);
        assertEquals(List.of(PlotStyle.TRACE.awt(), PlotStyle.LEVEL.awt(), PlotStyle.GROUP_LEVEL.awt()), colours(f),
                "trace, levels, group levels as in the Intensity tab");
        assertEquals(PlotStyle.group(0).awt(PlotStyle.BAND_ALPHA), f.panels().get(0).bands().get(0).color(),
                "group ranges in the groups' colours");
    }

    @Test
    void decayAndCorrelationPlotsUseTheScreenColours() {
        assertEquals(PlotStyle.TRACE.awt(), colours(PlotFigures.correlation("Particle 1", Fixtures.correlation())).get(0));
        Figure decay = PlotFigures.decay("Particle 1", new FittedDecay(Fixtures.decay(), Fixtures.fit()));
        assertEquals(List.of(PlotStyle.TRACE.awt(), PlotStyle.FIT.awt(), PlotStyle.IRF.awt(),
                PlotStyle.RESIDUAL.awt()), colours(decay));
    }
}
