package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.testing.DuckDbReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Parquet tables of an export, read back by DuckDB (an independent reader; skipped when its JDBC driver is
 * absent). Values are compared exactly (tolerance 0) or to 1e-12 where they are computed.
 */
class ParquetExportTest {

    @TempDir
    Path dir;

    private void export() throws Exception {
        ParticleExport p1 = Fixtures.particle(0).roi(new RegionOfInterest(0.5, 1.5)).build();
        ParticleExport p2 = ParticleExport.builder("Particle 1_2").tcspcCard(null).changePoints(Fixtures.changePoints())
                .build();
        ExportOptions o = ExportOptions.of(EnumSet.of(ExportKind.PARQUET));
        ExportReport r = new ParticleExporter().run(new ExportRequest(dir, List.of(p1, p2), o), null);
        assertEquals(List.of(Path.of("levels.parquet"), Path.of("group_levels.parquet"), Path.of("groups.parquet")),
                r.files());
    }

    private static List<String> columns(Statement s, String file) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet(" + file
                + "))")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    @Test
    void levelsTableHasTheOriginalColumnsAndValues() throws Exception {
        export();
        String file = DuckDbReader.literal(dir.resolve("levels.parquet"));
        try (Connection c = DuckDbReader.open(); Statement s = c.createStatement()) {
            assertEquals(List.of("particle", "level", "group_index", "start", "end", "dwell", "dwell_frac", "int",
                    "num_photons", "num_photons_in_lifetime_fit", "av_tau", "av_tau_std", "tau_1", "tau_std_1", "amp_1",
                    "amp_std_1", "tau_2", "tau_std_2", "amp_2", "amp_std_2", "irf_shift", "decay_bg", "irf_bg",
                    "chisq", "dw", "dw_5", "dw_1", "dw_03", "dw_01", "fit_status", "is_in_roi", "is_grouped"),
                    columns(s, file));
            try (ResultSet r = s.executeQuery("SELECT particle, level, group_index, start, \"end\", dwell, dwell_frac,"
                    + " int, num_photons, av_tau, tau_2, decay_bg, is_in_roi, is_grouped, fit_status FROM read_parquet("
                    + file
                    + ") ORDER BY particle, level")) {
                assertTrue(r.next());
                assertEquals("Particle 1", r.getString(1));
                assertEquals(1, r.getLong(2));
                assertEquals(2, r.getLong(3)); // level A is in group 2 of the selected step
                assertEquals(0.0, r.getDouble(4), 0);
                assertEquals(0.99, r.getDouble(5), 0);
                assertEquals(0.99, r.getDouble(6), 0);
                assertEquals(0.99 / 2.99, r.getDouble(7), 1e-12); // dwell / (last − first photon)
                assertEquals(100 / 0.99, r.getDouble(8), 0);
                assertEquals(100, r.getLong(9));
                assertEquals(3.25, r.getDouble(10), 0);
                assertEquals(4.0, r.getDouble(11), 0);
                assertEquals(2.0, r.getDouble(12), 0); // the decay background, not the shift's std
                assertTrue(r.getBoolean(13));
                assertFalse(r.getBoolean(14));
                assertEquals("ok", r.getString(15));
                assertTrue(r.next());
                assertEquals(1, r.getLong(3));
                r.getDouble(10);
                assertTrue(r.wasNull(), "level 2 has no fit: av_tau is null");
                assertEquals(null, r.getString(15), "and no status");
                assertTrue(r.getBoolean(13));
                assertTrue(r.next());
                assertFalse(r.getBoolean(13), "level C (2 … 2.99 s) lies outside the ROI 0.5 … 1.5 s");
                assertTrue(r.next());
                assertEquals("Particle 1_2", r.getString(1));
                r.getLong(3);
                assertTrue(r.wasNull(), "an ungrouped particle has null group_index");
                assertTrue(r.getBoolean(13), "no ROI: every level is in it");
                assertTrue(r.next());
                assertTrue(r.next());
                assertFalse(r.next());
            }
        }
    }

    @Test
    void groupLevelsAndGroupsTables() throws Exception {
        export();
        try (Connection c = DuckDbReader.open(); Statement s = c.createStatement()) {
            String groups = DuckDbReader.literal(dir.resolve("groups.parquet"));
            assertEquals(List.of("particle", "group", "total_dwell_time", "int", "num_levels", "num_photons",
                    "num_steps", "is_best_step", "is_primary_particle", "tcspc_card"), columns(s, groups));
            try (ResultSet r = s.executeQuery("SELECT * FROM read_parquet(" + groups + ") ORDER BY \"group\"")) {
                assertTrue(r.next());
                assertEquals("Particle 1", r.getString(1));
                assertEquals(1, r.getLong(2));
                assertEquals(0.98, r.getDouble(3), 0);
                assertEquals(50 / 0.98, r.getDouble(4), 0);
                assertEquals(1, r.getLong(5));
                assertEquals(50, r.getLong(6));
                assertEquals(2, r.getLong(7));
                assertTrue(r.getBoolean(8));
                assertTrue(r.getBoolean(9));
                assertEquals("SPC-150", r.getString(10));
                assertTrue(r.next());
                assertEquals(200, r.getLong(6));
                assertFalse(r.next());
            }
            String groupLevels = DuckDbReader.literal(dir.resolve("group_levels.parquet"));
            try (ResultSet r = s.executeQuery("SELECT count(*), bool_and(is_grouped), sum(num_photons), "
                    + "count(av_tau) FROM read_parquet(" + groupLevels + ")")) {
                assertTrue(r.next());
                assertEquals(3, r.getLong(1));
                assertTrue(r.getBoolean(2));
                assertEquals(250, r.getLong(3));
                assertEquals(0, r.getLong(4), "group levels of the fixture are not fitted");
            }
        }
    }
}
