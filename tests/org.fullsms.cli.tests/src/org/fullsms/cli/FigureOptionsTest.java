package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, 7: the exported figures' size, resolution and font size from the command line. */
class FigureOptionsTest {

    @TempDir
    Path dir;

    @Test
    void plotsHaveTheAskedPrintedSizeAndResolution() throws Exception {
        Path h5 = CliRun.simulated(dir.resolve("fig.h5"), 5);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("analyze", h5.toString(), "--group", "--export", out.toString(), "--plots", "png",
                "--figure-size", "170x80", "--dpi", "150", "--font-size", "9", "--json", dir.resolve("a.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        Path png;
        try (Stream<Path> files = Files.list(out)) {
            png = files.filter(f -> f.getFileName().toString().endsWith(".png")).findFirst().orElseThrow();
        }
        var image = ImageIO.read(png.toFile());
        assertEquals(1004, image.getWidth(), "170 mm at 150 dpi");
        assertEquals(472, image.getHeight(), "80 mm at 150 dpi");
    }

    @Test
    void plotsAsPdfArePagesOfThePrintedSize() throws Exception {
        Path h5 = CliRun.simulated(dir.resolve("pdf.h5"), 5);
        Path out = dir.resolve("pdf");
        CliRun run = CliRun.of("analyze", h5.toString(), "--group", "--export", out.toString(), "--plots", "pdf",
                "--figure-size", "170x80", "--font-size", "9", "--json", dir.resolve("a.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<Path> figures;
        try (Stream<Path> files = Files.list(out)) {
            figures = files.filter(f -> f.getFileName().toString().matches(".*\\.(png|svg|pdf)")).toList();
        }
        assertTrue(figures.size() >= 2, "a trace and a BIC plot at least: " + figures);
        for (Path f : figures) {
            assertTrue(f.toString().endsWith(".pdf"), f.toString());
            String pdf = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertTrue(pdf.startsWith("%PDF-1.4\n") && pdf.endsWith("%%EOF\n"), f.toString());
            assertTrue(pdf.contains("/MediaBox [0 0 481.89 226.77]"), "170 × 80 mm in points");
        }
    }

    /** Issue 17, 4: a file with spectra and a raster scan gets their figures from --plots, as the Export view. */
    @Test
    void spectraAndRasterScanFiguresComeWithThePlots() throws Exception {
        Path h5 = dir.resolve("extras.h5");
        CliRun sim = CliRun.of("simulate", "--out", h5.toString(), "--particles", "2", "--duration", "4",
                "--spectra", "--raster");
        assertEquals(0, sim.exitCode(), sim.err());
        Path out = dir.resolve("extras");
        CliRun run = CliRun.of("analyze", h5.toString(), "--export", out.toString(), "--format", "none", "--plots",
                "png", "--json", dir.resolve("e.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String name : List.of("Particle 1 spectra.png", "Particle 2 spectra.png", "Raster Scan 1.png")) {
            var image = ImageIO.read(out.resolve(name).toFile());
            assertEquals(1004, image.getWidth(), name + ": 85 mm at 300 dpi");
        }
    }

    @Test
    void badFigureOptionsAreRefusedBeforeAnyWork() {
        Path h5 = CliRun.simulated(dir.resolve("bad.h5"), 2);
        CliRun tiny = CliRun.of("analyze", h5.toString(), "--export", dir.resolve("o1").toString(), "--plots", "png",
                "--dpi", "10");
        assertEquals(2, tiny.exitCode());
        assertTrue(tiny.err().contains("--dpi"), tiny.err());
        CliRun shape = CliRun.of("analyze", h5.toString(), "--export", dir.resolve("o2").toString(), "--plots", "svg",
                "--figure-size", "85by60");
        assertEquals(2, shape.exitCode());
        assertTrue(shape.err().contains("--figure-size takes WIDTHxHEIGHT in millimetres, e.g. 85x60"), shape.err());
        CliRun noPlots = CliRun.of("analyze", h5.toString(), "--export", dir.resolve("o3").toString(), "--dpi", "600");
        assertEquals(2, noPlots.exitCode());
        assertTrue(noPlots.err().contains("--dpi needs --plots png|svg|pdf"), noPlots.err());
        assertTrue(!Files.exists(dir.resolve("o1")) && !Files.exists(dir.resolve("o2")), "nothing written");
    }
}
