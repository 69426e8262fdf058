package org.fullsms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.junit.jupiter.api.Test;

/**
 * Many particles in parallel: every particle resolved by one job with progress per particle; a cancelled job
 * stops promptly and leaves every result as it was.
 */
class AnalysisJobsTest {

    private static AnalysisSession session(int particles, double durationS) {
        SimulationParameters p = SimulationParameters.builder().particles(particles).durationS(durationS).seed(3).build();
        return new AnalysisSession(new Simulator().run(p, new NullProgressMonitor()).dataset());
    }

    @Test
    void resolveAllParticlesInOneJob() throws Exception {
        AnalysisSession session = session(6, 5);
        Job job = AnalysisJobs.resolve(session.particles(), ChangePointParameters.of(99));
        assertTrue(job.belongsTo(FullSmsJobs.FAMILY));
        job.schedule();
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult()::toString);
        for (ParticleAnalysis a : session.particles()) {
            assertTrue(a.changePoints().isPresent(), a + " resolved");
        }
    }

    /** Grouping fails on a particle without levels: that stage is recorded, the others are grouped. */
    @Test
    void aStageThatFailsOnOneParticleIsRecordedAndTheOthersApply() throws Exception {
        AnalysisSession session = session(3, 5);
        List<ParticleAnalysis> resolved = session.particles().subList(1, 3);
        Job resolve = AnalysisJobs.resolve(resolved, ChangePointParameters.of(99));
        resolve.schedule();
        resolve.join();
        Job group = AnalysisJobs.group(session.particles(), org.fullsms.analysis.grouping.GroupingParameters.DEFAULTS);
        group.schedule();
        group.join();
        assertEquals(IStatus.WARNING, group.getResult().getSeverity(), group.getResult()::toString);
        ParticleAnalysis bad = session.particles().get(0);
        assertTrue(bad.failures().get(Stage.GROUPING).contains("resolve first"), bad.failures().toString());
        for (ParticleAnalysis a : resolved) {
            assertTrue(a.grouping().isPresent() && a.failures().isEmpty(), a + " " + a.failures());
        }
    }

    @Test
    void batchReportsProgressPerParticle() {
        AtomicInteger worked = new AtomicInteger();
        List<ParticleBatch.Outcome<Integer, Integer>> out = ParticleBatch.run("test", List.of(1, 2, 3, 4, 5),
                (item, m) -> item * 2, 2, new NullProgressMonitor() {
                    @Override
                    public void worked(int work) {
                        worked.addAndGet(work);
                    }
                });
        assertEquals(List.of(2, 4, 6, 8, 10), out.stream().map(ParticleBatch.Outcome::value).toList());
        assertTrue(worked.get() >= 5, "one unit of progress per item: " + worked.get());
    }

    @Test
    void cancelledResolveChangesNothing() throws Exception {
        // Long particles (4 x 300 s, ~1e6 photons each): the job is still working when it is cancelled.
        AnalysisSession session = session(4, 300);
        Job job = AnalysisJobs.resolve(session.particles(), ChangePointParameters.of(99));
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void running(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                event.getJob().cancel();
            }
        });
        job.schedule();
        job.join();
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult()::toString);
        for (ParticleAnalysis a : session.particles()) {
            assertFalse(a.changePoints().isPresent(), a + " untouched by a cancelled job");
        }
    }

    @Test
    void batchStopsPromptlyWhenCancelledMidway() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        NullProgressMonitor monitor = new NullProgressMonitor();
        List<Integer> items = java.util.stream.IntStream.range(0, 200).boxed().toList();
        try {
            ParticleBatch.run("test", items, (item, m) -> {
                if (started.incrementAndGet() == 3) {
                    monitor.setCanceled(true);
                }
                // Engines check the monitor between units of work; this task does the same.
                for (int i = 0; i < 50; i++) {
                    if (m.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    Thread.sleep(2);
                }
                finished.incrementAndGet();
                return item;
            }, 2, monitor);
        } catch (OperationCanceledException expected) {
            // Two workers: at most the two tasks running before the cancel may still finish.
            assertTrue(finished.get() <= 2, "finished after the cancel: " + finished.get());
            assertTrue(started.get() <= 4, "queued tasks are skipped, not started: " + started.get());
            return;
        }
        throw new AssertionError("a cancelled batch must throw OperationCanceledException");
    }
}
