package org.fullsms.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.fullsms.export.plot.PlotStyle;
import org.junit.jupiter.api.Test;

/** The charts' colours are the exported figures' colours: both come from {@link PlotStyle}. */
class PaletteTest {

    private static RGB rgb(PlotStyle.Rgb c) {
        return new RGB(c.red(), c.green(), c.blue());
    }

    @Test
    void screenColoursEqualExportColours() {
        assertEquals(List.of(rgb(PlotStyle.TRACE), rgb(PlotStyle.LEVEL), rgb(PlotStyle.SECOND_CHANNEL),
                rgb(PlotStyle.FIT), rgb(PlotStyle.GROUP_LEVEL), rgb(PlotStyle.IRF), rgb(PlotStyle.RESIDUAL),
                rgb(PlotStyle.ROI),
                rgb(PlotStyle.MARKER), rgb(PlotStyle.GRID)),
                List.of(Palette.TRACE, Palette.LEVEL, Palette.SECOND_CHANNEL, Palette.FIT, Palette.GROUP_LEVEL,
                        Palette.IRF,
                        Palette.RESIDUAL, Palette.ROI, Palette.MARKER, Palette.GRID));
        for (int g = 0; g < 10; g++) {
            assertEquals(rgb(PlotStyle.group(g)), Palette.group(g), "group " + g);
        }
    }

    @Test
    void screenWidthsEqualExportWidths() {
        assertEquals(PlotStyle.FIT_WIDTH, SeriesStyle.fit(Palette.FIT).lineWidth());
        assertEquals(PlotStyle.STEP_WIDTH, SeriesStyle.step(Palette.LEVEL).lineWidth());
        assertEquals(PlotStyle.HIGHLIGHT_SIZE, SeriesStyle.highlight(Palette.FIT).symbolSize());
        assertEquals(PlotStyle.BAND_ALPHA, Overlay.yBand(0, 1, Palette.group(0), null).alpha());
    }
}
