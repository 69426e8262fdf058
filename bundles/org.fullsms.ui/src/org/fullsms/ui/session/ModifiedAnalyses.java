package org.fullsms.ui.session;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;

/**
 * Which open analyses differ from their saved session (or, never saved, from the file as opened): any change the
 * analysis announces after it was opened, loaded or saved marks it modified — everything announced is stored in a
 * session (selection and bin size included). Plain Java, so the workbench's marker and its Save / Discard / Cancel
 * questions rest on tested logic. Thread-safe: changes arrive on job threads; listeners hear each analysis whose
 * state flipped, on the thread that flipped it.
 */
public final class ModifiedAnalyses {

    /** Changes counted since opening, and the count the last save (or the opening) stored. */
    private static final class Tracked {
        final AtomicLong changes = new AtomicLong();
        volatile long saved;
        final Consumer<AnalysisSession.Change> listener;

        Tracked(Consumer<AnalysisSession.Change> listener) {
            this.listener = listener;
        }

        boolean modified() {
            return changes.get() != saved;
        }
    }

    private final Map<AnalysisSession, Tracked> tracked = new ConcurrentHashMap<>();
    private final List<Consumer<AnalysisSession>> listeners = new CopyOnWriteArrayList<>();

    public ModifiedAnalyses(OpenDatasets open) {
        open.addListener(event -> {
            if (event.change() == OpenDatasets.Change.OPENED) {
                track(event.session());
            } else {
                untrack(event.session());
            }
        });
        open.sessions().forEach(this::track);
    }

    private void track(AnalysisSession session) {
        Tracked t = new Tracked(change -> {
            if (change.aspect().saved()) {
                changed(change.session());
            }
        });
        if (tracked.putIfAbsent(session, t) == null) {
            session.addListener(t.listener);
        }
    }

    private void untrack(AnalysisSession session) {
        Tracked t = tracked.remove(session);
        if (t != null) {
            session.removeListener(t.listener);
            if (t.modified()) {
                fire(session); // no longer open: no longer shown as modified
            }
        }
    }

    private void changed(AnalysisSession session) {
        Tracked t = tracked.get(session);
        if (t != null && t.changes.incrementAndGet() == t.saved + 1) {
            fire(session);
        }
    }

    public boolean isModified(AnalysisSession session) {
        Tracked t = tracked.get(session);
        return t != null && t.modified();
    }

    public boolean anyModified() {
        return tracked.values().stream().anyMatch(Tracked::modified);
    }

    /** The modified ones among {@code sessions}, in their order. */
    public List<AnalysisSession> modifiedAmong(Collection<AnalysisSession> sessions) {
        return sessions.stream().filter(this::isModified).toList();
    }

    /** The state count to hand to {@link #saved} once what is captured now has been written. */
    public long version(AnalysisSession session) {
        Tracked t = tracked.get(session);
        return t == null ? 0 : t.changes.get();
    }

    /**
     * The state of {@code version} was written to the session file: the analysis is unmodified unless it changed
     * while being written (the save captured the state before those changes).
     */
    public void saved(AnalysisSession session, long version) {
        Tracked t = tracked.get(session);
        if (t != null) {
            boolean was = t.modified();
            t.saved = version;
            if (was != t.modified()) {
                fire(session);
            }
        }
    }

    /** Marks an analysis modified that no session file holds (e.g. one recovered from an autosave). */
    public void markModified(AnalysisSession session) {
        changed(session);
    }

    /** {@code listener} hears every analysis that became modified or unmodified (or closed while modified). */
    public void addListener(Consumer<AnalysisSession> listener) {
        listeners.add(listener);
    }

    private void fire(AnalysisSession session) {
        listeners.forEach(l -> l.accept(session));
    }
}
