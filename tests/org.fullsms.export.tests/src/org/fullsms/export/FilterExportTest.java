package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.filter.Bound;
import org.fullsms.analysis.filter.DwLevel;
import org.fullsms.analysis.filter.FilterPoint;
import org.fullsms.analysis.filter.FilterSettings;
import org.fullsms.analysis.filter.LevelFeatures;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.analysis.filter.Limit;
import org.fullsms.analysis.filter.Normalisation;
import org.fullsms.analysis.filter.NormalisedLevel;
import org.fullsms.analysis.filter.TauIntensityRegression;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.testing.DuckDbReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The level filters and the normalisation in the exports, on the hand-made particle of {@link Fixtures}: levels A
 * (100 photons, fitted: τ̄ 3.25 ns, d 1.9 with 5 % bound 1.8), B (50 photons, no fit) and C (100 photons, decay
 * without fit). Filters: at least 60 photons, τ at most 3 ns, Durbin–Watson at 5 %; level A normalised to 79
 * photons, group level 2 to 40.
 */
class FilterExportTest {

    private static final TauIntensityRegression LINE = TauIntensityRegression.fit(new double[] { 50, 100 },
            new double[] { 1.6, 3.3 }, true);

    @TempDir
    Path dir;

    private static LevelFiltering filtering() {
        FilterSettings s = FilterSettings.DEFAULTS.with(Bound.MIN_PHOTONS, new Limit(true, 60))
                .with(Bound.MAX_LIFETIME, new Limit(true, 3)).withDw(true, DwLevel.FIVE_PERCENT);
        Normalisation n = new Normalisation(LINE, true, List.of(
                new Normalisation.Entry("Particle 1", LevelKind.LEVEL, 0, new NormalisedLevel(79 / 0.99, 79, true)),
                new Normalisation.Entry("Particle 1", LevelKind.GROUP_LEVEL, 1,
                        new NormalisedLevel(40 / 0.98, 40, true))));
        return new LevelFiltering(s, n);
    }

    private void export(LevelFiltering filtering, IntensityUnit unit) throws IOException {
        ExportOptions o = ExportOptions.of(EnumSet.of(ExportKind.PARQUET)).withFiltering(filtering).withUnit(unit);
        new ParticleExporter().run(new ExportRequest(dir, List.of(Fixtures.particle(0).binSizeMs(10).build()), o),
                null);
    }

    private static List<String> columns(Statement s, String file) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet(" + file
                + "))")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    /** A nullable boolean cell: null for SQL NULL. */
    private static Boolean bool(ResultSet r, int column) throws Exception {
        boolean b = r.getBoolean(column);
        return r.wasNull() ? null : b;
    }

    @Test
    void levelsCarryTheOriginalsFilterColumnsAndTheNormalisedIntensity() throws Exception {
        export(filtering(), IntensityUnit.COUNTS_PER_SECOND);
        String file = DuckDbReader.literal(dir.resolve("levels.parquet"));
        try (Connection c = DuckDbReader.open(); Statement s = c.createStatement()) {
            List<String> names = columns(s, file);
            assertEquals(List.of("is_in_roi", "is_grouped", "failed_photon_min", "failed_tau_max", "failed_dw_5",
                    "is_filtered_out", "int_normalised", "num_photons_normalised"),
                    names.subList(names.indexOf("is_in_roi"), names.size()));
            try (ResultSet r = s.executeQuery("SELECT failed_photon_min, failed_tau_max, failed_dw_5, is_filtered_out,"
                    + " int_normalised, num_photons_normalised FROM read_parquet(" + file + ") ORDER BY level")) {
                assertTrue(r.next()); // A: 100 photons, τ̄ 3.25 ns > 3, d 1.9 ≥ 1.8
                assertEquals(Boolean.FALSE, bool(r, 1));
                assertEquals(Boolean.TRUE, bool(r, 2));
                assertEquals(Boolean.FALSE, bool(r, 3));
                assertEquals(Boolean.TRUE, bool(r, 4));
                assertEquals(79 / 0.99, r.getDouble(5), 0);
                assertEquals(79, r.getLong(6));
                assertTrue(r.next()); // B: 50 photons, not fitted
                assertEquals(Boolean.TRUE, bool(r, 1));
                assertNull(bool(r, 2), "a lifetime bound cannot be tested without a fit");
                assertNull(bool(r, 3));
                assertEquals(Boolean.TRUE, bool(r, 4));
                r.getDouble(5);
                assertTrue(r.wasNull(), "not normalised");
                assertTrue(r.next()); // C: 100 photons, a decay without a fit
                assertEquals(Boolean.FALSE, bool(r, 1));
                assertNull(bool(r, 2));
                assertEquals(Boolean.TRUE, bool(r, 4), "filtered out: no lifetime to keep it by");
                assertFalse(r.next());
            }
        }
    }

    @Test
    void groupLevelsToo() throws Exception {
        export(filtering(), IntensityUnit.COUNTS_PER_SECOND);
        String file = DuckDbReader.literal(dir.resolve("group_levels.parquet"));
        try (Connection c = DuckDbReader.open(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT level, num_photons, failed_photon_min, is_filtered_out,"
                        + " num_photons_normalised FROM read_parquet(" + file + ") ORDER BY level")) {
            int rows = 0;
            while (r.next()) {
                rows++;
                assertEquals(r.getLong(2) < 60, r.getBoolean(3));
                assertTrue(r.getBoolean(4), "group levels have no fits here");
                long level = r.getLong(1);
                r.getLong(5);
                assertEquals(level != 2, r.wasNull(), "only group level 2 is normalised");
            }
            assertEquals(3, rows);
        }
    }

    @Test
    void levelsCutByTheRegionOfInterestKeepTheirFits() throws Exception {
        // whole levels are fitted with or without an ROI: the ROI [1.2, 2.5] s leaves out A and cuts B and C
        ExportOptions o = ExportOptions.of(EnumSet.of(ExportKind.PARQUET)).withFiltering(filtering());
        LifetimeExport l = Fixtures.particle(0).build().lifetimes();
        ParticleExport p = Fixtures.particle(0).roi(new RegionOfInterest(1.2, 2.5))
                .lifetimes(new LifetimeExport(l.wholeTrace(), l.levels(), l.groupLevels(), l.groups(), true)).build();
        new ParticleExporter().run(new ExportRequest(dir, List.of(p), o), null);
        String file = DuckDbReader.literal(dir.resolve("levels.parquet"));
        try (Connection c = DuckDbReader.open(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT av_tau, failed_tau_max FROM read_parquet(" + file
                        + ") ORDER BY level")) {
            assertTrue(r.next());
            assertEquals(3.25, r.getDouble(1), 0);
            assertEquals(Boolean.TRUE, bool(r, 2));
        }
    }

    @Test
    void normalisedIntensityIsInTheTablesUnit() throws Exception {
        export(filtering(), IntensityUnit.COUNTS_PER_BIN);
        String file = DuckDbReader.literal(dir.resolve("levels.parquet"));
        try (Connection c = DuckDbReader.open(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT int, int_normalised FROM read_parquet(" + file
                        + ") WHERE level = 1")) {
            assertTrue(r.next());
            assertEquals(100 / 0.99 * 0.01, r.getDouble(1), 1e-12); // 10 ms bins
            assertEquals(79 / 0.99 * 0.01, r.getDouble(2), 1e-12);
        }
    }

    @Test
    void withoutFiltersOrNormalisationTheTablesAreAsBefore() throws Exception {
        export(LevelFiltering.NONE, IntensityUnit.COUNTS_PER_SECOND);
        String file = DuckDbReader.literal(dir.resolve("levels.parquet"));
        try (Connection c = DuckDbReader.open(); Statement s = c.createStatement()) {
            List<String> names = columns(s, file);
            assertEquals("is_grouped", names.get(names.size() - 1));
        }
        LevelFiltering onlyNormalised = filtering().withSettings(FilterSettings.DEFAULTS);
        ExportOptions o = ExportOptions.of(EnumSet.of(ExportKind.PARQUET)).withFiltering(onlyNormalised)
                .withOverwrite(true);
        new ParticleExporter().run(new ExportRequest(dir, List.of(Fixtures.particle(0).build()), o), null);
        try (Connection c = DuckDbReader.open(); Statement s = c.createStatement()) {
            List<String> names = columns(s, file);
            assertFalse(names.contains("is_filtered_out"), names.toString());
            assertTrue(names.contains("int_normalised"), names.toString());
        }
    }

    @Test
    void theNormalisationsLineIsWrittenBesideTheTables() throws Exception {
        export(filtering(), IntensityUnit.COUNTS_PER_SECOND);
        List<String> lines = Files.readAllLines(dir.resolve(TauIntensityLineCsv.FILE_NAME), StandardCharsets.UTF_8);
        assertEquals(String.join(",", TauIntensityLineCsv.HEADER), lines.get(0));
        String[] v = lines.get(1).split(",", -1);
        // by hand: slope Σxy/Σx² = 410/12500; residuals −0.04 and 0.02, SSR 0.002 on 1 degree of freedom
        assertEquals("True", v[0]);
        assertEquals("2", v[1]);
        assertEquals(0.0328, Double.parseDouble(v[2]), 1e-15);
        assertEquals(Math.sqrt(0.002 / 12500), Double.parseDouble(v[3]), 1e-12);
        assertEquals("", v[4], "no intercept through the origin");
        assertEquals("", v[5]);
        assertEquals(1 - 0.002 / (1.6 * 1.6 + 3.3 * 3.3), Double.parseDouble(v[6]), 1e-12);
        assertEquals("uncentred", v[7]);
        assertEquals(2, lines.size());

        Files.delete(dir.resolve(TauIntensityLineCsv.FILE_NAME));
        ExportOptions o = ExportOptions.of(EnumSet.of(ExportKind.PARQUET)).withOverwrite(true)
                .withFiltering(filtering().withNormalisation(null));
        new ParticleExporter().run(new ExportRequest(dir, List.of(Fixtures.particle(0).build()), o), null);
        assertFalse(Files.exists(dir.resolve(TauIntensityLineCsv.FILE_NAME)), "no normalisation, no line");
    }

    @Test
    void aLineWithAnInterceptHasItsInterceptAndTheCentredRSquared() {
        // τ = 0.00115 I − 0.2 by hand: x̄ 2000, ȳ 2.1, Sxy 2300, Sxx 2e6; residuals 0.05, −0.1, 0.05
        TauIntensityRegression line = TauIntensityRegression.fit(new double[] { 1000, 2000, 3000 },
                new double[] { 1, 2, 3.3 }, false);
        String[] v = new String(TauIntensityLineCsv.of(line), StandardCharsets.UTF_8).split("\r\n")[1]
                .split(",", -1);
        assertEquals("False", v[0]);
        assertEquals("3", v[1]);
        assertEquals(0.00115, Double.parseDouble(v[2]), 1e-15);
        assertEquals(-0.2, Double.parseDouble(v[4]), 1e-12);
        assertFalse(v[5].isEmpty(), "the intercept's standard error");
        assertEquals(1 - 0.015 / 2.66, Double.parseDouble(v[6]), 1e-12); // SSR 0.015, Σ(τ − τ̄)² 2.66
        assertEquals("centred", v[7]);
    }

    @Test
    void filteredSetCsvListsEveryPointOrThoseThatPass() throws IOException {
        double[] bounds = { 1.8, 1.7, 1.6, 1.5 };
        LevelFeatures a = new LevelFeatures(100, 100 / 0.99, 0.99, 3.25, 1.9, bounds, 1.05, 0.012);
        LevelFeatures b = LevelFeatures.of(50, 50 / 0.98, 0.98, null);
        FilterSettings s = FilterSettings.DEFAULTS.with(Bound.MIN_PHOTONS, new Limit(true, 60));
        List<FilterPoint> points = List.of(
                new FilterPoint("Particle 1", LevelKind.LEVEL, 0, 0, 0.99, a, s.evaluate(a),
                        new NormalisedLevel(79 / 0.99, 79, true)),
                new FilterPoint("Particle 1", LevelKind.LEVEL, 1, 1, 1.98, b, s.evaluate(b), null));
        Path all = dir.resolve("all.csv");
        FilteredLevelsCsv.write(all, points, false, false);
        List<String> lines = Files.readAllLines(all, StandardCharsets.UTF_8);
        assertEquals(String.join(",", FilteredLevelsCsv.HEADER), lines.get(0));
        assertEquals("Particle 1,level,1,0.0,0.99,0.99,101.01010101010101,100,3.25,1.9,1.8,1.7,1.6,1.5,1.05,0.012,"
                + "False,,79.79797979797979,79", lines.get(1));
        assertEquals("Particle 1,level,2,1.0,1.98,0.98,51.02040816326531,50,,,,,,,,,True,photons 50 < 60,,",
                lines.get(2));
        assertEquals(3, lines.size());
        Path passing = dir.resolve("passing.csv");
        FilteredLevelsCsv.write(passing, points, true, false);
        assertEquals(2, Files.readAllLines(passing, StandardCharsets.UTF_8).size());
        assertThrows(IOException.class, () -> FilteredLevelsCsv.write(passing, points, true, false),
                "an existing file is not replaced unless asked");
    }
}
