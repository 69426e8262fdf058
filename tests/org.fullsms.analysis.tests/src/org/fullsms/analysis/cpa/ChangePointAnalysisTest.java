package org.fullsms.analysis.cpa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/** Engine behaviour that needs no reference data: input checks, levels, end time, threads, cancel. */
class ChangePointAnalysisTest {

    private static final ChangePointAnalysis CPA = new ChangePointAnalysis();

    private static BlinkingTrace trace(long seed, int photons) {
        return BlinkingTrace.simulate(seed, photons, new double[] {2000, 12000}, new double[] {0.3, 1.0});
    }

    @Test
    void decreasingTimesAreRejectedWithTheIndexTiesAreAccepted() {
        long[] times = trace(1, 1000).times().clone();
        long[] swapped = times.clone();
        swapped[10] = times[11];
        swapped[11] = times[10];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CPA.run(swapped, ChangePointParameters.of(99), null));
        assertTrue(e.getMessage().contains("photon 11") && e.getMessage().contains("precedes photon 10"),
                e.getMessage());
        long[] dup = times.clone();
        dup[500] = dup[499];
        assertTrue(CPA.run(dup, ChangePointParameters.of(99), null).analysed());
    }

    @Test
    void allPhotonsAtOneTimeAreNotAnalysed() {
        long[] same = new long[300];
        Arrays.fill(same, 123_456L);
        ChangePointResult r = CPA.run(same, ChangePointParameters.of(99), null);
        assertFalse(r.analysed());
        assertEquals(0, r.levels().size());
        assertTrue(r.warnings().get(0).contains("same time"), r.warnings().toString());
    }

    @Test
    void endTimeCountsEveryPhotonTiedAtIt() {
        long[] times = trace(8, 2_000).times().clone();
        for (int i = 1001; i <= 1010; i++) {
            times[i] = times[1000];
        }
        ChangePointResult r = CPA.run(times, ChangePointParameters.of(99).withEndTimeNs(times[1000]), null);
        assertEquals(1011, r.numPhotons());
    }

    @Test
    void tooFewOrNoPhotonsGiveAWarningAndNoLevels() {
        ChangePointResult r = CPA.run(Arrays.copyOf(trace(2, 1000).times(), 199), ChangePointParameters.of(95), null);
        assertFalse(r.analysed());
        assertEquals(0, r.levels().size());
        assertTrue(r.warnings().get(0).contains("199 photons"), r.warnings().toString());
        ChangePointResult empty = CPA.run(new long[0], ChangePointParameters.of(95), null);
        assertFalse(empty.analysed());
        assertTrue(empty.warnings().get(0).contains("no photons"), empty.warnings().toString());
        // exactly 200 photons are analysed
        assertTrue(CPA.run(Arrays.copyOf(trace(2, 1000).times(), 200), ChangePointParameters.of(95), null).analysed());
    }

    @Test
    void confidenceOutsideTheOpenIntervalIsRejected() {
        for (double bad : new double[] {0, 100, -5, 150, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChangePointParameters.of(bad));
            assertTrue(e.getMessage().contains("between 0 and 100"), e.getMessage());
        }
    }

    @Test
    void defaultLevelsTileThePhotonsWithoutOverlap() {
        long[] times = trace(3, 50_000).times();
        ChangePointResult r = CPA.run(times, ChangePointParameters.of(95), new NullProgressMonitor());
        List<Level> levels = r.levels();
        assertEquals(r.numChangePoints() + 1, levels.size());
        assertEquals(0, levels.get(0).first());
        assertEquals(times.length - 1, levels.get(levels.size() - 1).last());
        int total = 0;
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            total += l.photons();
            if (i > 0) {
                assertEquals(levels.get(i - 1).last() + 1, l.first(), "contiguous");
                assertEquals(r.changePoints()[i - 1], l.first(), "level starts at its change point");
            }
            assertEquals(times[l.first()], l.startNs());
            // 1e-12 relative: photons / dwell in seconds
            assertEquals(l.photons() / l.dwellS(), l.intensityCps(), 1e-12 * l.intensityCps());
        }
        assertEquals(times.length, total);
        for (int i = 0; i < r.numChangePoints(); i++) {
            assertTrue(r.regionFirst()[i] <= r.changePoints()[i] && r.changePoints()[i] <= r.regionLast()[i]);
        }
    }

    @Test
    void endTimeRestrictsThePhotons() {
        long[] times = trace(4, 20_000).times();
        long end = times[9_999];
        ChangePointResult r = CPA.run(times, ChangePointParameters.of(95).withEndTimeNs(end), null);
        assertEquals(10_000, r.numPhotons());
        ChangePointResult cut = CPA.run(Arrays.copyOf(times, 10_000), ChangePointParameters.of(95), null);
        assertArrayEquals(cut.changePoints(), r.changePoints());
    }

    @Test
    void parallelRunsEqualSequentialRuns() throws Exception {
        long[][] traces = new long[6][];
        for (int i = 0; i < traces.length; i++) {
            traces[i] = trace(10 + i, 30_000).times();
        }
        ChangePointParameters params = ChangePointParameters.of(90);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<ChangePointResult>> futures = new ArrayList<>();
            for (long[] t : traces) {
                futures.add(pool.submit(() -> CPA.run(t, params, new NullProgressMonitor())));
            }
            for (int i = 0; i < traces.length; i++) {
                assertArrayEquals(CPA.run(traces[i], params, null).changePoints(), futures.get(i).get().changePoints());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void cancelStopsTheRun() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        long[] times = trace(5, 5_000).times();
        assertThrows(OperationCanceledException.class, () -> CPA.run(times, ChangePointParameters.of(99), monitor));
    }

    @Test
    void longTraceWithManyChangePointsNeedsNoDeepRecursion() {
        // 2e6 photons with fast blinking: thousands of change points, which made the original recurse
        BlinkingTrace t = BlinkingTrace.simulate(6, 2_000_000, new double[] {1000, 20000}, new double[] {0.01, 0.01});
        ChangePointResult r = CPA.run(t.times(), ChangePointParameters.of(95), null);
        assertTrue(r.numChangePoints() > 1000, "change points: " + r.numChangePoints());
        int[] cps = r.changePoints();
        for (int i = 1; i < cps.length; i++) {
            assertTrue(cps[i] > cps[i - 1], "sorted and unique");
        }
    }

    @Test
    void compatibilityLevelsShareThePhotonOfTheNextChangePoint() {
        long[] times = trace(7, 20_000).times();
        ChangePointParameters p = ChangePointParameters.of(95).withLevelBoundaries(LevelBoundaries.ORIGINAL_SHARED_PHOTON);
        ChangePointResult r = CPA.run(times, p, null);
        int m = r.numChangePoints();
        assertTrue(m >= 3, "needs ≥ 3 change points, found " + m);
        List<Level> levels = r.levels();
        assertEquals(r.changePoints()[1], levels.get(1).last(), "middle level ends on the next change point");
        assertEquals(r.changePoints()[m - 1] - 1, levels.get(m - 1).last(), "level before the last change point");
    }
}
