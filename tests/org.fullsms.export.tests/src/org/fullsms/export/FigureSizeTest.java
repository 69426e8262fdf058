package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.fullsms.export.plot.Figure;
import org.fullsms.export.plot.FigureRenderer;
import org.fullsms.export.plot.FigureSize;
import org.junit.jupiter.api.Test;

/** Issue 18, 7: exported figures have a printed size, a resolution and a font size, for journals. */
class FigureSizeTest {

    private static final Figure BIC = PlotFigures.bic("Particle 1", Fixtures.grouping(1));

    @Test
    void theDefaultIsAOneColumnJournalFigureAt300Dpi() throws Exception {
        byte[] png = FigureRenderer.png(BIC, FigureSize.JOURNAL_COLUMN);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1004, image.getWidth(), "85 mm at 300 dpi");
        assertEquals(709, image.getHeight(), "60 mm at 300 dpi");
        assertEquals(11811, pixelsPerMetre(png), "300 dpi recorded in the pHYs chunk");
    }

    @Test
    void sizeResolutionAndFontFollowTheOptions() throws Exception {
        FigureSize twoColumns = new FigureSize(170, 80, 600, 10);
        var image = ImageIO.read(new ByteArrayInputStream(FigureRenderer.png(BIC, twoColumns)));
        assertEquals(4016, image.getWidth());
        assertEquals(1890, image.getHeight());
        String svg = new String(FigureRenderer.svg(BIC, new FigureSize(85, 60, 300, 8)), StandardCharsets.UTF_8);
        assertTrue(svg.contains("width=\"85mm\" height=\"60mm\""), svg.substring(0, 300));
        // 8 pt labels on 85 mm: the layout is 85 mm / (8 pt / 11 units) wide = 241 pt × 11/8 = 331 units
        assertTrue(svg.contains("viewBox=\"0 0 331.3"), svg.substring(0, 300));
    }

    @Test
    void impossibleSizesAreRefusedWithTheirLimits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FigureSize(5, 60, 300, 8));
        assertTrue(e.getMessage().contains("figure width must be 20–1000 mm, got 5.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FigureSize(1000, 1000, 2400, 8));
    }

    private static int pixelsPerMetre(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            return Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"));
        }
    }
}
