package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export that stops midway leaves its folder marked incomplete (beside the previous export's files it did not
 * get to replace); a re-run replaces the unfinished export without overwrite and removes the marker; a finished
 * export's files still need overwrite.
 */
class ExportFolderTest {

    @TempDir
    Path dir;

    private static final EnumSet<ExportKind> KINDS = EnumSet.of(ExportKind.TRACE, ExportKind.LEVELS);

    private static ExportRequest request(Path folder, int particle, boolean overwrite) {
        return new ExportRequest(folder, List.of(Fixtures.particle(particle).build()),
                ExportOptions.of(KINDS).withUseRoi(false).withOverwrite(overwrite));
    }

    private static boolean marked(Path folder) {
        return Files.exists(folder.resolve(ExportFolder.INCOMPLETE_MARKER));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anExportFailingMidwayIsMarkedIncompleteAndARerunReplacesItCleanly() throws IOException {
        List<Path> files = new ParticleExporter().run(request(dir, 0, false), null).files();
        assertFalse(marked(dir), "a finished export has no marker");
        assertTrue(files.size() >= 2, files.toString());
        // The export's last file cannot be written (a non-empty folder in its place, so even root fails).
        Path last = dir.resolve(files.get(files.size() - 1));
        Files.delete(last);
        Files.createDirectories(last).resolve("blocker").toFile().createNewFile();
        Path first = dir.resolve(files.get(0));
        Files.writeString(first, "previous export");

        ExportException e = assertThrows(ExportException.class,
                () -> new ParticleExporter().run(request(dir, 0, true), null));
        assertEquals(last, e.file());
        assertTrue(marked(dir), "the mix of new and old files says it is incomplete");
        assertTrue(Files.readString(dir.resolve(ExportFolder.INCOMPLETE_MARKER)).contains("did not finish"));
        assertFalse(Files.readString(first).equals("previous export"), "the first file was already replaced");

        Files.delete(last.resolve("blocker"));
        Files.delete(last);
        ExportReport rerun = new ParticleExporter().run(request(dir, 0, false), null);
        assertEquals(files, rerun.files(), "the re-run writes every file, without overwrite");
        assertFalse(marked(dir), "and removes the marker");
        assertEquals(files.stream().map(Path::toString).sorted().toList(), names(dir));
    }

    @Test
    void aFinishedExportStillNeedsOverwriteAndGetsNoMarker() throws IOException {
        new ParticleExporter().run(request(dir, 0, false), null);
        List<String> before = names(dir);
        assertThrows(ExportException.class, () -> new ParticleExporter().run(request(dir, 0, false), null));
        assertEquals(before, names(dir), "nothing written, no marker");
        new ParticleExporter().run(request(dir, 0, true), null);
        assertEquals(before, names(dir));
    }

    @Test
    void anExportOfSeveralRunsIsMarkedUntilItCompletes() throws IOException {
        ExportFolder folder = ExportFolder.of(dir);
        new ParticleExporter().run(folder, request(dir, 0, false), null);
        assertTrue(marked(dir), "between the parts the export is incomplete");
        new ParticleExporter().run(folder, request(dir, 1, true), null);
        assertTrue(marked(dir));
        folder.complete();
        assertFalse(marked(dir));
        assertThrows(IllegalArgumentException.class,
                () -> new ParticleExporter().run(ExportFolder.of(dir.resolve("other")), request(dir, 0, true), null));
    }
}
