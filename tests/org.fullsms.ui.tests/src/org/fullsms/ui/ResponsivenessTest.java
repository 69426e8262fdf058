package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;
import org.junit.jupiter.api.Test;

/**
 * The UI thread stays responsive while a long change point analysis runs: eight 5e6-photon blinking particles are
 * resolved in one job with an editor open, and a 10 ms heartbeat timer on the UI thread must never be late by more than
 * 100 ms (an event-loop stall).
 */
class ResponsivenessTest {

    private static final int PHOTONS = 5_000_000;
    /** Particles resolved together (sharing one photon array), so the job runs for seconds on every core. */
    private static final int PARTICLES = 8;
    private static final long MAX_STALL_MS = 100;

    @Test
    void longResolveDoesNotStallTheEventLoop() throws Exception {
        Photons photons = blinking(PHOTONS);
        List<Particle> particles = new java.util.ArrayList<>();
        for (int i = 1; i <= PARTICLES; i++) {
            particles.add(Particle.builder(i, 1).photons(photons).declaredChannelWidth(0.012).build());
        }
        Dataset dataset = Dataset.inMemory(particles, List.of(), List.of());
        TestWorkbench.run(wb -> {
            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            AnalysisSession session = open.add(dataset);
            ParticleAnalysis a = session.particles().get(0);
            EditorOpener.open(a, wb.windowContext().get(EPartService.class), wb.windowContext().get(EModelService.class),
                    wb.application());
            long settle = System.currentTimeMillis() + 1000;
            wb.waitUntil("the editor to settle", 5000, () -> System.currentTimeMillis() > settle);
            long[] worst = new long[2];
            boolean[] beating = {true};
            long[] last = {System.nanoTime()};
            Runnable[] beat = new Runnable[1];
            beat[0] = () -> {
                long now = System.nanoTime();
                long late = (now - last[0]) / 1_000_000 - 10;
                if (late > worst[0]) {
                    worst[0] = late;
                    worst[1] = System.currentTimeMillis();
                }
                last[0] = now;
                if (beating[0]) {
                    wb.display().timerExec(10, beat[0]);
                }
            };
            wb.display().timerExec(10, beat[0]);
            long start = System.currentTimeMillis();
            AnalysisActions.resolve(session.particles(), 99);
            wb.waitForJobs("the resolve of " + PHOTONS + " photons", 300_000);
            long took = System.currentTimeMillis() - start;
            beating[0] = false;
            assertTrue(a.levels().isPresent(), "resolved");
            assertTrue(took > 500, "the resolve ran long enough to test anything: " + took + " ms");
            assertTrue(worst[0] <= MAX_STALL_MS, "event loop stalled " + worst[0] + " ms (limit " + MAX_STALL_MS
                    + " ms), " + (worst[1] - start) + " ms after the start of a " + took + " ms resolve");
            open.close(session);
        });
    }

    /** Two-state blinking, switching every 20 ms (thousands of change points) between 60 000 and 10 000 counts/s; micro times ~ exp(3 ns). */
    private static Photons blinking(int n) throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        long[] abs = new long[n];
        double[] micro = new double[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            double rate = ((long) (t / 2e7) % 2 == 0) ? 60_000 : 10_000;
            t += -Math.log(1 - random.nextDouble()) / rate * 1e9 + 1;
            abs[i] = (long) t;
            micro[i] = -3 * Math.log(1 - random.nextDouble());
        }
        return Photons.of(abs, micro);
    }
}
