package org.fullsms.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fullsms.io.hdf5.Hdf5Reader;
import org.fullsms.model.Dataset;
import org.fullsms.runtime.state.AnalysisSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autosave file lets an analysis that was never saved be recovered after a crash. */
class AutosaveTest {

    @TempDir
    Path dir;

    @Test
    void unsavedChangesAreRecoverable() throws IOException {
        Path data = dir.resolve("sim.h5");
        Files.copy(AnalysedFixture.shared().dataFile(), data);
        Path target = Autosave.defaultTarget(data);
        assertEquals(dir.resolve("sim.smsa"), target);
        try (Dataset dataset = new Hdf5Reader().open(data)) {
            AnalysisSession session = new AnalysisSession(dataset);
            try (Autosave autosave = new Autosave(target, session)) {
                assertEquals(dir.resolve("sim.smsa.autosave"), autosave.file());
                assertFalse(autosave.saveIfChanged(() -> capture(session)), "nothing changed yet");
                assertFalse(Files.exists(autosave.file()));

                session.particles().get(1).setSelected(false);
                session.particles().get(2).setBinSizeMs(7.5);
                assertTrue(autosave.hasChanges());
                assertTrue(autosave.saveIfChanged(() -> capture(session)));
                assertFalse(autosave.hasChanges());
                assertFalse(autosave.saveIfChanged(() -> capture(session)));
            }
        }
        // "Crash": the program ends without saving; the next start finds the recovery file.
        Optional<Path> recovery = Autosave.recoverable(target);
        assertEquals(Optional.of(dir.resolve("sim.smsa.autosave")), recovery);
        SessionLoader.Loaded loaded = SessionLoader.load(recovery.get(), (f, o) -> new Hdf5Reader().open(f));
        loaded.session().dataset().close();
        assertEquals(data, loaded.dataFile());
        assertFalse(loaded.session().particles().get(1).isSelected());
        assertEquals(7.5, loaded.session().particles().get(2).binSizeMs(), 0.0);
        assertEquals("Particle 2", loaded.document().uiState().get("currentParticle"));

        // A session saved after the autosave is newer: nothing to recover.
        SessionWriter.write(loaded.document().toSnapshot(data), target);
        Files.setLastModifiedTime(recovery.get(), FileTime.fromMillis(Files.getLastModifiedTime(target)
                .toMillis() - 60_000));
        assertEquals(Optional.empty(), Autosave.recoverable(target));
    }

    @Test
    void discardRemovesTheRecoveryFile() throws IOException {
        Path data = Synthetic.dataFile(dir);
        Path target = dir.resolve("x.smsa");
        try (Dataset dataset = Dataset.inMemory(List.of(), List.of(), List.of())) {
            AnalysisSession session = new AnalysisSession(dataset);
            try (Autosave autosave = new Autosave(target, session)) {
                Files.writeString(autosave.file(), "{}");
                assertEquals(Optional.of(autosave.file()), Autosave.recoverable(target));
                autosave.discard();
                assertFalse(Files.exists(autosave.file()));
                assertEquals(Optional.empty(), Autosave.recoverable(target));
            }
        }
        assertTrue(Files.exists(data));
    }

    private static SessionSnapshot capture(AnalysisSession session) {
        return SessionCapture.capture(session, Map.of(), Map.of("currentParticle", "Particle 2"));
    }
}
