package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.lifetime.FitStatus;
import org.fullsms.model.Lazy;
import org.fullsms.model.RasterScan;
import org.fullsms.model.Spectra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV export of the hand-made particle ({@link Fixtures}): file names, headers and values worked out by
 * hand. Cells are compared as exact strings (the original's Python float formatting), so tolerance is 0.
 */
class CsvExportTest {

    @TempDir
    Path dir;

    private ExportReport export(ParticleExport p, Set<ExportKind> kinds, boolean useRoi) throws IOException {
        return export(p, kinds, useRoi, IntensityUnit.COUNTS_PER_SECOND);
    }

    private ExportReport export(ParticleExport p, Set<ExportKind> kinds, boolean useRoi, IntensityUnit unit)
            throws IOException {
        ExportOptions o = ExportOptions.of(kinds).withUseRoi(useRoi).withUnit(unit).withOverwrite(true);
        return new ParticleExporter().run(new ExportRequest(dir, List.of(p), o), null);
    }

    private List<String> lines(String file) throws IOException {
        String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), file + " ends with CRLF");
        return List.of(text.split("\r\n", -1)).subList(0, text.split("\r\n", -1).length - 1);
    }

    @Test
    void traceInCountsPerBinIsTheOriginalFile() throws IOException {
        export(Fixtures.particle(0).build(), EnumSet.of(ExportKind.TRACE), false, IntensityUnit.COUNTS_PER_BIN);
        List<String> t = lines("Particle 1 trace.csv");
        assertEquals("Bin #,Bin Time (s),Bin Int (counts/100ms)", t.get(0));
        // Last photon at 2.99 s: ceil(2.99 / 0.1) = 30 bins.
        assertEquals(31, t.size());
        assertEquals("1,0.0,10", t.get(1));
        assertEquals("4,0.3,10", t.get(4));
        assertEquals("11,1.0,5", t.get(11)); // 1.00, 1.02, 1.04, 1.06, 1.08 s
        assertEquals("30,2.9,10", t.get(30));
        assertFalse(Files.exists(dir.resolve("Particle 1 trace (ROI).csv")), "no ROI file when Use ROI is off");
    }

    @Test
    void otherBinSizeNamesItInTheHeader() throws IOException {
        export(Fixtures.particle(0).binSizeMs(250).build(), EnumSet.of(ExportKind.TRACE), false,
                IntensityUnit.COUNTS_PER_BIN);
        List<String> t = lines("Particle 1 trace.csv");
        assertEquals("Bin #,Bin Time (s),Bin Int (counts/250ms)", t.get(0));
        assertEquals(13, t.size()); // ceil(2.99 / 0.25) = 12 bins
        assertEquals("1,0.0,25", t.get(1));
        assertEquals("5,1.0,13", t.get(5)); // [1.0, 1.25): 1.00 … 1.24 s every 20 ms = 13 photons
    }

    @Test
    void traceAndLevelsShareTheChosenUnit() throws IOException {
        export(Fixtures.particle(0).build(), EnumSet.of(ExportKind.TRACE, ExportKind.LEVELS), false);
        List<String> t = lines("Particle 1 trace.csv");
        assertEquals("Bin #,Bin Time (s),Bin Int (counts/s)", t.get(0), "counts per second by default");
        assertEquals("1,0.0,100.0", t.get(1)); // 10 photons in 100 ms
        assertEquals("11,1.0,50.0", t.get(11));
        assertEquals("Level #,Time (s),Int (counts/s)", lines("Particle 1 levels-plot.csv").get(0));

        export(Fixtures.particle(0).build(), EnumSet.of(ExportKind.TRACE, ExportKind.LEVELS), false,
                IntensityUnit.KILOCOUNTS_PER_SECOND);
        assertEquals("Bin #,Bin Time (s),Bin Int (kcps)", lines("Particle 1 trace.csv").get(0));
        assertEquals("1,0.0,0.1", lines("Particle 1 trace.csv").get(1));
        List<String> levels = lines("Particle 1 levels.csv");
        assertEquals("Level #,Start Time (s),End Time (s),Dwell Time (/s),Int (kcps),Num of Photons", levels.get(0));
        export(Fixtures.particle(0).build(), EnumSet.of(ExportKind.LEVELS), false);
        List<String> cps = lines("Particle 1 levels.csv");
        for (int i = 1; i < levels.size(); i++) {
            double inKcps = Double.parseDouble(levels.get(i).split(",")[4]);
            double inCps = Double.parseDouble(cps.get(i).split(",")[4]);
            assertEquals(inCps / 1e3, inKcps, 1e-12 * inCps, "level " + i + " in kcps = counts/s / 1000");
        }
    }

    @Test
    void levelsAndTheirStepCurve() throws IOException {
        export(Fixtures.particle(0).build(), EnumSet.of(ExportKind.LEVELS), false);
        List<String> l = lines("Particle 1 levels.csv");
        assertEquals("Level #,Start Time (s),End Time (s),Dwell Time (/s),Int (counts/s),Num of Photons", l.get(0));
        assertEquals("1,0.0,0.99,0.99,101.01010101010101,100", l.get(1));
        assertEquals("2,1.0,1.98," + PyNumbers.of(0.98) + ",51.02040816326531,50", l.get(2));
        assertEquals("3,2.0,2.99," + PyNumbers.of((2_990_000_000L - 2_000_000_000L) / 1e9) + ",101.01010101010101,100",
                l.get(3));
        assertEquals(4, l.size());
        List<String> plot = lines("Particle 1 levels-plot.csv");
        assertEquals("Level #,Time (s),Int (counts/s)", plot.get(0));
        assertEquals(List.of("1,0.0,101.01010101010101", "1,0.99,101.01010101010101", "2,1.0,51.02040816326531",
                "2,1.98,51.02040816326531"), plot.subList(1, 5));
        assertEquals(7, plot.size());
    }

    @Test
    void groupedLevelsInfoAndResults() throws IOException {
        export(Fixtures.particle(0).build(),
                EnumSet.of(ExportKind.GROUPED_LEVELS, ExportKind.GROUP_INFO, ExportKind.GROUPING_RESULTS), false);
        List<String> g = lines("Particle 1 levels-grouped.csv");
        assertEquals("Grouped Level #,Start Time (s),End Time (s),Dwell Time (/s),Int (counts/s),Num of Photons,"
                + "Group Index", g.get(0));
        // A and C are in group 2 (intensity 200 / 1.98), B in group 1; no two neighbours share a group.
        assertEquals("1,0.0,0.99,0.99," + PyNumbers.of(200 / 1.98) + ",100,2", g.get(1));
        assertEquals("2,1.0,1.98," + PyNumbers.of(0.98) + "," + PyNumbers.of(50 / 0.98) + ",50,1", g.get(2));
        assertEquals(4, g.size());
        assertEquals("Grouped Level #,Time (s),Int (counts/s)", lines("Particle 1 levels-grouped-plot.csv").get(0));
        assertEquals(List.of("# of Groups:,2", "Selected solution highest BIC value?,TRUE", "",
                "Group #,Int (counts/s),Total Dwell Time (s),# of Levels,# of Photons",
                "1," + PyNumbers.of(50 / 0.98) + ",0.98,1,50", "2," + PyNumbers.of(200 / 1.98) + ",1.98,2,200"),
                lines("Particle 1 groups-info.csv"));
        assertEquals(List.of("# of Steps:,2", "Step with highest BIC value:,-10.5", "Step selected:,0", "",
                "Step #,# of Groups,BIC value", "1,2,-10.5", "2,1,-20.25"), lines("Particle 1 grouping-results.csv"));
    }

    @Test
    void anotherSelectedStepIsShownAsSelected() throws IOException {
        export(Fixtures.particle(1).build(), EnumSet.of(ExportKind.GROUPED_LEVELS, ExportKind.GROUP_INFO), false);
        List<String> info = lines("Particle 1 groups-info.csv");
        assertEquals("# of Groups:,1", info.get(0)); // the selected step's, not the best step's
        assertEquals("Selected solution highest BIC value?,FALSE", info.get(1));
        List<String> g = lines("Particle 1 levels-grouped.csv");
        assertEquals(2, g.size(), "one group: the three levels join into one group level");
        assertEquals("1,0.0,2.99," + PyNumbers.of(0.99 + 0.98 + 0.99) + "," + PyNumbers.of(250 / 2.96) + ",250,1",
                g.get(1));
    }

    @Test
    void groupedWithRoiGetsRoiNames() throws IOException {
        GroupingExport g = Fixtures.groupingExport(0);
        ParticleExport p = Fixtures.particle(0).grouping(new GroupingExport(g.input(), g.result(), true)).build();
        export(p, EnumSet.of(ExportKind.GROUPED_LEVELS, ExportKind.GROUP_INFO, ExportKind.GROUPING_RESULTS), true);
        for (String f : List.of("levels-grouped", "levels-grouped-plot", "groups-info", "grouping-results")) {
            assertTrue(Files.exists(dir.resolve("Particle 1 " + f + " (ROI).csv")), f);
        }
    }

    @Test
    void globalGroupedLevels() throws IOException {
        GroupingInput input = new GroupingInput(Fixtures.levelInputs(), 250, 2, 2.99);
        GlobalGroupingResult global = new GlobalGroupingResult(Fixtures.grouping(0), input, new int[] {0, 3});
        ParticleExport p = Fixtures.particle(0)
                .globalGrouping(new GlobalGroupingExport(global, 0, Fixtures.levelInputs())).build();
        export(p, EnumSet.of(ExportKind.GLOBAL_GROUPED_LEVELS), false);
        List<String> g = lines("Particle 1 levels-global-grouped.csv");
        assertEquals("Global Grouped Level #,Start Time (s),End Time (s),Dwell Time (/s),Int (counts/s),"
                + "Num of Photons,Global Group Index", g.get(0));
        assertEquals("3,2.0,2.99," + PyNumbers.of(0.99) + "," + PyNumbers.of(200 / 1.98) + ",100,2", g.get(3)
                .replace(PyNumbers.of((2_990_000_000L - 2_000_000_000L) / 1e9), PyNumbers.of(0.99)));
    }

    @Test
    void fittingResults() throws IOException {
        export(Fixtures.particle(0).build(), EnumSet.of(ExportKind.LIFETIMES), false);
        String header = "Lifetime 0 (ns),Lifetime 1 (ns),Lifetime 0 std (ns),Lifetime 1 std (ns),Amp 0,Amp 1,"
                + "Amp 0 std,Amp 1 std,Av. Lifetime (ns),Av. Lifetime std (ns),IRF Shift (ns),IRF Shift std (ns),"
                + "Decay BG,IRF BG,Chi Squared,Sim. IRF FWHM (ns),Sim. IRF FWHM std (ns),DW,DW 0.05,DW 0.01,"
                + "DW 0.003,DW 0.001,ROI applied,Fit Status";
        String values = "1.5,4.0,0.1,0.2,0.3,0.7,0.01,0.02,3.25,0.05,0.012,0.003,2.0,0.5,1.05,,,1.9,1.8,1.7,1.6,1.5,"
                + "False,ok";
        assertEquals(List.of("Particle #,Primary?," + header, "1,1," + values), lines("Whole trace lifetimes.csv"));
        // Levels 1 (fitted), 2 (no decay), 3 (not fitted): one row, numbered by its level.
        assertEquals(List.of("Level #," + header, "1," + values), lines("Particle 1 levels-lifetimes.csv"));
        assertFalse(Files.exists(dir.resolve("Particle 1 group-level-lifetimes.csv")), "no group level was fitted");
    }

    /** The status column says how far to trust a row's values, or why it has none. */
    @Test
    void fitStatusOfEveryRow() throws IOException {
        FittedDecay atBound = new FittedDecay(Fixtures.decay(), Fixtures.fit(FitStatus.AT_BOUND));
        FittedDecay tooFew = new FittedDecay(Fixtures.decay(), Fixtures.fit(FitStatus.TOO_FEW_PHOTONS));
        LifetimeExport lifetimes = new LifetimeExport(null, List.of(atBound, tooFew), List.of(tooFew), List.of(),
                false);
        export(Fixtures.particle(0).lifetimes(lifetimes).build(), EnumSet.of(ExportKind.LIFETIMES), false);
        List<String> levels = lines("Particle 1 levels-lifetimes.csv");
        assertTrue(levels.get(1).startsWith("1,1.5,") && levels.get(1).endsWith(",False,at_bound"), levels.get(1));
        assertEquals("2,,,,,,,,,,,,,,,,,,,,,,,False,too_few_photons", levels.get(2));
        assertEquals("1,,,,,,,,,,,,,,,,,,,,,,,False,too_few_photons",
                lines("Particle 1 group-level-lifetimes.csv").get(1));
    }

    @Test
    void decayHistograms() throws IOException {
        ExportReport r = export(Fixtures.particle(0).build(), EnumSet.of(ExportKind.DECAY_HISTOGRAMS), false);
        assertEquals(List.of("Time (ns),Decay,Fitted,Residual", "1.0,20,19.5,0.25", "1.5,15,15.5,-0.5",
                "2.0,10,9.75,0.125", "2.5,6,6.25,-0.1"), lines("Particle 1 hist.csv"));
        assertEquals(List.of("Times (ns),Decay", "0.0,0", "0.5,5", "1.0,20", "1.5,15", "2.0,10", "2.5,6", "3.0,3",
                "3.5,1"), lines("Particle 1 hists/level 3.csv"));
        assertTrue(r.files().contains(Path.of("Particle 1 hists", "level 1 (fitted).csv")));
        assertTrue(r.files().contains(Path.of("Particle 1 hists", "group_level 1.csv")));
        assertTrue(r.files().contains(Path.of("Particle 1 hists", "group 2 (fitted).csv")));
        assertFalse(Files.exists(dir.resolve("Particle 1 hists/level 2.csv")), "level 2 has no decay");
    }

    @Test
    void correlationCountsAreNotScaled() throws IOException {
        export(Fixtures.particle(0).build(), EnumSet.of(ExportKind.CORRELATION), false);
        assertEquals(List.of("Bin #,Bin Time (ns),Correlation (counts/bin)", "1,-1.0,3", "2,0.0,7", "3,1.0,4"),
                lines("Particle 1 corr.csv"));
    }

    @Test
    void spectraAndRasterScanMatrices() throws IOException {
        Spectra spectra = new Spectra(2, 3, 0.5, new double[] {0.5, 1.0}, new double[] {500, 510, 520},
                Lazy.ofValue(new double[] {1, 2, 3, 4, 5, 6.5}));
        RasterScan scan = new RasterScan(0, 2, 2, new double[] {1, 2, 3, 4}, 1, 2, 10, 0, 5, null);
        ParticleExport p1 = ParticleExport.builder("Particle 1").spectra(spectra).rasterScan(scan).build();
        ParticleExport p2 = ParticleExport.builder("Particle 2").rasterScan(scan).build();
        ExportOptions o = ExportOptions.of(EnumSet.of(ExportKind.SPECTRA_2D, ExportKind.RASTER_SCAN_2D));
        ExportReport r = new ParticleExporter().run(new ExportRequest(dir, List.of(p1, p2), o), null);
        assertEquals(List.of("First row:,Wavelength (nm)", "First column:,Time (s)", "Values:,Intensity (counts/s)",
                "", ",500.0,510.0,520.0", "0.5,1.0,2.0,3.0", "1.0,4.0,5.0,6.5"), lines("Particle 1 spectra-2D.csv"));
        assertEquals(List.of("First row:,X-Axis (um)", "First column:,Y-Axis (um)", "", ",0.0,10.0", "5.0,1.0,2.0",
                "15.0,3.0,4.0"), lines("Raster Scan 1 data.csv"));
        assertEquals(1, r.files().stream().filter(f -> f.toString().startsWith("Raster Scan")).count(),
                "a shared raster scan is written once");
        assertTrue(r.skipped().contains("Particle 2: spectra: no spectra"), r.skipped().toString());
    }

    @Test
    void missingInputsAreSkippedWithAReason() throws IOException {
        ExportReport r = export(ParticleExport.builder("Particle 7_2").build(), ExportOptions.allCsv(), true);
        assertTrue(r.files().isEmpty(), r.files().toString());
        assertTrue(r.skipped().contains("Particle 7_2: trace: no photon times given"), r.skipped().toString());
        assertTrue(r.skipped().contains("Particle 7_2: levels: no change point levels"), r.skipped().toString());
    }

    @Test
    void aTraceOfTooManyBinsIsSkippedBeforeAllocating() throws IOException {
        // 1 000 s at 1 µs: 1e9 bins (8 GB of counts) is refused with the reason; 1 ms bins are written.
        long[] times = {0, 500_000_000_000L, 1_000_000_000_000L};
        ParticleExport tiny = ParticleExport.builder("Particle 1").absoluteNs(times).binSizeMs(1e-3).build();
        ExportReport r = export(tiny, EnumSet.of(ExportKind.TRACE, ExportKind.PLOT_INTENSITY), false);
        assertTrue(r.files().isEmpty(), r.files().toString());
        assertTrue(r.skipped().stream().anyMatch(s -> s.startsWith("Particle 1: trace: a bin size of 0.001 ms over 1000"
                + " s gives 1000000000 intensity bins (at most 33554432)")), r.skipped().toString());
        ParticleExport ok = ParticleExport.builder("Particle 1").absoluteNs(times).binSizeMs(1).build();
        assertEquals(1, export(ok, EnumSet.of(ExportKind.TRACE), false).files().size());
    }
}
