package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, fuzz findings 4 and 5: one damaged value in a saved session (a level's dwell, its photon count, the bin
 * size, a key with a NUL) makes {@code export} refuse the session in one line naming the file and the value (exit
 * 2), not fail inside the export (exit 1) or export nothing and exit 0.
 */
class DamagedSessionValuesTest {

    @TempDir
    static Path dir;

    private static String session;

    @BeforeAll
    static void analyse() throws IOException {
        Path h5 = CliRun.simulated(dir.resolve("x.h5"), 20);
        Path file = dir.resolve("grouped.smsa");
        CliRun run = CliRun.of("analyze", h5.toString(), "--group", "--session", file.toString(), "--json",
                dir.resolve("grouped.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        session = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(session.contains("\"grouping\":{"), "the particle is grouped");
    }

    /** Exports a copy of the session with one change; expects exit 2, one line with every part, no folder. */
    private static void refused(String name, String damaged, String... parts) throws IOException {
        assertFalse(damaged.equals(session), "the damage applies");
        Path file = dir.resolve(name + ".smsa");
        Files.writeString(file, damaged, StandardCharsets.UTF_8);
        Path out = dir.resolve(name + "-export");
        CliRun run = CliRun.of("export", file.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(file.toString()), run.err());
        for (String part : parts) {
            assertTrue(run.err().contains(part), "'" + part + "' missing from: " + run.err());
        }
        assertFalse(Files.exists(out), "nothing is exported");
    }

    @Test
    void aLevelEndingBeforeItStarts() throws IOException {
        // The first level's end time, negated (seed 1 #24038 wrote -1 there).
        String damaged = session.replaceFirst("(\"endNs\":\\[)(\\d)", "$1-$2");
        refused("negative-dwell", damaged, "level 0 ends", "before it starts");
    }

    @Test
    void aLevelWithoutPhotons() throws IOException {
        String damaged = session.replaceFirst("(\"levels\":\\{[^}]*\"photons\":\\[)\\d+", "$10");
        refused("no-photons", damaged, "level 0 has 0 photons");
    }

    @Test
    void aBinSizeBelowOneNanosecond() throws IOException {
        String damaged = session.replaceFirst("\"binSizeMs\":100\\.0", "\"binSizeMs\":1e-320");
        refused("tiny-bin", damaged, "bin size must be between");
    }

    @Test
    void aKeyWithANulCharacter() throws IOException {
        String damaged = session.replaceFirst("\"changePoints\":", "\"changePoint\\\\u0000s\":");
        refused("nul-key", damaged, "control character", "the session is damaged");
    }

    @Test
    void aKeyWithALineBreakIsNamedOnOneLine() throws IOException {
        // seed 3 #5976: a line duplicated into the middle of a key
        String damaged = session.replaceFirst("\"correlation\":", "\"correlati\\\\n{\":");
        refused("newline-key", damaged, "control character (U+000A)");
    }

    @Test
    void aValueWithALineBreakIsQuotedOnOneLine() throws IOException {
        // seed 4 #11418: a line duplicated into an enum value
        String damaged = session.replaceFirst("\"NON_OVERLAPPING\"", "\"NON_OVERL\\\\n{\"");
        refused("newline-value", damaged, "NON_OVERL\uFFFD{", "is not one of");
    }

    @Test
    void aGroupedParticleWithoutLevels() throws IOException {
        String damaged = session.replaceFirst("\"changePoints\":\\{", "\"changePoints\":null,\"x\":{");
        refused("no-levels", damaged, "grouped, but its change point levels are not there");
    }
}
