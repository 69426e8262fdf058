package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.fullsms.analysis.filter.Bound;
import org.fullsms.analysis.filter.FilterPoint;
import org.fullsms.analysis.filter.FilterSettings;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.analysis.filter.Limit;
import org.fullsms.analysis.filter.Normalisation;
import org.fullsms.analysis.filter.TauIntensityRegression;
import org.fullsms.export.TauIntensityLineCsv;
import org.fullsms.io.hdf5.Hdf5Reader;
import org.fullsms.model.Dataset;
import org.fullsms.runtime.filter.FilterPoints;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.session.SessionCapture;
import org.fullsms.session.SessionLoader;
import org.fullsms.session.SessionWriter;
import org.fullsms.testing.DuckDbReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, items 2–4, through {@code fullsms export SESSION}: a session saved with a filter on and its levels
 * normalised onto the τ–I line (as the Filtering view leaves it) exports each level's filter verdict and normalised
 * intensity in the Parquet tables and the line in {@code tau-I line.csv}; a file with spectra and a raster scan
 * gets their data files.
 */
class FilteredExportCommandTest {

    private static final int MIN_PHOTONS = 200;

    @TempDir
    Path dir;

    @Test
    void filtersNormalisationLineSpectraAndRasterScanAreExported() throws Exception {
        Path h5 = dir.resolve("extras.h5");
        CliRun sim = CliRun.of("simulate", "--out", h5.toString(), "--particles", "2", "--duration", "8", "--seed",
                "5", "--spectra", "--raster");
        assertEquals(0, sim.exitCode(), sim.err());
        Path analysed = dir.resolve("analysed.smsa");
        CliRun analyze = CliRun.of("analyze", h5.toString(), "--fit", "1", "--session", analysed.toString());
        assertEquals(0, analyze.exitCode(), analyze.err());

        // what the Filtering view does: a filter on, the levels that pass normalised onto their line, saved
        Path filtered = dir.resolve("filtered.smsa");
        SessionLoader.Loaded loaded = SessionLoader.load(analysed, (f, o) -> new Hdf5Reader().open(f));
        List<FilterPoint> points;
        Normalisation normalisation;
        try (Dataset d = loaded.session().dataset()) {
            AnalysisSession session = loaded.session();
            FilterSettings filters = FilterSettings.DEFAULTS.with(Bound.MIN_PHOTONS, new Limit(true, MIN_PHOTONS));
            points = FilterPoints.of(session.particles(), LevelKind.LEVEL, false, new LevelFiltering(filters, null));
            TauIntensityRegression line = FilterPoints.line(points, true);
            normalisation = FilterPoints.normalise(points, line, false);
            session.setFiltering(new LevelFiltering(filters, normalisation));
            SessionWriter.write(SessionCapture.capture(session, loaded.document().settings(),
                    loaded.document().uiState()), filtered);
        }
        long failing = points.stream().filter(p -> p.features().photons() < MIN_PHOTONS).count();
        assertTrue(failing > 0 && failing < points.size(), failing + " of " + points.size() + " levels fail");
        assertTrue(normalisation.entries().size() > 1, normalisation.entries().size() + " normalised");

        Path out = dir.resolve("out");
        CliRun export = CliRun.of("export", filtered.toString(), "--out", out.toString(), "--format", "both");
        assertEquals(0, export.exitCode(), export.err());

        // the filtered set: every level with its verdict, and the normalised intensity of those that pass
        try (Connection c = DuckDbReader.open(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT num_photons, failed_photon_min, is_filtered_out, int_normalised"
                        + " FROM read_parquet(" + DuckDbReader.literal(out.resolve("levels.parquet")) + ")")) {
            int rows = 0;
            int normalised = 0;
            while (r.next()) {
                rows++;
                boolean fails = r.getLong(1) < MIN_PHOTONS;
                assertEquals(fails, r.getBoolean(2), "failed_photon_min of a level of " + r.getLong(1) + " photons");
                assertEquals(fails, r.getBoolean(3), "is_filtered_out: the photon filter is the only one on");
                r.getDouble(4);
                normalised += r.wasNull() ? 0 : 1;
            }
            assertEquals(points.size(), rows, "one row per level");
            assertEquals(normalisation.entries().size(), normalised, "the normalised levels");
        }
        // the line the normalised intensities come from
        List<String> line = Files.readAllLines(out.resolve(TauIntensityLineCsv.FILE_NAME), StandardCharsets.UTF_8);
        assertEquals(2, line.size(), line.toString());
        String[] values = line.get(1).split(",", -1);
        assertEquals("True", values[0], "through the origin");
        assertEquals(normalisation.line().points(), Integer.parseInt(values[1]));
        assertEquals(normalisation.line().slope(), Double.parseDouble(values[2]), 0);
        assertEquals(normalisation.line().rSquared(), Double.parseDouble(values[6]), 0);

        // spectra and the raster scan, from the file's datasets
        for (String particle : List.of("Particle 1", "Particle 2")) {
            List<String> spectra = Files.readAllLines(out.resolve(particle + " spectra-2D.csv"));
            assertEquals("First row:,Wavelength (nm)", spectra.get(0), particle);
            assertTrue(spectra.size() > 10, particle + ": " + spectra.size() + " lines");
        }
        List<String> scan = Files.readAllLines(out.resolve("Raster Scan 1 data.csv"));
        assertEquals("First row:,X-Axis (um)", scan.get(0));
        assertTrue(scan.size() > 10, scan.size() + " lines");
    }
}
