package org.fullsms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.junit.jupiter.api.Test;

/**
 * Many particles in parallel: every particle resolved by one job with progress per particle; a cancelled job
 * stops promptly, keeps the particles that finished and leaves the others as they were.
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

    /**
     * Two particles finish at once, the others run until cancelled: the cancel keeps the two, leaves the others as
     * they were and says how many were kept.
     */
    @Test
    void cancelledResolveKeepsFinishedParticles() throws Exception {
        AnalysisSession session = session(6, 5);
        List<ParticleAnalysis> targets = session.particles();
        AtomicInteger fastDone = new AtomicInteger();
        Job job = AnalysisJobs.batch("Change points", Stage.LEVELS, targets, (a, m) -> {
            if (targets.indexOf(a) < 2) {
                var result = new ChangePointAnalysis().run(a.particle().photons().absoluteNs(),
                        ChangePointParameters.of(99), m);
                fastDone.incrementAndGet();
                return result;
            }
            while (!m.isCanceled()) {
                Thread.sleep(5); // a long particle, as engines do: checks the monitor between units of work
            }
            throw new OperationCanceledException();
        }, ParticleAnalysis::setChangePoints);
        job.schedule();
        long deadline = System.currentTimeMillis() + 60_000;
        while (fastDone.get() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(300); // the batch collects finished particles every 50 ms
        job.cancel();
        job.join();
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult()::toString);
        assertEquals("Change points: cancelled \u2014 2 of 6 particles done and kept", job.getResult().getMessage());
        for (ParticleAnalysis a : targets) {
            boolean finished = targets.indexOf(a) < 2;
            assertEquals(finished, a.changePoints().isPresent(), a + (finished ? " kept" : " untouched"));
            assertTrue(a.failures().isEmpty(), a + " " + a.failures());
        }
    }

    /** One worker; the caller cancels once three items are done: those three are returned, in item order. */
    @Test
    void batchKeepsTheItemsFinishedBeforeTheCancel() {
        NullProgressMonitor monitor = new NullProgressMonitor() {
            private int calls; // one per finished item (SubMonitor scales the amounts)

            @Override
            public void worked(int work) {
                if (++calls == 3) {
                    setCanceled(true);
                }
            }
        };
        List<Integer> items = java.util.stream.IntStream.range(0, 10).boxed().toList();
        ParticleBatch.Finished<Integer, Integer> finished = ParticleBatch.runKeeping("test", items, (item, m) -> {
            for (int i = 0; i < 10; i++) {
                if (m.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Thread.sleep(2);
            }
            return item * 2;
        }, 1, monitor);
        assertTrue(finished.cancelled());
        assertEquals(List.of(0, 2, 4), finished.outcomes().stream().map(ParticleBatch.Outcome::value).toList());
        assertEquals("Test: cancelled \u2014 3 of 10 particles done and kept", finished.cancelMessage("Test"));
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
