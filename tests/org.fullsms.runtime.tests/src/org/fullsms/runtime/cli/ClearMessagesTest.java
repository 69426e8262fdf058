package org.fullsms.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 4: the unclear messages fuzzing found now read as one sentence naming the file (or option) and
 * what is wrong, with exit code 2.
 */
class ClearMessagesTest {

    @TempDir
    static Path dir;

    private static Path h5;

    @BeforeAll
    static void simulate() {
        h5 = dir.resolve("x.h5");
        CliRun run = CliRun.of("simulate", "--out", h5.toString(), "--duration", "3", "--seed", "5");
        assertEquals(0, run.exitCode(), run.err());
    }

    /** Exit 2 with one line that holds every expected part. */
    private static void says(CliRun run, String... parts) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        for (String part : parts) {
            assertTrue(run.err().contains(part), "'" + part + "' missing from: " + run.err());
        }
    }

    @Test
    void confidenceZeroSaysWhatAPercentageMayBe() {
        says(CliRun.of("analyze", h5.toString(), "--confidence", "0"),
                "--confidence must be a percentage above 0 and below 100, got '0'");
    }

    @Test
    void aFolderGivenAsFileIsCalledAFolder() {
        says(CliRun.of("info", dir.toString()), dir.toString(), "is a folder");
    }

    @Test
    void aPathWithANulCharacterIsNamedAndCalledInvalid() {
        says(CliRun.of("info", "bad\0name.h5"), "bad\\0name.h5", "is not a valid path");
    }

    @Test
    void aThreeColumnCsvSaysItsColumnsAndTheAcceptedLayouts() throws IOException {
        Path csv = dir.resolve("three.csv");
        Files.writeString(csv, "macro,micro,channel\n100,1.5,0\n200,2.5,1\n300,0.5,0\n");
        says(CliRun.of("convert", csv.toString(), "--out", dir.resolve("three.h5").toString()), "three.csv",
                "has 3 columns", "2 columns (macro, micro");
    }

    @Test
    void aSessionFitWithoutItsCurveIsAnInvalidSessionNotACrashInTheExport() throws IOException {
        Path session = dir.resolve("fit.smsa");
        CliRun saved = CliRun.of("analyze", h5.toString(), "--fit", "1", "--session", session.toString(), "--json",
                dir.resolve("fit.json").toString());
        assertEquals(0, saved.exitCode(), saved.err());
        JsonObject doc = JsonParser.parseString(Files.readString(session)).getAsJsonObject();
        assertTrue(dropCurves(doc) > 0, "the session has fits");
        Files.writeString(session, doc.toString(), StandardCharsets.UTF_8);
        says(CliRun.of("export", session.toString(), "--out", dir.resolve("fit-export").toString()), "fit.smsa",
                "needs \"fittedCounts\"");
    }

    /** Sets every fit's "fittedCounts" to null, as a damaged session has it; returns how many. */
    private static int dropCurves(JsonElement e) {
        int n = 0;
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("fittedCounts")) {
                o.add("fittedCounts", JsonNull.INSTANCE);
                n++;
            }
            for (var entry : o.entrySet()) {
                n += dropCurves(entry.getValue());
            }
        } else if (e.isJsonArray()) {
            for (JsonElement child : e.getAsJsonArray()) {
                n += dropCurves(child);
            }
        }
        return n;
    }
}
