package org.fullsms.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.fullsms.model.Dataset;
import org.fullsms.runtime.state.AnalysisSession;

/**
 * The datasets open in a workbench, each with its {@link AnalysisSession}. Thread-safe: jobs add datasets, the UI
 * listens. Closing a dataset releases its photons and closes its file, so its memory can be reclaimed.
 */
public final class OpenDatasets {

    /** What changed. */
    public enum Change {
        OPENED, CLOSED,
        /** A file asked to be opened again: the views show the open one instead of a second copy. */
        REVEALED
    }

    /** A change and the analysis it concerns. */
    public record Event(Change change, AnalysisSession session) {
    }

    private final List<AnalysisSession> sessions = new CopyOnWriteArrayList<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();

    public List<AnalysisSession> sessions() {
        return List.copyOf(sessions);
    }

    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Event> listener) {
        listeners.remove(listener);
    }

    /** The open dataset read from this file (the same file through another path too), if any. */
    public Optional<AnalysisSession> find(Path file) {
        for (AnalysisSession s : sessions) {
            Optional<Path> source = s.dataset().source();
            if (source.isPresent() && sameFile(source.get(), file)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize()) || Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // one of them is gone: not the same open file
        }
    }

    /** Tells the views to show an open dataset (a file opened again). */
    public void reveal(AnalysisSession session) {
        if (sessions.contains(session)) {
            fire(new Event(Change.REVEALED, session));
        }
    }

    /** Adds an opened dataset; returns its (new) analysis. */
    public AnalysisSession add(Dataset dataset) {
        AnalysisSession session = new AnalysisSession(dataset);
        sessions.add(session);
        fire(new Event(Change.OPENED, session));
        return session;
    }

    /**
     * Adds the analysis of a dataset opened and restored elsewhere (e.g. from a session file); the caller no longer
     * closes its dataset: closing it here does.
     */
    public AnalysisSession adopt(AnalysisSession session) {
        sessions.add(session);
        fire(new Event(Change.OPENED, session));
        return session;
    }

    /** Closes the dataset: releases its photons and its file; listeners hear of it even when closing fails. */
    public void close(AnalysisSession session) throws IOException {
        if (!sessions.remove(session)) {
            return;
        }
        try {
            session.dataset().releaseAll();
            session.dataset().close();
        } finally {
            fire(new Event(Change.CLOSED, session));
        }
    }

    /** Closes every dataset; reports the first failure after trying all. */
    public void closeAll() throws IOException {
        IOException first = null;
        for (AnalysisSession s : new ArrayList<>(sessions)) {
            try {
                close(s);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void fire(Event event) {
        for (Consumer<Event> l : listeners) {
            l.accept(event);
        }
    }
}
