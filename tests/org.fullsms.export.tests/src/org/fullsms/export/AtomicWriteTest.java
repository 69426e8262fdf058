package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files appear whole or not at all; failures name the file; existing files are kept unless overwriting. */
class AtomicWriteTest {

    @TempDir
    Path dir;

    private static final EnumSet<ExportKind> KINDS = EnumSet.of(ExportKind.TRACE, ExportKind.LEVELS);

    private ExportRequest request(Path folder, boolean overwrite) {
        return new ExportRequest(folder, List.of(Fixtures.particle(0).build()),
                ExportOptions.of(KINDS).withUseRoi(false).withOverwrite(overwrite));
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anExistingFileStopsTheExportBeforeAnythingIsWritten() throws IOException {
        Path existing = dir.resolve("Particle 1 levels.csv");
        Files.writeString(existing, "old");
        ExportException e = assertThrows(ExportException.class, () -> new ParticleExporter().run(request(dir, false),
                null));
        assertEquals(existing, e.file());
        assertTrue(e.getMessage().contains("Particle 1 levels.csv") && e.getMessage().contains("exists"),
                e.getMessage());
        assertEquals("old", Files.readString(existing));
        assertEquals(List.of("Particle 1 levels.csv"), names(dir), "nothing else written, no temporary file");
    }

    @Test
    void overwriteReplacesExistingFiles() throws IOException {
        Path existing = dir.resolve("Particle 1 levels.csv");
        Files.writeString(existing, "old");
        ExportReport r = new ParticleExporter().run(request(dir, true), null);
        assertEquals(3, r.files().size());
        assertTrue(Files.readString(existing).startsWith("Level #,"));
        assertEquals(List.of("Particle 1 levels-plot.csv", "Particle 1 levels.csv", "Particle 1 trace.csv"),
                names(dir));
    }

    @Test
    void aFolderThatIsAFileIsAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("not a folder"), "x");
        ExportException e = assertThrows(ExportException.class,
                () -> new ParticleExporter().run(request(file, false), null));
        assertTrue(e.getMessage().contains("not a folder") && e.getMessage().contains("is not a folder"),
                e.getMessage());
    }

    @Test
    void aReadOnlyFolderNamesTheFileAndLeavesNothing() throws IOException {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(ro), "running as root: a read-only folder is still writable");
            ExportException e = assertThrows(ExportException.class,
                    () -> new ParticleExporter().run(request(ro, false), null));
            // The first file an export writes is the marker saying it is incomplete (ExportFolder).
            assertTrue(e.getMessage().contains(ExportFolder.INCOMPLETE_MARKER), e.getMessage());
            assertEquals(List.of(), names(ro));
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFailureWhileMakingAFileLeavesNoFileAndNoTemporary() throws IOException {
        Path target = dir.resolve("x.csv");
        ExportException e = assertThrows(ExportException.class, () -> ExportFiles.write(target, () -> {
            throw new IOException("disk on fire");
        }, false));
        assertTrue(e.getMessage().contains("x.csv") && e.getMessage().contains("disk on fire"), e.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aFailedMoveKeepsThePreviousFileAndLeavesNoTemporary() throws IOException {
        // The target is a non-empty folder: the temporary file is written, the move fails.
        Path target = Files.createDirectory(dir.resolve("busy.csv"));
        Files.writeString(target.resolve("inside"), "keep");
        ExportException e = assertThrows(ExportException.class,
                () -> ExportFiles.write(target, () -> new byte[] {1, 2, 3}, true));
        assertTrue(e.getMessage().contains("busy.csv"), e.getMessage());
        assertEquals("keep", Files.readString(target.resolve("inside")));
        assertEquals(List.of("busy.csv"), names(dir));
    }
}
