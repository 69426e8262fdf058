package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.fullsms.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate, info and convert as a user runs them: files written, JSON printed, exit codes, one-line errors. */
class DataCommandsTest {

    @TempDir
    Path dir;

    @Test
    void simulateThenInfoDescribesTheFileAndTheTruthMatches() throws Exception {
        Path h5 = dir.resolve("sim.h5");
        CliRun sim = CliRun.of("simulate", "--out", h5.toString(), "--particles", "3", "--duration", "5",
                "--seed", "7", "--two-channels");
        assertEquals(0, sim.exitCode(), sim.err());
        assertTrue(Files.isRegularFile(h5));
        Path truth = dir.resolve("sim.truth.json");
        JsonObject truthJson = JsonParser.parseString(Files.readString(truth)).getAsJsonObject();
        assertFalse(truthJson.entrySet().isEmpty());

        CliRun info = CliRun.of("info", h5.toString());
        assertEquals(0, info.exitCode(), info.err());
        JsonObject doc = info.json();
        assertEquals("1.08", doc.get("version_interpreted").getAsString());
        JsonArray particles = doc.getAsJsonArray("particles");
        assertEquals(6, particles.size(), "3 particles with a second channel each");
        JsonObject first = particles.get(0).getAsJsonObject();
        assertEquals("Particle 1", first.get("name").getAsString());
        assertEquals("Particle 1_2", particles.get(1).getAsJsonObject().get("name").getAsString());
        assertTrue(first.get("photons").getAsLong() > 1000);
        // 5 s simulated: the photons span nearly all of it (tolerance 0.5 s for the first/last gaps).
        assertEquals(5.0, first.get("duration_s").getAsDouble() + first.get("abs_first_ns").getAsLong() / 1e9, 0.5);
        assertEquals(0.01220703125, first.get("channel_width_ns").getAsDouble(), 0.0, "inferred exactly");
    }

    @Test
    void simulatingTwiceWithTheSameSeedGivesTheSameFile() throws Exception {
        Path a = dir.resolve("a.h5");
        Path b = dir.resolve("b.h5");
        assertEquals(0, CliRun.of("simulate", "--out", a.toString(), "--seed", "3", "--duration", "2").exitCode());
        assertEquals(0, CliRun.of("simulate", "--out", b.toString(), "--seed", "3", "--duration", "2").exitCode());
        assertEquals(Files.readString(dir.resolve("a.truth.json")), Files.readString(dir.resolve("b.truth.json")));
        assertEquals(CliRun.of("info", a.toString()).json().get("particles"),
                CliRun.of("info", b.toString()).json().get("particles"));
    }

    @Test
    void simulateRefusesToOverwriteAnExistingFile() throws Exception {
        Path h5 = dir.resolve("keep.h5");
        Files.writeString(h5, "precious");
        CliRun run = CliRun.of("simulate", "--out", h5.toString());
        assertEquals(2, run.exitCode());
        assertEquals("precious", Files.readString(h5));
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void infoOnAFileThatIsNotHdf5ExitsTwoWithOneLineNamingIt() throws Exception {
        Path bogus = dir.resolve("bogus.h5");
        Files.write(bogus, new byte[4096]);
        CliRun run = CliRun.of("info", bogus.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("bogus.h5"), run.err());
    }

    @Test
    void infoOnTheSharedTwoChannelFileReportsAnEmptySecondChannel() {
        Path file = SharedData.require("hdf5/v1_07_two_channels.h5");
        CliRun run = CliRun.of("info", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonArray particles = run.json().getAsJsonArray("particles");
        JsonObject p2secondary = particles.asList().stream().map(e -> e.getAsJsonObject())
                .filter(p -> p.get("name").getAsString().equals("Particle 2_2")).findFirst().orElseThrow();
        assertEquals(0, p2secondary.get("photons").getAsLong());
    }

    @Test
    void convertTurnsTheGoldenTraceIntoAParticle() throws Exception {
        Path golden = SharedData.require("fullsms_tester_abs_times_ns.txt");
        Path h5 = dir.resolve("golden.h5");
        CliRun run = CliRun.of("convert", golden.toString(), "--out", h5.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonObject p = CliRun.of("info", h5.toString()).json().getAsJsonArray("particles").get(0).getAsJsonObject();
        assertEquals(90_105, p.get("photons").getAsLong());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("simulate", "--out", dir.resolve("x.h5").toString(), "--bogus", "1");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown option --bogus"), run.err());
    }
}
