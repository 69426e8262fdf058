package org.fullsms.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes on the job's command line: one line naming the argument and exit code 2, before Spark starts (these
 * tests would take seconds each otherwise) and before anything is written.
 */
class BatchMainTest {

    @TempDir
    Path dir;

    @Test
    void needsInputsAndOut() {
        assertRefused("needs at least one INPUT", "--out", dir.resolve("t").toString());
        assertRefused("needs --out DIR", dir.toString());
        assertRefused("option --out needs a value", dir.toString(), "--out");
    }

    @Test
    void analyzeOptionsAreCheckedByAnalyzesCode() {
        Path out = dir.resolve("t");
        assertRefused("--confidence must be a percentage", dir.toString(), "--out", out.toString(), "--confidence",
                "100");
        assertRefused("unknown option --colour", dir.toString(), "--out", out.toString(), "--colour", "red");
        assertRefused("--json is not taken here: the batch job writes tables", dir.toString(), "--out",
                out.toString(), "--json", "x.json");
        assertRefused("--global is not taken here", dir.toString(), "--out", out.toString(), "--group", "--global");
        assertRefused("--particles-per-task takes a whole number", dir.toString(), "--out", out.toString(),
                "--particles-per-task", "0");
    }

    @Test
    void outputMustNotBeAnInputNorHoldOneNorExist() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path file = Files.writeString(data.resolve("a.h5"), "x");
        assertRefused("is the input", data.toString(), "--out", data.toString());
        assertRefused("holds the input", file.toString(), "--out", dir.toString(), "--overwrite");
        assertRefused("is a file", data.toString(), "--out", file.toString());
        Path done = Files.createDirectories(dir.resolve("done"));
        assertRefused("exists; give --overwrite", data.toString(), "--out", done.toString());
    }

    private static void assertRefused(String expected, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BatchMain.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, text);
        assertTrue(text.startsWith("fullsms-spark: ") && text.contains(expected), text);
        assertEquals(1, text.strip().lines().count(), "one line: " + text);
    }
}
