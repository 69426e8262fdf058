package org.fullsms.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.fullsms.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writer round trips (exact: every stored value must come back bit for bit) and its file-safety rules. */
class Hdf5WriterTest {

    @TempDir
    Path dir;

    private final Hdf5Writer writer = new Hdf5Writer();
    private final Hdf5Reader reader = new Hdf5Reader();

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void roundTripIsExact(boolean compress) throws IOException {
        Dataset original = TestData.threeParticles(7);
        Path target = dir.resolve("out.h5");
        WriteResult result = writer.write(original, target, new WriteOptions(compress, false), null);
        assertEquals(3, result.particles());
        assertEquals(List.of(), result.warnings());
        try (Dataset back = reader.open(target)) {
            assertEquals("1.08", back.version().interpreted());
            assertEquals("1.08", back.version().attribute());
            assertEquals(3, back.declaredParticleCount());
            assertEquals(List.of(), back.warnings());
            assertEquals(1, back.rasterScans().size());
            assertEquals(6 - 1, back.allParticles().size());
            for (Particle p : original.allParticles()) {
                assertSameParticle(p, back.particle(p.name()).orElseThrow());
            }
            assertTrue(back.particle("Particle 1").orElseThrow().channelInfo().layout()
                    .startsWith(compress ? "chunked" : "contiguous"));
        }
    }

    static void assertSameParticle(Particle expected, Particle actual) throws IOException {
        Photons e = expected.photons();
        Photons a = actual.photons();
        assertArrayEquals(e.absoluteNs(), a.absoluteNs(), actual.name());
        assertArrayEquals(e.micro().toNs(), a.micro().toNs(), 0.0, actual.name());
        assertEquals(expected.attributes().date(), actual.attributes().date());
        assertEquals(expected.attributes().description(), actual.attributes().description());
        assertEquals(expected.attributes().user(), actual.attributes().user());
        assertArrayEquals(expected.attributes().rsCoordinatesUm(), actual.attributes().rsCoordinatesUm(), 0.0);
        assertEquals(expected.attributes().hasPowerMeasurement(), actual.attributes().hasPowerMeasurement());
        if (expected.attributes().powerMeasurement() != null) {
            assertArrayEquals(expected.attributes().powerMeasurement(), actual.attributes().powerMeasurement(), 0.0);
        }
        assertEquals(expected.spectra().isPresent(), actual.spectra().isPresent());
        if (expected.spectra().isPresent()) {
            var es = expected.spectra().get();
            var as = actual.spectra().get();
            assertArrayEquals(es.values(), as.values(), 0.0);
            assertArrayEquals(es.timesS(), as.timesS(), 0.0);
            assertArrayEquals(es.wavelengthsNm(), as.wavelengthsNm(), 0.0);
            assertEquals(es.exposureS(), as.exposureS(), 0.0);
        }
        assertEquals(expected.rasterScan().isPresent(), actual.rasterScan().isPresent());
        if (expected.rasterScan().isPresent()) {
            var er = expected.rasterScan().get();
            var ar = actual.rasterScan().get();
            assertArrayEquals(er.values(), ar.values(), 0.0);
            assertEquals(er.rangeUm(), ar.rangeUm(), 0.0);
            assertEquals(er.xStartUm(), ar.xStartUm(), 0.0);
            assertEquals(er.yStartUm(), ar.yStartUm(), 0.0);
            assertEquals(er.integrationTimeMsPerUm(), ar.integrationTimeMsPerUm(), 0.0);
            assertEquals(er.pixelsPerLine(), ar.pixelsPerLine());
            assertEquals(er.bhCard(), ar.bhCard());
        }
        if (!expected.isSecondary()) {
            assertEquals(expected.intensityTrace().isPresent(), actual.intensityTrace().isPresent());
            expected.intensityTrace().ifPresent(t -> {
                assertArrayEquals(t.cps(), actual.intensityTrace().get().cps(), 0.0);
                if (t.timesS() != null) {
                    assertArrayEquals(t.timesS(), actual.intensityTrace().get().timesS(), 0.0);
                }
            });
        }
    }

    @Test
    void refusesToOverwriteTheSource() throws IOException {
        Path file = dir.resolve("source.h5");
        writer.write(TestData.threeParticles(1), file, WriteOptions.DEFAULTS, null);
        String before = TestData.sha256(file);
        try (Dataset ds = reader.open(file)) {
            IOException e = assertThrows(IOException.class,
                    () -> writer.saveParticles(ds, ds.particles(), file, new WriteOptions(false, true), null));
            assertTrue(e.getMessage().contains("the data come from"), e.getMessage());
            Path alias = dir.resolve(".").resolve("source.h5");
            assertThrows(IOException.class,
                    () -> writer.saveParticles(ds, ds.particles(), alias, new WriteOptions(false, true), null));
        }
        assertEquals(before, TestData.sha256(file));
        assertNoTempFiles();
    }

    @Test
    void existingTargetIsKeptWithoutOverwrite() throws IOException {
        Path target = dir.resolve("exists.h5");
        Files.writeString(target, "keep me");
        assertThrows(FileAlreadyExistsException.class,
                () -> writer.write(TestData.threeParticles(2), target, WriteOptions.DEFAULTS, null));
        assertEquals("keep me", Files.readString(target));
        writer.write(TestData.threeParticles(2), target, new WriteOptions(false, true), null);
        assertTrue(reader.canRead(target));
        assertNoTempFiles();
    }

    @Test
    void cancelLeavesNoFile() throws IOException {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        Path target = dir.resolve("never.h5");
        assertThrows(OperationCanceledException.class,
                () -> writer.write(TestData.threeParticles(3), target, WriteOptions.DEFAULTS, cancelled));
        assertFalse(Files.exists(target));
        assertNoTempFiles();
    }

    @Test
    void savesSelectedParticlesOfAnOpenFile() throws IOException {
        Path source = SharedData.require("hdf5/v1_08_twelve_particles.h5");
        String before = TestData.sha256(source);
        Path target = dir.resolve("selected.h5");
        try (Dataset ds = reader.open(source)) {
            List<Particle> selected = List.of(ds.particle("Particle 2").orElseThrow(),
                    ds.particle("Particle 11_2").orElseThrow(), ds.particle("Particle 5").orElseThrow());
            WriteResult r = writer.saveParticles(ds, selected, target, WriteOptions.DEFAULTS, null);
            // dataset order, not selection order; 11_2 brings its primary; 5's empty channel 2 is dropped
            assertEquals(List.of("Particle 2", "Particle 5", "Particle 11"), r.names());
            assertEquals(1, r.warnings().size(), r.warnings().toString());
            assertFalse(ds.particle("Particle 2").orElseThrow().arePhotonsLoaded(), "photons read for saving are released");
            try (Dataset back = reader.open(target)) {
                assertEquals(3, back.particles().size());
                assertSameParticle(ds.particle("Particle 2").orElseThrow(), back.particle("Particle 1").orElseThrow());
                assertSameParticle(ds.particle("Particle 2_2").orElseThrow(), back.particle("Particle 1_2").orElseThrow());
                assertSameParticle(ds.particle("Particle 5").orElseThrow(), back.particle("Particle 2").orElseThrow());
                assertTrue(back.particle("Particle 2_2").isEmpty());
                assertSameParticle(ds.particle("Particle 11_2").orElseThrow(), back.particle("Particle 3_2").orElseThrow());
            }
        }
        assertEquals(before, TestData.sha256(source));
    }

    @Test
    void targetGetsTheUsersUsualPermissions() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path reference = Files.createFile(dir.resolve("reference"));
        Path target = dir.resolve("perm.h5");
        writer.write(TestData.threeParticles(4), target, WriteOptions.DEFAULTS, null);
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target));
    }

    private void assertNoTempFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }
}
