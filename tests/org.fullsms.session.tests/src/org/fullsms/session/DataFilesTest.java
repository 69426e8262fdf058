package org.fullsms.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fullsms.io.hdf5.Hdf5Reader;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.model.Dataset;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding the HDF5 file again: beside the session when moved, "not found" with the places looked at, a warning
 * for a different file, and a clear refusal (changing nothing) for a session that does not fit the file.
 */
class DataFilesTest {

    private static final Hdf5Reader READER = new Hdf5Reader();

    @TempDir
    Path dir;

    private Path data;
    private Path session;

    @BeforeEach
    void saveSessionOfACopy() throws IOException {
        AnalysedFixture.Analysed analysed = AnalysedFixture.shared();
        data = dir.resolve("data").resolve("sim.h5");
        Files.createDirectories(data.getParent());
        Files.copy(analysed.dataFile(), data);
        session = dir.resolve("sessions").resolve("s.smsa");
        SessionSnapshot s = analysed.snapshot();
        SessionWriter.write(new SessionSnapshot(data, s.particles(), s.globalGrouping(), s.lifetime(), s.settings(),
                s.uiState()), session);
    }

    @Test
    void movedDataFileIsFoundBesideTheSession() throws IOException {
        Path beside = session.resolveSibling("sim.h5");
        Files.move(data, beside);
        SessionLoader.Loaded loaded = SessionLoader.load(session, (f, o) -> READER.open(f));
        try {
            assertEquals(beside, loaded.dataFile());
            assertEquals(1, loaded.warnings().size(), loaded.warnings().toString());
            assertTrue(loaded.warnings().get(0).contains("not where the session expected"));
            assertTrue(loaded.session().particles().get(0).changePoints().isPresent());
        } finally {
            loaded.session().dataset().close();
        }
    }

    @Test
    void sessionAndDataMovedTogetherNeedNoSearch() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("archive"));
        Files.move(data.getParent(), elsewhere.resolve("data"));
        Files.move(session.getParent(), elsewhere.resolve("sessions"));
        SessionLoader.Loaded loaded = SessionLoader.load(elsewhere.resolve("sessions/s.smsa"), (f, o) -> READER.open(f));
        loaded.session().dataset().close();
        assertEquals(elsewhere.resolve("data/sim.h5"), loaded.dataFile());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void missingDataFileIsReportedWithEveryPlaceLookedAt() throws IOException {
        Path hidden = dir.resolve("hidden.h5");
        Files.move(data, hidden);
        DataFileNotFoundException e = assertThrows(DataFileNotFoundException.class,
                () -> SessionLoader.load(session, (f, o) -> READER.open(f)));
        assertEquals(List.of(data, session.resolveSibling("sim.h5")), e.tried());
        assertTrue(e.getMessage().contains(data.toString()) && e.getMessage().contains(session.toString()),
                e.getMessage());

        // The user points at the file; it loads from there.
        SessionLoader.Loaded loaded = SessionLoader.load(session, hidden, (f, o) -> READER.open(f));
        loaded.session().dataset().close();
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void differentFileWarnsButLoads() throws IOException {
        // The same photons written again with compression: another file (size, checksum), same measurement.
        Path recompressed = dir.resolve("recompressed.h5");
        try (Dataset original = READER.open(data)) {
            new Hdf5Writer().write(original, recompressed, new WriteOptions(true, false), null);
        }
        SessionLoader.Loaded loaded = SessionLoader.load(session, recompressed, (f, o) -> READER.open(f));
        loaded.session().dataset().close();
        assertEquals(1, loaded.warnings().size(), loaded.warnings().toString());
        assertTrue(loaded.warnings().get(0).contains("may be a different file"));
        assertTrue(loaded.session().particles().get(0).changePoints().isPresent());
    }

    @Test
    void sameSizeOtherContentWarnsByChecksum() throws IOException {
        Path a = Files.write(dir.resolve("a.bin"), new byte[] { 1, 2, 3 });
        DataFileRef ref = DataFiles.describe(a, dir);
        Path b = Files.write(dir.resolve("b.bin"), new byte[] { 1, 2, 4 });
        assertEquals(List.of(), DataFiles.verify(a, ref));
        List<String> warnings = DataFiles.verify(b, ref);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("SHA-256"), warnings.get(0));
    }

    @Test
    void sessionOfAnotherFileChangesNothing() throws IOException {
        // Synthetic particles 1..8 with levels over 20 000 photons: not this file's particles.
        Path other = dir.resolve("other.smsa");
        SessionWriter.write(Synthetic.snapshot(Synthetic.dataFile(dir), 8, 1, 10), other);
        SessionDocument doc = SessionReader.read(other);
        try (Dataset dataset = READER.open(data)) {
            AnalysisSession target = new AnalysisSession(dataset);
            List<AnalysisSession.Change> events = new ArrayList<>();
            target.addListener(events::add);
            SessionMismatchException e = assertThrows(SessionMismatchException.class,
                    () -> SessionApplier.apply(doc, target));
            assertTrue(e.getMessage().contains("does not fit sim.h5"), e.getMessage());
            assertEquals(List.of(), events, "no change was made");
            for (ParticleAnalysis a : target.particles()) {
                assertTrue(a.isSelected() && a.changePoints().isEmpty() && a.roi().isEmpty() && a.fits().isEmpty());
            }
        }
    }
}
