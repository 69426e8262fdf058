package org.fullsms.cli;

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
        h5 = CliRun.simulated(dir.resolve("x.h5"), 3);
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

    @Test
    void anIrfTextWithAStrayByteIsReadNotAnEncodingError() throws IOException {
        Path irf = dir.resolve("irf.txt");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            rows.append(i * 0.1).append(' ').append(i == 20 ? 1000 : 1).append('\n');
        }
        byte[] header = { 't', 'i', 'm', 'e', ' ', (byte) 0xB5, 's', '\n' }; // "µs" in Latin-1: not UTF-8
        byte[] body = rows.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[header.length + body.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(body, 0, all, header.length, body.length);
        Files.write(irf, all);
        CliRun run = CliRun.of("analyze", h5.toString(), "--fit", "1", "--irf", irf.toString(), "--json",
                dir.resolve("irf.json").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aFolderAsIrfIsCalledAFolder() {
        says(CliRun.of("analyze", h5.toString(), "--fit", "1", "--irf", dir.toString()), dir.toString(),
                "is a folder");
    }

    @Test
    void aFolderAsSessionIsCalledAFolder() {
        says(CliRun.of("export", dir.toString(), "--out", dir.resolve("never").toString()), dir.toString(),
                "is a folder, not a session file");
    }

    @Test
    void aFileAsCriticalValueFolderIsCalledNotAFolder() {
        says(CliRun.of("analyze", h5.toString(), "--critical-values", h5.toString()), h5.toString(),
                "not a folder", "Ta-99.txt");
    }

    @Test
    void anIrfWithAnInfiniteTimeNamesTheRow() throws IOException {
        // seed 4 #51714: '0.0' in the first row became '-Infinity' (before: internal error, exit 1)
        Path irf = Files.writeString(dir.resolve("inf-irf.txt"), "# time counts\n-Infinity 0\n0.0122 5\n0.0244 9\n");
        says(CliRun.of("analyze", h5.toString(), "--fit", "1", "--irf", irf.toString()), "inf-irf.txt",
                "row 1 has time -Infinity", "finite times");
    }
}
