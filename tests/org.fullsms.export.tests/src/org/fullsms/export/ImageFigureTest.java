package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntPredicate;

import javax.imageio.ImageIO;

import org.fullsms.export.plot.ColourMap;
import org.fullsms.export.plot.Figure;
import org.fullsms.export.plot.FigureRenderer;
import org.fullsms.export.plot.FigureSize;
import org.fullsms.export.plot.HeatMap;
import org.fullsms.model.Lazy;
import org.fullsms.model.ParticleAttributes;
import org.fullsms.model.RasterScan;
import org.fullsms.model.Spectra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, 4: spectra and raster scans as images with a colour bar, in the model the workbench draws and in the
 * exported figures — time along x and wavelength along y, the scan's rows along y and its columns along x, particle
 * positions marked where the original marks them ("RS Coord. (um)" swapped).
 */
class ImageFigureTest {

    private static final FigureSize SIZE = FigureSize.JOURNAL_COLUMN;
    private static final int MAX = ColourMap.rgb(1);
    private static final int MIN = ColourMap.rgb(0);
    private static final int MARKER = 0x90ee90;

    @TempDir
    Path dir;

    /** 4 spectra 0.5 s apart at 600…640 nm whose value is {@code f(row, column)}. */
    private static Spectra spectra(double[] wavelengths, java.util.function.IntBinaryOperator f) {
        int rows = 4;
        int cols = wavelengths.length;
        double[] values = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                values[r * cols + c] = f.applyAsInt(r, c);
            }
        }
        return new Spectra(rows, cols, 0.5, new double[] {0.5, 1.0, 1.5, 2.0}, wavelengths, Lazy.ofValue(values));
    }

    @Test
    void spectraRunAlongTimeAndWavelength() throws IOException {
        Spectra s = spectra(new double[] {600, 610, 620, 630, 640}, (r, c) -> 10 * r + c);
        HeatMap h = HeatMaps.spectra(s);
        assertEquals(5, h.rows(), "one row per wavelength");
        assertEquals(4, h.cols(), "one column per spectrum");
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 5; c++) {
                assertEquals(s.value(r, c), h.value(c, r), "spectrum " + r + " at wavelength " + c);
            }
        }
        assertArrayEquals(new double[] {0.25, 2.25, 595, 645}, new double[] {h.xFrom(), h.xTo(), h.yFrom(), h.yTo()},
                "cells centred on the times (s) and wavelengths (nm)");
        assertEquals("Intensity (counts/s)", h.colourLabel());
        assertEquals(new HeatMaps.Labels("Time (s)", "Wavelength (nm)"), HeatMaps.spectraLabels(s));
    }

    @Test
    void descendingWavelengthsAreDrawnUpwards() throws IOException {
        Spectra s = spectra(new double[] {640, 630, 620, 610, 600}, (r, c) -> c);
        HeatMap h = HeatMaps.spectra(s);
        assertEquals(4, h.value(0, 0), "the lowest row is 600 nm, stored last");
        assertEquals(0, h.value(4, 0), "the top row is 640 nm, stored first");
        assertEquals(595, h.yFrom(), 1e-9);
    }

    @Test
    void spectraPictureHasTimeAlongXAndWavelengthUp() throws IOException {
        BufferedImage byTime = png(PlotFigures.spectra(ParticleExport.builder("Particle 1")
                .spectra(spectra(new double[] {600, 610, 620, 630, 640}, (r, c) -> r)).build()));
        assertTrue(leftmost(byTime, MIN) < leftmost(byTime, MAX), "later spectra are brighter: brightest on the right");
        BufferedImage byWavelength = png(PlotFigures.spectra(ParticleExport.builder("Particle 1")
                .spectra(spectra(new double[] {600, 610, 620, 630, 640}, (r, c) -> c)).build()));
        assertTrue(topmost(byWavelength, MAX) < topmost(byWavelength, MIN),
                "longer wavelengths are brighter: brightest at the top");
    }

    /** A 48 × 48 scan of 5–13 µm with a spot at x = 7, y = 11 µm, as the simulator draws one. */
    private static RasterScan scan() {
        int n = 48;
        double step = 8.0 / (n - 1);
        double[] values = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double dx = 5 + c * step - 7;
                double dy = 5 + r * step - 11;
                values[r * n + c] = 20 + 400 * Math.exp(-(dx * dx + dy * dy) / (2 * 0.4 * 0.4));
            }
        }
        return new RasterScan(0, n, n, values, 1, n, 8, 5, 5, "SPC-150");
    }

    private static ParticleExport onScan(int number, RasterScan scan, double[] storedCoordinates) {
        ParticleAttributes a = ParticleAttributes.NONE.withRsCoordinates(storedCoordinates);
        return ParticleExport.builder("Particle " + number).rasterScan(scan).rasterPositionUm(a.rasterPositionUm())
                .build();
    }

    @Test
    void storedCoordinatesAreSwappedIntoXAndY() {
        assertArrayEquals(new double[] {7, 11}, ParticleAttributes.NONE.withRsCoordinates(new double[] {11, 7})
                .rasterPositionUm(), "RS Coord. (um) holds y first");
        assertEquals(null, ParticleAttributes.NONE.rasterPositionUm());
        assertEquals(null, ParticleAttributes.NONE.withRsCoordinates(new double[] {Double.NaN, 1}).rasterPositionUm());
    }

    @Test
    void rasterScanCoversItsRangeAndMarksTheParticlesOnIt() {
        RasterScan scan = scan();
        HeatMap h = HeatMaps.rasterScan(scan, List.of(new HeatMap.Marker(7, 11, "1", true),
                new HeatMap.Marker(20, 11, "2", false)));
        assertArrayEquals(new double[] {5, 13, 5, 13}, new double[] {h.xFrom(), h.xTo(), h.yFrom(), h.yTo()});
        assertTrue(h.equalAspect(), "µm as long on both axes");
        assertEquals(List.of("1"), h.markers().stream().map(HeatMap.Marker::label).toList(),
                "a position outside the scan is not marked");
        assertEquals(scan.value(h.row(11), h.column(7)), h.value(h.row(11), h.column(7)));
        assertTrue(h.value(h.row(11), h.column(7)) > 300, "the spot lies under the marker (row along y)");
        assertEquals(new HeatMaps.Labels("X position (µm)", "Y position (µm)"), HeatMaps.rasterLabels(scan));
    }

    @Test
    void aScanWithoutGeometryIsDrawnInPixelsAndMarksNothing() {
        RasterScan image = new RasterScan(0, 3, 4, new double[12], Double.NaN, 4, Double.NaN, Double.NaN, Double.NaN,
                null);
        HeatMap h = HeatMaps.rasterScan(image, List.of(new HeatMap.Marker(1, 1, "1", false)));
        assertArrayEquals(new double[] {0, 4, 0, 3}, new double[] {h.xFrom(), h.xTo(), h.yFrom(), h.yTo()});
        assertTrue(h.markers().isEmpty());
        assertEquals(HeatMaps.PHOTONS_PER_PIXEL, h.colourLabel());
        assertEquals(new HeatMaps.Labels("X (pixels)", "Y (pixels)"), HeatMaps.rasterLabels(image));
    }

    @Test
    void rasterPictureMarksTheParticleOnItsSpot() throws IOException {
        RasterScan scan = scan();
        BufferedImage png = png(PlotFigures.rasterScan(scan, List.of(onScan(3, scan, new double[] {11, 7}))));
        int[] marker = median(png, png.getWidth(), rgb -> rgb == MARKER);
        // the colour bar, right of the scan, has the brightest colour too: look left of it
        int[] spot = median(png, png.getWidth() * 6 / 10, rgb -> rgb == MAX);
        assertTrue(marker[0] > 0, "the marker is drawn");
        double cell = png.getHeight() / 48.0 * 0.6; // a cell is well over half this in a 85 × 60 mm figure
        assertTrue(Math.abs(marker[0] - spot[0]) < 2 * cell && Math.abs(marker[1] - spot[1]) < 2 * cell,
                "marker at " + Arrays.toString(marker) + ", brightest cells at " + Arrays.toString(spot));
        assertTrue(marker[0] < png.getWidth() / 2 && marker[1] < png.getHeight() / 2,
                "x = 7 µm is left of the middle, y = 11 µm above it");
    }

    @Test
    void everyFormatCarriesTheImage() throws IOException {
        RasterScan scan = scan();
        Spectra spectra = spectra(new double[] {600, 610, 620}, (r, c) -> r + c);
        ExportOptions o = ExportOptions.of(EnumSet.of(ExportKind.PLOT_SPECTRA, ExportKind.PLOT_RASTER_SCAN))
                .withPlotFormats(EnumSet.allOf(PlotFormat.class));
        ParticleExport p1 = ParticleExport.builder("Particle 1").spectra(spectra).rasterScan(scan)
                .rasterPositionUm(new double[] {7, 11}).build();
        ParticleExport p2 = ParticleExport.builder("Particle 2").rasterScan(scan).rasterPositionUm(new double[] {9, 9})
                .build();
        ExportReport r = new ParticleExporter().run(new ExportRequest(dir, List.of(p1, p2), o), null);
        List<String> names = r.files().stream().map(f -> f.getFileName().toString()).sorted().toList();
        assertEquals(List.of("Particle 1 spectra.pdf", "Particle 1 spectra.png", "Particle 1 spectra.svg",
                "Raster Scan 1.pdf", "Raster Scan 1.png", "Raster Scan 1.svg"), names);
        assertTrue(r.skipped().stream().anyMatch(s -> s.startsWith("Particle 2: spectra plot")), r.skipped().toString());
        String svg = Files.readString(dir.resolve("Raster Scan 1.svg"));
        assertTrue(svg.contains("<image ") && svg.contains("data:image/png;base64,"), "the scan as an embedded PNG");
        assertTrue(svg.contains(">X position (µm)</text>") && svg.contains(">Intensity (counts/s)</text>"),
                "axis and colour bar labels");
        assertTrue(svg.contains(">1</text>") && svg.contains(">2</text>"), "both particles labelled");
        PdfFile pdf = new PdfFile(Files.readAllBytes(dir.resolve("Particle 1 spectra.pdf")));
        assertTrue(pdf.text.contains("/Subtype /Image /Width 4 /Height 3 /ColorSpace /DeviceRGB"), "the cells");
        assertTrue(pdf.text.contains("/Subtype /Image /Width 1 /Height 256"), "the colour bar");
        assertTrue(pdf.content.contains("/Im1 Do") && pdf.content.contains("/Im2 Do"), "both drawn on the page");
        assertTrue(pdf.content.contains("(Wavelength \\(nm\\)) Tj"), "y label");
        BufferedImage image = ImageIO.read(dir.resolve("Particle 1 spectra.png").toFile());
        assertEquals(SIZE.widthPx(), image.getWidth());
    }

    @Test
    void unreadableSpectraAreNamedNotDrawnBlank() {
        Spectra empty = new Spectra(0, 0, Double.NaN, null, null, Lazy.ofValue(new double[0]));
        IOException e = assertThrows(IOException.class, () -> HeatMaps.spectra(empty));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    private static BufferedImage png(Figure f) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(FigureRenderer.png(f, SIZE)));
    }

    private static int leftmost(BufferedImage image, int rgb) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    return x;
                }
            }
        }
        throw new AssertionError(String.format("colour %06x not drawn", rgb));
    }

    private static int topmost(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    return y;
                }
            }
        }
        throw new AssertionError(String.format("colour %06x not drawn", rgb));
    }

    /** The median x and y of the pixels left of {@code width} whose colour passes, or {-1, -1}. */
    private static int[] median(BufferedImage image, int width, IntPredicate colour) {
        List<Integer> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (colour.test(image.getRGB(x, y) & 0xffffff)) {
                    xs.add(x);
                    ys.add(y);
                }
            }
        }
        if (xs.isEmpty()) {
            return new int[] {-1, -1};
        }
        xs.sort(null);
        ys.sort(null);
        return new int[] {xs.get(xs.size() / 2), ys.get(ys.size() / 2)};
    }
}
