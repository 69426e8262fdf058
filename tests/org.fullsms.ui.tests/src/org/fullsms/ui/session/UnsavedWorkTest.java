package org.fullsms.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.ui.jobs.ErrorLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save / Discard / Cancel before Close or Exit, with injected answers and saves: no workbench, no dialog. */
class UnsavedWorkTest {

    @TempDir
    Path dir;

    private final OpenDatasets open = new OpenDatasets();
    private final ModifiedAnalyses modified = new ModifiedAnalyses(open);
    private final List<String> asked = new ArrayList<>();
    private final List<Path> saved = new ArrayList<>();
    private final AtomicInteger proceeded = new AtomicInteger();
    private final List<Job> jobs = new ArrayList<>();

    /** Answers {@code answer}; saves go to {@code target} (null: the file dialog is cancelled). */
    private UnsavedWork work(UnsavedWork.Answer answer, Path target, IStatus saveResult) {
        UnsavedWork.Prompt prompt = new UnsavedWork.Prompt() {
            @Override
            public UnsavedWork.Answer askSave(String action, List<AnalysisSession> sessions) {
                asked.add(action + " " + sessions.size());
                return answer;
            }

            @Override
            public Path chooseTarget(AnalysisSession session, Path suggested) {
                return target;
            }

            @Override
            public boolean askRecover(Path recovery) {
                throw new AssertionError("not asked here");
            }
        };
        SessionFiles files = new SessionFiles(open, new ErrorLog(), modified, dir);
        return new UnsavedWork(modified, files, prompt, (s, t) -> {
            Job job = Job.create("save", m -> {
                saved.add(t);
                return saveResult;
            });
            jobs.add(job);
            return job;
        }, Runnable::run);
    }

    @Test
    void nothingModifiedProceedsWithoutAsking() {
        AnalysisSession s = ModifiedAnalysesTest.openSimulated(open);
        assertTrue(work(UnsavedWork.Answer.CANCEL, null, Status.OK_STATUS).mayProceed("Close", List.of(s), proceeded::incrementAndGet));
        assertEquals(List.of(), asked);
    }

    @Test
    void cancelKeepsOpenAndDiscardProceeds() {
        AnalysisSession s = ModifiedAnalysesTest.openSimulated(open);
        AnalysisSession clean = ModifiedAnalysesTest.openSimulated(open);
        s.particles().get(0).setBinSizeMs(10);
        assertFalse(work(UnsavedWork.Answer.CANCEL, null, Status.OK_STATUS).mayProceed("Exit", List.of(s, clean),
                proceeded::incrementAndGet));
        assertTrue(work(UnsavedWork.Answer.DISCARD, null, Status.OK_STATUS).mayProceed("Exit", List.of(s, clean),
                proceeded::incrementAndGet));
        assertEquals(List.of("Exit 1", "Exit 1"), asked, "only the modified analysis is named");
        assertEquals(0, proceeded.get(), "the caller goes on itself");
        assertEquals(List.of(), saved);
    }

    @Test
    void saveProceedsOnlyAfterTheSaveSucceeded() throws Exception {
        AnalysisSession s = ModifiedAnalysesTest.openSimulated(open);
        s.particles().get(0).setBinSizeMs(10);
        Path target = dir.resolve("a.smsa");
        CountDownLatch done = new CountDownLatch(1);
        assertFalse(work(UnsavedWork.Answer.SAVE, target, Status.info("Saved analysis to " + target))
                .mayProceed("Close", List.of(s), done::countDown));
        assertTrue(done.await(10, TimeUnit.SECONDS), "closed after saving");
        assertEquals(List.of(target), saved);
    }

    @Test
    void aFailedOrCancelledSaveKeepsEverythingOpen() throws Exception {
        AnalysisSession s = ModifiedAnalysesTest.openSimulated(open);
        s.particles().get(0).setBinSizeMs(10);
        assertFalse(work(UnsavedWork.Answer.SAVE, null, Status.OK_STATUS).mayProceed("Close", List.of(s),
                proceeded::incrementAndGet));
        assertEquals(List.of(), saved, "file dialog cancelled: nothing saved");
        assertFalse(work(UnsavedWork.Answer.SAVE, dir.resolve("b.smsa"), Status.error("disk full"))
                .mayProceed("Close", List.of(s), proceeded::incrementAndGet));
        for (Job j : jobs) {
            j.join();
        }
        Thread.sleep(100); // the job's done listeners run just after join returns
        assertEquals(List.of(dir.resolve("b.smsa")), saved);
        assertEquals(0, proceeded.get(), "a failed save closes nothing");
    }
}
