package org.fullsms.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.fullsms.analysis.cpa.LevelBoundaries;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every earlier schema loads: a hand-written schema 0 (pre-release) document migrates to schema 1. */
class MigrationTest {

    /** A schema 0 session as the pre-release wrote it (see docs/session-format.md, "Schema 0"). */
    static final String V0 = """
            {
              "fullsms_session": 0,
              "saved": "2024-11-02T09:30:00Z",
              "h5": {"path": "data/sim.h5", "abs_path": "/home/user/data/sim.h5", "bytes": 1048576,
                     "sha256": "5f1d0a3c0e0b8e7c1b2a99d2a5e1f3c4d6b7a8c9d0e1f2a3b4c5d6e7f8091a2b"},
              "settings": {"cpa.confidence": "95"},
              "ui": {"currentParticle": "Particle 1"},
              "particles": {
                "Particle 1": {
                  "selected": false, "bin_ms": 25.0, "roi": [0.5, 2.0],
                  "cpa": {
                    "engineId": "cpa", "engineVersion": "0.9.0",
                    "parameters": {"confidencePercent": 95, "minPhotons": 20, "boundaryOffset": 7, "endTimeNs": null,
                                   "criticalValuesSource": "own Monte Carlo tables (pre-release)"},
                    "numPhotons": 300, "analysed": true,
                    "changePoints": [100, 200], "regionFirst": [95, 190], "regionLast": [104, 210],
                    "levels": {"first": [0, 100, 200], "last": [99, 199, 299],
                               "startNs": [0, 1000000000, 2000000000], "endNs": [990000000, 1990000000, 2990000000],
                               "photons": [100, 100, 100],
                               "intensityCps": [101.01010101010101, 101.01010101010101, 101.01010101010101]},
                    "weightedMeanCps": 101.01010101010101, "weightedSdCps": 0.0, "warnings": []
                  },
                  "groups": {
                    "engineId": "grouping", "engineVersion": "0.9.0",
                    "parameters": {"maxIterations": 50, "tolerance": 1e-5, "minTermProbability": 1e-200,
                                   "emMode": "LOG_SPACE"},
                    "bestStep": 0, "selectedStep": 1,
                    "steps": [
                      {"bic": 12.5, "logLikelihood": -3.25, "emIterations": 4, "levelGroup": [0, 0, 0],
                       "groups": {"index": [0], "intensityCps": [101.0], "photons": [300], "dwellS": [2.97],
                                  "numLevels": [3]}},
                      {"bic": 10.0, "logLikelihood": "NaN", "emIterations": 6, "levelGroup": [0, 1, 0],
                       "groups": {"index": [0, 1], "intensityCps": [100.0, 102.0], "photons": [200, 100],
                                  "dwellS": [1.98, 0.99], "numLevels": [2, 1]}}
                    ]
                  },
                  "groups_applied": true,
                  "fits": []
                },
                "Particle 2": {"selected": true, "bin_ms": 100}
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void schemaZeroMigratesToTheCurrentSchema() throws IOException {
        Path file = dir.resolve("old.smsa");
        Files.writeString(file, V0);
        SessionDocument doc = SessionReader.read(file);

        assertEquals(SessionReader.CURRENT_VERSION, doc.schemaVersion());
        assertEquals(0, doc.migratedFrom());
        assertEquals("2024-11-02T09:30:00Z", doc.savedAt());
        assertEquals(new DataFileRef("data/sim.h5", "/home/user/data/sim.h5", "sim.h5", 1048576,
                "5f1d0a3c0e0b8e7c1b2a99d2a5e1f3c4d6b7a8c9d0e1f2a3b4c5d6e7f8091a2b", null), doc.dataFile());
        assertEquals(Map.of("cpa.confidence", "95"), doc.settings());
        assertEquals(Map.of("currentParticle", "Particle 1"), doc.uiState());
        assertTrue(doc.warnings().get(0).contains("upgraded from schema 0 to 1"), doc.warnings().toString());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("pre-release") && w.contains("not available")),
                "the pre-release critical-value tables are reported as replaced: " + doc.warnings());

        ParticleState p1 = doc.particle("Particle 1").orElseThrow();
        assertFalse(p1.selected());
        assertEquals(25.0, p1.binSizeMs(), 0.0);
        assertEquals(new RegionOfInterest(0.5, 2.0), p1.roi());
        assertEquals(LevelBoundaries.NON_OVERLAPPING, p1.changePoints().parameters().levelBoundaries());
        assertEquals(95.0, p1.changePoints().parameters().confidencePercent(), 0.0);
        assertEquals(3, p1.changePoints().levels().size());
        assertEquals(2_990_000_000L, p1.changePoints().levels().get(2).endNs());
        assertEquals(1, p1.grouping().selectedStep());
        assertTrue(Double.isNaN(p1.grouping().steps().get(1).logLikelihood()));
        assertTrue(p1.groupsApplied());
        ParticleState p2 = doc.particle("Particle 2").orElseThrow();
        assertEquals(100.0, p2.binSizeMs(), 0.0);
        assertEquals(null, p2.changePoints());

        // The migrated document restores a workbench like a current one.
        AnalysisSession session = new AnalysisSession(twoParticles());
        List<String> warnings = SessionApplier.apply(doc, session);
        ParticleAnalysis a = session.particles().get(0);
        assertEquals(new RegionOfInterest(0.5, 2.0), a.roi().orElseThrow());
        assertEquals(List.of(100, 200), List.of(a.changePoints().orElseThrow().changePoints()[0],
                a.changePoints().orElseThrow().changePoints()[1]));
        assertTrue(a.groupsApplied());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("cpa 0.9.0")), warnings.toString());
    }

    @Test
    void schemaZeroWithoutItsDataFileIsRejectedClearly() throws IOException {
        Path file = dir.resolve("broken-old.smsa");
        Files.writeString(file, V0.replace("\"h5\":", "\"hdf\":"));
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionReader.read(file));
        assertTrue(e.getMessage().contains("$.h5"), e.getMessage());
    }

    @Test
    void currentSchemaWithKeysReorderedByAnotherToolLoads() throws IOException {
        // e.g. after `jq -S .`: the header keys are no longer first, so the file is read as a tree.
        Path original = dir.resolve("s.smsa");
        SessionWriter.write(Synthetic.snapshot(Synthetic.dataFile(dir), 2, 2, 20), original);
        JsonElement sorted = sortKeys(JsonParser.parseString(Files.readString(original)));
        Path file = dir.resolve("sorted.smsa");
        Files.writeString(file, sorted.toString());
        assertFalse(Files.readString(file).startsWith("{\"format\""));

        DeepAssert deep = new DeepAssert();
        deep.equal(SessionReader.read(original).particles(), SessionReader.read(file).particles(), "particles");
        assertEquals(List.of(), SessionReader.read(file).warnings());
    }

    private static JsonElement sortKeys(JsonElement e) {
        if (e.isJsonObject()) {
            TreeMap<String, JsonElement> sorted = new TreeMap<>();
            e.getAsJsonObject().entrySet().forEach(x -> sorted.put(x.getKey(), sortKeys(x.getValue())));
            JsonObject o = new JsonObject();
            sorted.forEach(o::add);
            return o;
        }
        if (e.isJsonArray()) {
            e.getAsJsonArray().asList().replaceAll(MigrationTest::sortKeys);
        }
        return e;
    }

    /** Two in-memory particles of 300 photons, 10 ms apart. */
    private static Dataset twoParticles() throws IOException {
        List<Particle> particles = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            long[] times = new long[300];
            double[] micro = new double[300];
            for (int i = 0; i < times.length; i++) {
                times[i] = i * 10_000_000L;
                micro[i] = 1 + i % 7;
            }
            particles.add(Particle.builder(n, 1).photons(Photons.of(times, micro)).build());
        }
        return Dataset.inMemory(particles, List.of(), List.of());
    }
}
