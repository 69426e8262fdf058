package org.fullsms.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.fullsms.runtime.state.AnalysisSession;

/**
 * What Close, Exit and closing the window do with modified analyses: nothing to ask when none is modified;
 * otherwise the user answers Save, Discard or Cancel. Cancel keeps everything open; Discard goes on; Save asks
 * where (as Save Analysis does), saves each in a job and goes on only when every save succeeded (a failure is in
 * the Error Log, and everything stays open). Plain Java: the questions come from a {@link Prompt} (dialogs in the
 * product, fixed answers in tests) and the saves from a {@link Saver}.
 */
public final class UnsavedWork {

    /** The user's answer to "save the modified analyses?". */
    public enum Answer {
        SAVE, DISCARD, CANCEL
    }

    /** The questions about session files; the workbench puts its dialogs into the application context. */
    public interface Prompt {
        /** Save, discard or keep {@code modified} before {@code action} ("Close", "Exit")? */
        Answer askSave(String action, List<AnalysisSession> modified);

        /** The session file to save {@code session} to, starting from {@code suggested}; null when cancelled. */
        Path chooseTarget(AnalysisSession session, Path suggested);

        /** Open the autosaved analysis {@code recovery} of a run that ended without saving it? */
        boolean askRecover(Path recovery);
    }

    /** The job that saves an analysis (File &gt; Save Analysis). */
    @FunctionalInterface
    public interface Saver {
        Job save(AnalysisSession session, Path target);
    }

    private final ModifiedAnalyses modified;
    private final SessionFiles files;
    private final Prompt prompt;
    private final Saver saver;
    private final Executor ui;

    /** @param ui runs the continuation after saving on the UI thread */
    public UnsavedWork(ModifiedAnalyses modified, SessionFiles files, Prompt prompt, Saver saver, Executor ui) {
        this.modified = modified;
        this.files = files;
        this.prompt = prompt;
        this.saver = saver;
        this.ui = ui;
    }

    /**
     * Settles the unsaved work of {@code sessions} before {@code action}.
     *
     * @param afterSave runs on the UI thread once every save succeeded, when the user chose Save
     * @return true when the caller may go on now (nothing modified, or Discard); false when the user cancelled or
     *         the saves are under way (then {@code afterSave} goes on)
     */
    public boolean mayProceed(String action, Collection<AnalysisSession> sessions, Runnable afterSave) {
        List<AnalysisSession> unsaved = modified.modifiedAmong(sessions);
        if (unsaved.isEmpty()) {
            return true;
        }
        return switch (prompt.askSave(action, unsaved)) {
            case DISCARD -> true;
            case CANCEL -> false;
            case SAVE -> {
                saveAll(unsaved, afterSave);
                yield false;
            }
        };
    }

    private void saveAll(List<AnalysisSession> unsaved, Runnable afterSave) {
        List<Job> jobs = new ArrayList<>();
        for (AnalysisSession s : unsaved) {
            Path target = prompt.chooseTarget(s, files.target(s));
            if (target == null) {
                return; // cancelled in the file dialog: nothing saved, nothing closed
            }
            jobs.add(saver.save(s, target));
        }
        AtomicInteger pending = new AtomicInteger(jobs.size());
        JobChangeAdapter done = new JobChangeAdapter() {
            private volatile boolean failed;

            @Override
            public void done(IJobChangeEvent event) {
                failed |= event.getResult().getSeverity() > IStatus.INFO; // a saved file reports INFO
                if (pending.decrementAndGet() == 0 && !failed) {
                    ui.execute(afterSave);
                }
            }
        };
        jobs.forEach(j -> {
            j.addJobChangeListener(done);
            j.schedule();
        });
    }
}
