package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.export.plot.FigureSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Plot exports: PNGs decode at the asked size and are not blank; SVGs are well-formed and hold the labels; PDFs are
 * well-formed pages of the printed size.
 */
class PlotExportTest {

    @TempDir
    Path dir;

    private ExportReport export() throws IOException {
        ExportOptions o = ExportOptions.of(EnumSet.of(ExportKind.PLOT_INTENSITY, ExportKind.PLOT_DECAY,
                ExportKind.PLOT_BIC, ExportKind.PLOT_CORRELATION)).withPlotFormats(EnumSet.allOf(PlotFormat.class));
        ParticleExport p = Fixtures.particle(0).roi(new RegionOfInterest(0.5, 2.5)).build();
        return new ParticleExporter().run(new ExportRequest(dir, List.of(p), o), null);
    }

    @Test
    void everyPlotInEveryFormat() throws Exception {
        ExportReport r = export();
        assertEquals(12, r.files().size(), r.files().toString());
        for (String name : List.of("Particle 1 trace (levels and groups)", "Particle 1 hist-fitted (whole trace)",
                "Particle 1 BIC", "Particle 1 corr hist")) {
            BufferedImage image = ImageIO.read(dir.resolve(name + ".png").toFile());
            assertEquals(FigureSize.JOURNAL_COLUMN.widthPx(), image.getWidth(), name);
            assertEquals(FigureSize.JOURNAL_COLUMN.heightPx(), image.getHeight(), name);
            assertTrue(distinctColours(image) > 5, name + " has drawing on it");
            Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(dir.resolve(name + ".svg").toFile());
            assertEquals("svg", svg.getDocumentElement().getNodeName());
            PdfFile pdf = new PdfFile(Files.readAllBytes(dir.resolve(name + ".pdf")));
            assertEquals(FigureSize.JOURNAL_COLUMN.widthMm() * 72 / 25.4, pdf.widthPt, 0.01, name);
        }
        String trace = Files.readString(dir.resolve("Particle 1 trace (levels and groups).svg"));
        assertTrue(trace.contains("Time (s)") && trace.contains("Intensity (counts/s)")
                && trace.contains("Levels"), "axis labels and legend in the SVG");
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
