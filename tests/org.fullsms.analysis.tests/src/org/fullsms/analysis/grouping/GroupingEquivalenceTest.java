package org.fullsms.analysis.grouping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.model.Particle;
import org.fullsms.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine gives the results of the engine before issue 19 ({@link ReferenceGrouping}, a verbatim copy): for
 * every step the same number of groups, the same group of every level, the same EM iteration count, and BIC and
 * ln L within {@link #REL_TOL}; the same best step. Inputs: the real tester trace's levels at four confidences
 * (with and without burst removal); global grouping of simulated particles (the simulator and change point
 * analysis, as {@code fullsms analyze --global} makes them), large enough for the first step to run on the
 * kernel grid and the merge search to prune; and level sets with many exact ties in photons and dwell.
 */
class GroupingEquivalenceTest {

    /**
     * BIC and ln L, relative. The engine leaves out responsibilities below e^-50 of a level's largest (at most
     * G·e^-50 relative in any sum), interpolates kernels to {@link KernelGrid#ACCURACY} (1e-10) in steps with
     * 1024 or more groups, and adds partial sums in chunks; on these inputs the largest difference is about 1e-12.
     */
    private static final double REL_TOL = 1e-9;

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> list = new ArrayList<>();
        JsonObject golden = OriginalGrouping.read(SharedData.require("fullsms_golden_full.json"));
        for (String conf : new String[] { "0.99", "0.95", "0.9", "0.69" }) {
            JsonObject particle = golden.getAsJsonObject(conf);
            list.add(Arguments.of("real trace " + conf, OriginalGrouping.of(particle, particle).input()));
            if (particle.has("after_burst_removal")) {
                list.add(Arguments.of("real trace " + conf + " after burst removal",
                        OriginalGrouping.of(particle.getAsJsonObject("after_burst_removal"), particle).input()));
            }
        }
        list.add(Arguments.of("global, 24 simulated particles (CPA levels)", simulatedGlobal(24, 3)));
        list.add(Arguments.of("global, 6 simulated particles (CPA levels)", simulatedGlobal(6, 7)));
        list.add(Arguments.of("1500 levels of tied photon counts and dwells", tied(1500, 5)));
        list.add(Arguments.of("300 levels of tied photon counts and dwells", tied(300, 9)));
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameStepsAsBefore(String name, GroupingInput input) {
        assertSame(name, input, GroupingParameters.DEFAULTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameStepsAsBeforeWithTheOriginalsUnderflowAndFullLikelihood(String name, GroupingInput input) {
        assertSame(name + " (original under-flow)", input, GroupingParameters.ORIGINAL);
        assertSame(name + " (full likelihood)", input, GroupingParameters.FULL_LIKELIHOOD);
    }

    private static void assertSame(String name, GroupingInput input, GroupingParameters params) {
        List<ReferenceGrouping.Step> expected = ReferenceGrouping.run(input, params);
        GroupingResult result = new GroupingAnalysis().run(input, params, null);
        assertEquals(expected.size(), result.steps().size(), name + ": number of steps");
        int best = 0;
        for (int i = 0; i < expected.size(); i++) {
            ReferenceGrouping.Step want = expected.get(i);
            GroupingStep got = result.steps().get(i);
            String where = name + ", step " + i;
            assertArrayEquals(want.levelGroup(), got.levelGroup(), where + ": group of every level");
            assertEquals(want.emIterations(), got.emIterations(), where + ": EM iterations");
            assertEquals(want.bic(), got.bic(), REL_TOL * Math.abs(want.bic()), where + ": BIC");
            assertEquals(want.logLikelihood(), got.logLikelihood(), REL_TOL * Math.abs(want.logLikelihood()),
                    where + ": ln L");
            best = want.bic() > expected.get(best).bic() ? i : best;
        }
        assertEquals(best, result.bestStep(), name + ": best step");
    }

    /**
     * The levels of {@code particles} simulated 60 s particles (2 states each, the simulator's defaults) by change
     * point analysis at 99 %, concatenated as global grouping does; simulated in batches to bound memory.
     */
    private static GroupingInput simulatedGlobal(int particles, long seed) {
        List<GroupingInput> inputs = new ArrayList<>();
        ChangePointAnalysis cpa = new ChangePointAnalysis();
        for (int batch = 0; batch * 6 < particles; batch++) {
            SimulationParameters p = SimulationParameters.builder().particles(Math.min(6, particles - batch * 6))
                    .durationS(60).seed(seed + batch).build();
            for (Particle particle : new Simulator().run(p, null).dataset().particles()) {
                try {
                    long[] times = particle.photons().absoluteNs();
                    ChangePointResult r = cpa.run(times, ChangePointParameters.of(99), null);
                    List<LevelInput> levels = new ArrayList<>();
                    for (Level l : r.levels()) {
                        levels.add(new LevelInput(l.photons(), l.dwellS(), l.startS(), l.endS()));
                    }
                    inputs.add(new GroupingInput(levels, times.length, Math.max(1, r.numChangePoints()),
                            (times[times.length - 1] - times[0]) / 1e9));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        GroupingInput combined = new GlobalGrouping().run(inputs, GroupingParameters.DEFAULTS, null).input();
        assertTrue(particles < 20 || combined.levels().size() > PoissonEm.GRID_GROUPS,
                "enough levels for the kernel grid: " + combined.levels().size());
        return combined;
    }

    /**
     * Levels of three states (1, 4 and 9 kcps) whose dwells are whole multiples of 10 ms up to 50 ms and whose
     * photon counts are Poisson: many levels share both photons and dwell, so merge merits, ln α and group
     * intensities tie exactly and the tie rules decide.
     */
    private static GroupingInput tied(int count, long seed) {
        Random random = new Random(seed);
        double[] rates = { 1000, 4000, 9000 };
        SimulatedLevels poisson = new SimulatedLevels(seed);
        List<LevelInput> levels = new ArrayList<>();
        double time = 0;
        for (int j = 0; j < count; j++) {
            double dwell = 0.01 * (1 + random.nextInt(5));
            long photons = Math.max(1, poisson.poisson(rates[random.nextInt(3)] * dwell));
            levels.add(new LevelInput(photons, dwell, time, time + dwell));
            time += dwell;
        }
        return GroupingInput.ofLevels(levels);
    }
}
