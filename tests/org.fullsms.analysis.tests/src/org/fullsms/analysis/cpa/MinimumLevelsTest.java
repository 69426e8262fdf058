package org.fullsms.analysis.cpa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.fullsms.analysis.grouping.GroupingAnalysis;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.grouping.LevelInput;
import org.fullsms.analysis.roi.AutoRoi;
import org.fullsms.analysis.roi.AutoRoiParameters;
import org.fullsms.analysis.roi.QuickRoi;
import org.fullsms.analysis.roi.QuickRoiParameters;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.SimulationResult;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.model.Particle;
import org.junit.jupiter.api.Test;

/** No level under the minimum segment (20 photons) and none of zero dwell, with either table source. */
class MinimumLevelsTest {

    private static final ChangePointAnalysis CPA = new ChangePointAnalysis();

    /**
     * The file of {@code fullsms simulate --particles 100 --duration 30 --seed 11 --two-channels} (the same
     * parameters as SimulateCommand builds), both channels of every particle, own tables at 99 %: every level has
     * ≥ 20 photons and a positive dwell, and grouping, Quick ROI, Auto ROI and burst detection all run. Before the
     * rule this file had 103 levels under 20 photons, one of them of zero dwell, and one grouping failure.
     */
    @Test
    void simulatedFileHasNoDegenerateLevels() throws IOException {
        SimulationParameters p = SimulationParameters.builder().particles(100).durationS(30).seed(11)
                .secondChannel(true).pulsePeriodNs(25).build();
        SimulationResult sim = new Simulator().run(p, null);
        int traces = 0;
        int levels = 0;
        for (Particle particle : sim.dataset().particles()) {
            long[][] channels = {particle.photons().absoluteNs(),
                    particle.secondary().orElseThrow().photons().absoluteNs()};
            for (long[] times : channels) {
                traces++;
                ChangePointResult r = CPA.run(times, ChangePointParameters.of(99), null);
                String where = "particle " + particle.number() + ", " + times.length + " photons";
                for (Level l : r.levels()) {
                    assertTrue(l.photons() >= 20 && l.last() - l.first() + 1 == l.photons(), where + ": " + l);
                    assertTrue(l.dwellNs() > 0, where + ": " + l);
                }
                levels += r.levels().size();
                List<LevelInput> inputs = inputs(r.levels());
                GroupingInput input = new GroupingInput(inputs, times.length, r.numChangePoints(),
                        (times[times.length - 1] - times[0]) / 1e9);
                assertTrue(new GroupingAnalysis().run(input, GroupingParameters.DEFAULTS, null).steps().size() >= 1);
                RegionOfInterest quick = QuickRoi.find(inputs, QuickRoiParameters.DEFAULTS);
                RegionOfInterest auto = AutoRoi.find(inputs, AutoRoiParameters.DEFAULTS);
                assertTrue(Double.isFinite(quick.durationS()) && Double.isFinite(auto.durationS()), where);
                PhotonBursts.detect(r, BurstParameters.defaults());
                assertTrue(Double.isFinite(r.weightedMeanCps()) && Double.isFinite(r.weightedSdCps()), where);
            }
        }
        System.out.printf(Locale.ROOT, "simulated file: %d traces, %d levels, all >= 20 photons and > 0 s%n", traces,
                levels);
    }

    /** The real tester trace at the four confidences, own and published tables, default boundaries. */
    @Test
    void bothTableSourcesHoldTheMinimumOnTheTesterTrace() throws Exception {
        long[] times = CpaTestData.testerTimes();
        for (double percent : new double[] {99, 95, 90, 69}) {
            for (CriticalValues tables : List.of(CriticalValues.forConfidence(percent), CpaTestData.published(percent))) {
                ChangePointResult r = CPA.run(times, ChangePointParameters.of(tables), null);
                for (Level l : r.levels()) {
                    assertTrue(l.photons() >= 20 && l.dwellNs() > 0, percent + " %: " + l);
                }
            }
        }
    }

    /** Two change points one photon apart (two overlapping windows saw one change): one is dropped. */
    @Test
    void adjacentChangePointsLeaveOneLevelBoundary() {
        long[] times = steady(0, 300, 1000);
        int[] kept = MinimumLevels.keep(times, times.length, new int[] {100, 101, 200},
                LevelBoundaries.NON_OVERLAPPING, 20);
        assertEquals(2, kept.length);
        assertEquals(2, kept[1], "200 stays");
    }

    /**
     * A short level between a dim and a bright neighbour joins the one whose rate it has (the merge that loses
     * least likelihood); the first and last levels can only join their one neighbour.
     */
    @Test
    void aShortLevelJoinsTheNeighbourItFits() {
        // 100 photons at 1 kcps, 10 at 1 kcps, 100 at 10 kcps: the 10 belong to the dim level.
        long[] dimShort = concat(steady(0, 110, 1_000_000), steady(110_000_000, 100, 100_000));
        assertArrayEquals(new int[] {1}, MinimumLevels.keep(dimShort, dimShort.length, new int[] {100, 110},
                LevelBoundaries.NON_OVERLAPPING, 20), "cut at 110 kept");
        // 100 at 1 kcps, 10 at 10 kcps, 100 at 10 kcps: the 10 belong to the bright level.
        long[] brightShort = concat(steady(0, 100, 1_000_000), steady(100_000_000, 110, 100_000));
        assertArrayEquals(new int[] {0}, MinimumLevels.keep(brightShort, brightShort.length, new int[] {100, 110},
                LevelBoundaries.NON_OVERLAPPING, 20), "cut at 100 kept");
        long[] even = steady(0, 300, 1000);
        assertArrayEquals(new int[] {1}, MinimumLevels.keep(even, even.length, new int[] {5, 150},
                LevelBoundaries.NON_OVERLAPPING, 20), "first level joins the second");
        assertArrayEquals(new int[] {0}, MinimumLevels.keep(even, even.length, new int[] {150, 295},
                LevelBoundaries.NON_OVERLAPPING, 20), "last level joins the one before");
    }

    /** In the compatibility mode only zero-dwell levels go: short ones stay, as in the original. */
    @Test
    void compatibilityModeDropsOnlyZeroDwell() {
        long[] times = steady(0, 300, 1000);
        times[151] = times[150];
        int[] cps = {100, 110, 150, 151, 200};
        // 150..151 is a middle level sharing photon 151 (two tied photons); 100..110 is short but kept.
        int[] kept = MinimumLevels.keep(times, times.length, cps, LevelBoundaries.ORIGINAL_SHARED_PHOTON, 0);
        assertEquals(4, kept.length);
        assertEquals(0, kept[0]);
        assertEquals(1, kept[1]);
    }

    /** A hand-made result with a zero-dwell level: bursts and weighted statistics say so, never NaN. */
    @Test
    void zeroDwellLevelsAreRejectedClearly() {
        long[] times = steady(0, 300, 1000);
        times[101] = times[100];
        List<Level> levels = Levels.build(times, times.length, new int[] {100, 102}, LevelBoundaries.NON_OVERLAPPING);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Levels.weightedMeanAndSd(levels));
        assertTrue(e.getMessage().contains("level 1") && e.getMessage().contains("zero dwell"), e.getMessage());
        ChangePointResult result = new ChangePointResult("cpa", "test", ChangePointParameters.of(99), times.length,
                true, new int[] {100, 102}, new int[] {100, 102}, new int[] {100, 102}, levels, 1000, 0, List.of());
        e = assertThrows(IllegalArgumentException.class, () -> PhotonBursts.detect(result, BurstParameters.defaults()));
        assertTrue(e.getMessage().contains("level 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> inputs(levels));
        assertTrue(e.getMessage().contains("positive finite dwell"), e.getMessage());
    }

    private static List<LevelInput> inputs(List<Level> levels) {
        List<LevelInput> out = new ArrayList<>();
        for (Level l : levels) {
            out.add(new LevelInput(l.photons(), l.dwellS(), l.startS(), l.endS()));
        }
        return out;
    }

    /** {@code count} photons from {@code startNs}, about {@code gapNs} apart (±10 %, seeded, whole ns). */
    private static long[] steady(long startNs, int count, long gapNs) {
        SplittableRandom random = new SplittableRandom(startNs + count);
        long[] out = new long[count];
        long t = startNs;
        for (int i = 0; i < count; i++) {
            out[i] = t;
            t += gapNs + (long) (gapNs * 0.1 * (random.nextDouble() - 0.5));
        }
        return out;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
