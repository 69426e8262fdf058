package org.fullsms.session;

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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.fullsms.analysis.filter.Bound;
import org.fullsms.analysis.filter.DwLevel;
import org.fullsms.analysis.filter.FilterPoint;
import org.fullsms.analysis.filter.FilterSettings;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.analysis.filter.Limit;
import org.fullsms.analysis.filter.Normalisation;
import org.fullsms.io.hdf5.Hdf5Reader;
import org.fullsms.runtime.export.ExportSettings;
import org.fullsms.runtime.export.ExportWiring;
import org.fullsms.runtime.filter.FilterPoints;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.testing.DuckDbReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The level filters and the intensity normalisation are saved and restored with the analysis (real engines on a
 * simulated file: fitted levels and group levels, a failed fit full of NaN, an ROI); sessions without them read
 * as before, and damaged values are refused naming their place.
 */
class FilteringSessionTest {

    private static final Hdf5Reader READER = new Hdf5Reader();
    private static Path dir;
    private static AnalysedFixture.Analysed analysed;

    @BeforeAll
    static void analyse() throws IOException {
        dir = Files.createTempDirectory("fullsms-filtering-session");
        analysed = AnalysedFixture.build(dir.resolve("data").resolve("sim.h5"));
    }

    @AfterAll
    static void clean() throws IOException {
        analysed.session().dataset().close();
        AnalysedFixture.deleteTree(dir);
    }

    /** Filters on, and a normalisation of the levels and group levels of all particles that pass them. */
    private static LevelFiltering filtered(AnalysisSession session) {
        FilterSettings s = FilterSettings.DEFAULTS.with(Bound.MIN_PHOTONS, new Limit(true, 50))
                .with(Bound.MAX_CHI_SQUARED, new Limit(true, 1.3)).with(Bound.MAX_LIFETIME, new Limit(false, 7.5))
                .withDw(true, DwLevel.POINT_THREE_PERCENT);
        LevelFiltering f = LevelFiltering.NONE.withSettings(s);
        List<FilterPoint> points = new ArrayList<>(FilterPoints.of(session.particles(), LevelKind.LEVEL, false, f));
        points.addAll(FilterPoints.of(session.particles(), LevelKind.GROUP_LEVEL, false, f));
        Normalisation n = FilterPoints.normalise(points, FilterPoints.line(points, true), false);
        return f.withNormalisation(n);
    }

    @Test
    void filtersAndNormalisationSurviveSaveAndLoad() throws IOException {
        AnalysisSession session = analysed.session();
        LevelFiltering filtering = filtered(session);
        assertTrue(filtering.normalisation().entries().size() > 10, filtering.normalisation().toString());
        assertTrue(filtering.normalisation().entries().stream().anyMatch(e -> e.kind() == LevelKind.GROUP_LEVEL));
        session.setFiltering(filtering);
        try {
            Path file = dir.resolve("sessions").resolve("filtered.smsa");
            SessionWriter.write(analysed.snapshot(), file);
            SessionLoader.Loaded loaded = SessionLoader.load(file, (f, o) -> READER.open(f));
            try {
                assertEquals(filtering, loaded.document().filtering());
                AnalysisSession restored = loaded.session();
                assertEquals(filtering, restored.filtering(), "restored after the fits, which would forget it");
                for (LevelKind kind : LevelKind.values()) {
                    assertEquals(FilterPoints.of(session.particles(), kind, false, filtering),
                            FilterPoints.of(restored.particles(), kind, false, restored.filtering()), kind.label());
                }
                exportHasTheFilterColumns(restored);
            } finally {
                loaded.session().dataset().close();
            }
        } finally {
            session.setFiltering(LevelFiltering.NONE);
        }
    }

    /** The export of a restored session (as {@code fullsms export SESSION}) applies its filters and normalisation. */
    private static void exportHasTheFilterColumns(AnalysisSession restored) throws IOException {
        Path out = dir.resolve("export");
        ExportWiring.export(restored, new ExportSettings(out, "parquet", null, false), System.err);
        List<FilterPoint> points = FilterPoints.of(restored.selected(), LevelKind.LEVEL, false, restored.filtering());
        long filteredOut = points.stream().filter(p -> !p.passes()).count();
        long normalised = points.stream().filter(p -> p.normalised() != null).count();
        assertTrue(filteredOut > 0 && filteredOut < points.size(), filteredOut + " of " + points.size());
        String file = DuckDbReader.literal(out.resolve("levels.parquet"));
        try (Connection c = DuckDbReader.open(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE is_filtered_out),"
                        + " count(int_normalised), count(failed_dw_03) FROM read_parquet(" + file + ")")) {
            assertTrue(r.next());
            assertEquals(points.size(), r.getLong(1));
            assertEquals(filteredOut, r.getLong(2));
            assertEquals(normalised, r.getLong(3));
            assertEquals(points.stream().filter(p -> p.features().fitted()).count(), r.getLong(4),
                    "the Durbin-Watson test is known for fitted levels only");
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Test
    void sessionsWithoutFiltersHaveNoFilteringKeyAndOpenWithNone() throws IOException {
        Path file = dir.resolve("sessions").resolve("plain.smsa");
        SessionWriter.write(analysed.snapshot(), file);
        assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("\"filtering\""),
                "a session without filters is written as before");
        assertEquals(LevelFiltering.NONE, SessionReader.read(file).filtering());
    }

    @Test
    void filtersOnlyWithoutNormalisationAreSaved() throws IOException {
        LevelFiltering onlySettings = LevelFiltering.NONE.withSettings(FilterSettings.DEFAULTS
                .with(Bound.MIN_INTENSITY, new Limit(true, 250.5)));
        Path file = dir.resolve("sessions").resolve("settings.smsa");
        SessionSnapshot s = analysed.snapshot();
        SessionWriter.write(new SessionSnapshot(s.dataFile(), s.particles(), s.globalGrouping(), s.lifetime(),
                s.settings(), s.uiState(), s.channelLayout(), onlySettings), file);
        SessionDocument doc = SessionReader.read(file);
        assertEquals(onlySettings, doc.filtering());
        assertNull(doc.filtering().normalisation());
    }

    @Test
    void aMissingFilterKeepsItsDefaultAndDamagedValuesAreRefused() throws IOException {
        LevelFiltering filtering = filtered(analysed.session());
        Path file = dir.resolve("sessions").resolve("edit.smsa");
        SessionSnapshot s = analysed.snapshot();
        SessionWriter.write(new SessionSnapshot(s.dataFile(), s.particles(), s.globalGrouping(), s.lifetime(),
                s.settings(), s.uiState(), s.channelLayout(), filtering), file);
        String json = Files.readString(file, StandardCharsets.UTF_8);

        String withoutPhotons = json.replaceFirst("\"minPhotons\":\\{\"enabled\":true,\"value\":50(\\.0)?\\},", "");
        assertFalse(withoutPhotons.equals(json), "the edit applies");
        assertEquals(FilterSettings.DEFAULTS.limit(Bound.MIN_PHOTONS),
                read(withoutPhotons).filtering().settings().limit(Bound.MIN_PHOTONS));

        assertRefused(json.replaceFirst("\"value\":50(\\.0)?", "\"value\":\"NaN\""), "$.filtering.settings.minPhotons",
                "finite");
        assertRefused(json.replace("\"POINT_THREE_PERCENT\"", "\"TWO_PERCENT\""), "$.filtering.settings.durbinWatson",
                "FIVE_PERCENT");
        String first = filtering.normalisation().entries().get(0).particle();
        assertRefused(json.replaceFirst("(\"levels\":\\{\"particle\":\\[)\"" + first + "\"", "$1\"Particle 99\""),
                "$", "the normalisation names Particle 99");
        assertRefused(json.replaceFirst("\"slopeNsPerCps\":[^,]*,", "\"slopeNsPerCps\":0,"),
                "$.filtering.normalisation.line", "non-zero slope");
    }

    private SessionDocument read(String json) throws IOException {
        Path edited = dir.resolve("sessions").resolve("edited.smsa");
        Files.writeString(edited, json, StandardCharsets.UTF_8);
        return SessionReader.read(edited);
    }

    private void assertRefused(String json, String path, String says) {
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> read(json));
        assertTrue(e.getMessage().contains(path) && e.getMessage().contains(says), e.getMessage());
    }
}
