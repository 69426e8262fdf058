package org.fullsms.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.session.Autosave;
import org.fullsms.session.SessionCapture;
import org.fullsms.session.SessionDocument;
import org.fullsms.session.SessionLoader;
import org.fullsms.session.SessionReader;
import org.fullsms.session.SessionSnapshot;
import org.fullsms.session.SessionWriter;
import org.fullsms.ui.jobs.ErrorLog;
import org.fullsms.ui.prefs.UiPreferences;

/**
 * The session files of a workbench's open datasets: saves an analysis to its {@code .smsa}, opens one into the
 * {@link OpenDatasets}, and every {@link #AUTOSAVE_MS} writes the recovery file of each open dataset that changed
 * since: beside its session file when it has one (saved or opened), else in the recovery folder, so that an
 * analysis never saved survives a crash too ({@link #recoveryFiles} at the next start). Closing a dataset (after
 * Close or Exit settled its unsaved work) removes its recovery file. Saving and opening tell {@link ModifiedAnalyses}
 * which state the session file holds. The work is done by {@code org.fullsms.session}; this class only keeps
 * which dataset belongs to which file. A session stores the dataset's analysis state (its lifetime setup
 * included) and the analysis preferences ({@code ui.*} settings).
 * Thread-safe; callers run {@link #save} and {@link #load} in jobs.
 */
public final class SessionFiles {

    /** How often changed analyses are autosaved. */
    public static final long AUTOSAVE_MS = 120_000;

    /** UI state keys (opaque to the session format). */
    public static final String OPEN_EDITORS = "openEditors";
    public static final String CURRENT_PARTICLE = "currentParticle";

    private static final String PLUGIN = "org.fullsms.ui";

    private final OpenDatasets open;
    private final ErrorLog errors;
    private final ModifiedAnalyses modified;
    private final Path recoveryDir;
    private final Map<AnalysisSession, Autosave> autosaves = new ConcurrentHashMap<>();
    private final Job autosaveJob;

    /** @param recoveryDir where analyses without a session file are autosaved (made when first needed) */
    public SessionFiles(OpenDatasets open, ErrorLog errors, ModifiedAnalyses modified, Path recoveryDir) {
        this.open = open;
        this.errors = errors;
        this.modified = modified;
        this.recoveryDir = recoveryDir.toAbsolutePath().normalize();
        open.addListener(event -> {
            AnalysisSession session = event.session();
            if (event.change() == OpenDatasets.Change.OPENED) {
                // a file opened without a session file (one loaded from a session has its autosave already)
                session.dataset().source().ifPresent(data -> autosaves.computeIfAbsent(session,
                        s -> new Autosave(recoveryTarget(data), s)));
            } else {
                closed(session);
            }
        });
        // a system job outside the Full SMS family: jobs waiting for analyses must not wait for the timer
        autosaveJob = Job.create("Autosave", this::autosaveAll);
        autosaveJob.setSystem(true);
    }

    /** Starts the autosave timer. */
    public void start() {
        autosaveJob.schedule(AUTOSAVE_MS);
    }

    /** Stops the autosave timer (the recovery files stay). */
    public void stop() {
        autosaveJob.cancel();
    }

    /** The session file of a dataset: the one it was saved to or opened from, else {@code NAME.smsa} beside it. */
    public Path target(AnalysisSession session) {
        Autosave a = autosaves.get(session);
        if (a != null && !a.file().startsWith(recoveryDir)) {
            return targetOf(a.file());
        }
        return session.dataset().source().map(Autosave::defaultTarget).orElse(null);
    }

    /** The folder of the recovery files of analyses never saved. */
    public Path recoveryDir() {
        return recoveryDir;
    }

    /** Recovery files of analyses never saved, left by a run that ended without saving or closing them. */
    public List<Path> recoveryFiles() throws IOException {
        if (!Files.isDirectory(recoveryDir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(recoveryDir)) {
            return list.filter(f -> f.getFileName().toString().endsWith(SessionReader.EXTENSION + Autosave.SUFFIX))
                    .sorted().toList();
        }
    }

    /** The (never written) session file whose recovery file holds an unsaved analysis of {@code dataFile}. */
    private Path recoveryTarget(Path dataFile) {
        Path data = dataFile.toAbsolutePath().normalize();
        String stem = Autosave.defaultTarget(data).getFileName().toString();
        stem = stem.substring(0, stem.length() - SessionReader.EXTENSION.length());
        // the hash tells apart files of the same name in different folders
        return recoveryDir.resolve(stem + "-" + Integer.toHexString(data.hashCode()) + SessionReader.EXTENSION);
    }

    /** Saves an analysis atomically and makes {@code target} its session file (its old recovery file goes). */
    public SessionDocument save(AnalysisSession session, Path target, Map<String, String> uiState) throws IOException {
        long version = modified.version(session); // before the capture: later changes keep it modified
        SessionDocument doc = SessionWriter.write(capture(session, uiState), target);
        modified.saved(session, version);
        Autosave now = new Autosave(target, session);
        now.discard();
        Autosave old = autosaves.put(session, now);
        if (old != null) {
            old.close();
            if (!old.file().equals(now.file())) {
                old.discard();
            }
        }
        return doc;
    }

    /**
     * Opens a session file (or its recovery file) and adds the restored dataset to the open datasets.
     *
     * @param dataFile the HDF5 file the user chose, or null to look where the session says
     * @throws org.fullsms.session.DataFileNotFoundException when the data file is not found (ask and retry)
     */
    public SessionLoader.Loaded load(Path sessionFile, Path dataFile) throws IOException {
        SessionLoader.Loaded loaded = dataFile == null ? SessionLoader.load(sessionFile, Importers::open)
                : SessionLoader.load(sessionFile, dataFile, Importers::open);
        autosaves.put(loaded.session(), new Autosave(targetOf(sessionFile), loaded.session()));
        open.adopt(loaded.session());
        if (!targetOf(sessionFile).equals(sessionFile)) {
            modified.markModified(loaded.session()); // a recovered analysis: no session file holds it
        }
        return loaded;
    }

    /** The session's state with its lifetime setup and the preferences in effect now. */
    private SessionSnapshot capture(AnalysisSession session, Map<String, String> uiState) {
        return SessionCapture.capture(session, UiPreferences.sessionSettings(), uiState);
    }

    /** The recovery file newer than {@code target}, if the last run ended without saving it. */
    public static Optional<Path> recoverable(Path target) throws IOException {
        return Autosave.recoverable(target);
    }

    /** Unsaved work of a closed dataset was saved or discarded before closing: its recovery file goes. */
    private void closed(AnalysisSession session) {
        Autosave a = autosaves.remove(session);
        if (a == null) {
            return;
        }
        a.close();
        try {
            a.discard();
        } catch (IOException e) {
            errors.addIfProblem("Autosave", Status.warning("could not remove " + a.file() + ": " + e.getMessage()));
        }
    }

    /** Writes the recovery file of every changed open analysis; used by the timer (tests call it directly). */
    public IStatus autosaveAll(IProgressMonitor monitor) {
        List<IStatus> problems = new ArrayList<>();
        for (Map.Entry<AnalysisSession, Autosave> e : autosaves.entrySet()) {
            try {
                e.getValue().saveIfChanged(() -> capture(e.getKey(), null));
            } catch (IOException | RuntimeException ex) {
                problems.add(Status.error("autosave of " + e.getValue().file() + " failed: " + ex.getMessage()));
            }
        }
        IStatus result = problems.isEmpty() ? Status.OK_STATUS
                : new MultiStatus(PLUGIN, 0, problems.toArray(IStatus[]::new), "Autosave failed", null);
        errors.addIfProblem("Autosave", result);
        if (!monitor.isCanceled()) {
            autosaveJob.schedule(AUTOSAVE_MS);
        }
        return Status.OK_STATUS;
    }

    /** The session file a recovery file belongs to ({@code x.smsa.autosave} → {@code x.smsa}). */
    static Path targetOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(Autosave.SUFFIX)
                ? file.resolveSibling(name.substring(0, name.length() - Autosave.SUFFIX.length()))
                : file;
    }
}
