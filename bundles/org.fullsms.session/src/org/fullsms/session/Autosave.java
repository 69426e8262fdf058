package org.fullsms.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.fullsms.runtime.state.AnalysisSession;

/**
 * Keeps a recovery copy of a session beside its target, {@code NAME.smsa.autosave}, written (atomically, like a
 * session) whenever the analysis changed since the last autosave. A normal save removes it; one left behind means
 * the program stopped without saving, and {@link #recoverable} offers it. The caller decides when to call
 * {@link #saveIfChanged} (e.g. a timer job every few minutes).
 */
public final class Autosave implements AutoCloseable {

    /** Appended to the session's file name. */
    public static final String SUFFIX = ".autosave";

    private final Path target;
    private final AnalysisSession session;
    private final AtomicBoolean changed = new AtomicBoolean();
    private final Consumer<AnalysisSession.Change> listener = change -> {
        if (change.aspect().saved()) {
            changed.set(true);
        }
    };

    /**
     * @param target  the session file the user saves to (or would: e.g. {@link #defaultTarget} of the data file)
     * @param session the analysis to watch for changes
     */
    public Autosave(Path target, AnalysisSession session) {
        this.target = target.toAbsolutePath().normalize();
        this.session = session;
        session.addListener(listener);
    }

    /** The session file the original would suggest for a data file: {@code sim.h5} → {@code sim.smsa}. */
    public static Path defaultTarget(Path dataFile) {
        String name = dataFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dataFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SessionReader.EXTENSION);
    }

    /** The recovery file of a session file. */
    public static Path fileFor(Path target) {
        return target.resolveSibling(target.getFileName() + SUFFIX);
    }

    /**
     * The recovery file of {@code target} when one exists that is newer than the target (or the target does not
     * exist): the last run ended without saving. Load it with {@link SessionReader} like any session.
     */
    public static Optional<Path> recoverable(Path target) throws IOException {
        Path auto = fileFor(target);
        if (!Files.isRegularFile(auto)) {
            return Optional.empty();
        }
        if (Files.isRegularFile(target)) {
            FileTime saved = Files.getLastModifiedTime(target);
            if (Files.getLastModifiedTime(auto).compareTo(saved) <= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(auto);
    }

    /** The recovery file this autosave writes. */
    public Path file() {
        return fileFor(target);
    }

    /** Whether the analysis changed since the last autosave (or since this object was made). */
    public boolean hasChanges() {
        return changed.get();
    }

    /**
     * Writes the recovery file when the analysis changed since the last time.
     *
     * @param snapshot supplies the state (e.g. {@code () -> SessionCapture.capture(...)}); called only when needed
     * @return whether a file was written
     */
    public boolean saveIfChanged(Supplier<SessionSnapshot> snapshot) throws IOException {
        if (!changed.getAndSet(false)) {
            return false;
        }
        try {
            SessionWriter.write(snapshot.get(), file());
            return true;
        } catch (IOException | RuntimeException e) {
            changed.set(true); // try again next time
            throw e;
        }
    }

    /** Removes the recovery file (after the user saved, or chose not to recover). */
    public void discard() throws IOException {
        Files.deleteIfExists(file());
        changed.set(false);
    }

    /** Stops watching the analysis; the recovery file stays. */
    @Override
    public void close() {
        session.removeListener(listener);
    }
}
