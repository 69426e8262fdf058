package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.fullsms.export.ExportFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export of the command line spans several exporter runs (particle by particle, then the dataset-wide files):
 * one that fails after some files were written leaves the folder marked incomplete, and a re-run without
 * --overwrite replaces it with exactly the files of a clean export.
 */
class InterruptedExportTest {

    @TempDir
    Path dir;

    @Test
    void aFailedExportIsMarkedIncompleteAndARerunReplacesIt() throws IOException {
        Path h5 = dir.resolve("two.h5");
        assertEquals(0, CliRun.of("simulate", "--out", h5.toString(), "--particles", "2", "--duration", "4",
                "--seed", "8").exitCode());
        Path session = dir.resolve("two.smsa");
        Path out = dir.resolve("out");
        CliRun analyze = CliRun.of("analyze", h5.toString(), "--group", "--session", session.toString(), "--export",
                out.toString(), "--json", dir.resolve("two.json").toString());
        assertEquals(0, analyze.exitCode(), analyze.err());
        Map<Path, byte[]> clean = contents(out);
        assertFalse(clean.containsKey(Path.of(ExportFolder.INCOMPLETE_MARKER)));
        Path blocked = out.resolve("Particle 2 trace.csv");
        assertTrue(clean.containsKey(Path.of("Particle 2 trace.csv")), clean.keySet().toString());
        // Particle 2's trace cannot be written: a non-empty folder takes its place (this fails even for root).
        Files.delete(blocked);
        Files.createDirectories(blocked.resolve("blocker"));

        CliRun failed = CliRun.of("export", session.toString(), "--out", out.toString(), "--overwrite");
        assertEquals(2, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains("Particle 2 trace.csv"), failed.err());
        assertTrue(Files.exists(out.resolve(ExportFolder.INCOMPLETE_MARKER)), "the half-replaced folder says so");

        Files.delete(blocked.resolve("blocker"));
        Files.delete(blocked);
        CliRun rerun = CliRun.of("export", session.toString(), "--out", out.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        Map<Path, byte[]> after = contents(out);
        assertEquals(clean.keySet(), after.keySet(), "the same files, no marker");
        clean.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file.toString()));

        CliRun again = CliRun.of("export", session.toString(), "--out", out.toString());
        assertEquals(2, again.exitCode(), "a finished export still needs --overwrite: " + again.err());
    }

    private static Map<Path, byte[]> contents(Path folder) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                files.put(folder.relativize(f), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
