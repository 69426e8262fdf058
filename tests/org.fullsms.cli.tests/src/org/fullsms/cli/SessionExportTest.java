package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, "done when": analyse, save the session, reopen it and export gives the same files, byte for byte,
 * as exporting right after the analysis ({@code analyze --export A --session S} against {@code export S --out B}).
 * Runs in OSGi with the session bundle started: its archive and its {@code export} command are DS services.
 */
class SessionExportTest {

    @TempDir
    static Path dir;

    private static Path h5;

    @BeforeAll
    static void simulate() {
        h5 = dir.resolve("sim.h5");
        CliRun run = CliRun.of("simulate", "--out", h5.toString(), "--duration", "8", "--seed", "21",
                "--particles", "3", "--two-channels", "--states", "2");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void groupedFittedCorrelatedAnalysisExportsTheSameFilesAfterReopening() throws IOException {
        List<Path> files = roundTrip("full", "--group", "--fit", "1", "--correlate", "--remove-bursts");
        assertHas(files, "Particle 1 corr.csv", "Particle 1 grouping-results.csv", "Particle 3_2 levels-lifetimes.csv",
                "Whole trace lifetimes.csv", "levels.parquet", "groups.parquet", "Particle 1 group-level-lifetimes.csv",
                "Particle 1 hists/group_level 1 (fitted).csv");
    }

    @Test
    void regionOfInterestAndParticleSelectionSurviveTheRoundTrip() throws IOException {
        List<Path> files = roundTrip("roi", "--particles", "1,3", "--group", "--roi", "auto", "--fit", "1");
        assertHas(files, "Particle 1 levels (ROI).csv", "Particle 3_2 grouping-results (ROI).csv");
        assertFalse(files.contains(Path.of("Particle 2 trace.csv")), "particle 2 was not selected: " + files);
    }

    @Test
    void globalGroupingSurvivesTheRoundTrip() throws IOException {
        List<Path> files = roundTrip("global", "--group", "--global", "--fit", "1");
        assertHas(files, "Particle 1 levels-global-grouped.csv", "Particle 3_2 levels-global-grouped.csv");
    }

    @Test
    void plotsAreTheSameAfterReopening() throws IOException {
        List<Path> files = roundTrip("plots", "--particles", "2", "--group", "--fit", "1", "--plots", "svg");
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".svg")), "SVG plots: " + files);
    }

    @Test
    void sessionMovedWithItsDataFileStillExports() throws IOException {
        Path session = dir.resolve("moved-src.smsa");
        CliRun analyze = CliRun.of("analyze", h5.toString(), "--particles", "1", "--group", "--session",
                session.toString(), "--json", dir.resolve("moved.json").toString());
        assertEquals(0, analyze.exitCode(), analyze.err());
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(h5, elsewhere.resolve("sim.h5"));
        Files.copy(session, elsewhere.resolve("moved.smsa"));
        Path out = dir.resolve("moved-out");
        CliRun export = CliRun.of("export", elsewhere.resolve("moved.smsa").toString(), "--out", out.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(Files.isRegularFile(out.resolve("Particle 1 levels.csv")), export.err());
    }

    @Test
    void exportNeedsASessionAndAFolder() {
        CliRun noOut = CliRun.of("export", dir.resolve("x.smsa").toString());
        assertEquals(2, noOut.exitCode());
        assertTrue(noOut.err().contains("--out"), noOut.err());
        CliRun missing = CliRun.of("export", dir.resolve("missing.smsa").toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, missing.exitCode());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("missing.smsa"), missing.err());
        CliRun plotsAlone = CliRun.of("export", "s.smsa", "--plots", "png");
        assertEquals(2, plotsAlone.exitCode());
        assertTrue(plotsAlone.err().contains("--plots needs --out"), plotsAlone.err());
    }

    @Test
    void helpListsTheExportCommand() {
        CliRun help = CliRun.of("help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("export"), help.out());
    }

    private static void assertHas(List<Path> files, String... names) {
        for (String name : names) {
            assertTrue(files.contains(Path.of(name)), name + " in " + files);
        }
    }

    /**
     * Analyses with {@code options}, exporting and saving; exports the session again; compares every file.
     *
     * @return the files exported (relative paths)
     */
    private static List<Path> roundTrip(String name, String... options) throws IOException {
        Path direct = dir.resolve(name + "-direct");
        Path reopened = dir.resolve(name + "-reopened");
        Path session = dir.resolve(name + ".smsa");
        List<String> args = new ArrayList<>(List.of("analyze", h5.toString(), "--export", direct.toString(),
                "--format", "both", "--session", session.toString(), "--json", dir.resolve(name + ".json").toString()));
        args.addAll(List.of(options));
        CliRun analyze = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, analyze.exitCode(), analyze.err());
        assertTrue(Files.readString(session).startsWith("{\"format\":\"fullsms-session\""), "a session file");
        List<String> exportArgs = new ArrayList<>(List.of("export", session.toString(), "--out", reopened.toString(),
                "--format", "both"));
        int plots = args.indexOf("--plots");
        if (plots >= 0) {
            exportArgs.addAll(args.subList(plots, plots + 2));
        }
        CliRun export = CliRun.of(exportArgs.toArray(String[]::new));
        assertEquals(0, export.exitCode(), export.err());

        List<Path> files = files(direct);
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".parquet")), "Parquet tables: " + files);
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".csv")), "CSV files: " + files);
        assertEquals(files, files(reopened), "the same file names");
        for (Path f : files) {
            // Exact: every byte of every file (CSV, Parquet, plots).
            assertEquals(-1L, Files.mismatch(direct.resolve(f), reopened.resolve(f)), f + " differs after reopening");
        }
        return files;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
