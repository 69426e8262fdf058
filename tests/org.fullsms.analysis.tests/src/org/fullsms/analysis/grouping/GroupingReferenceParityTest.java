package org.fullsms.analysis.grouping;

import static org.fullsms.analysis.grouping.GroupingGoldenParityTest.assertRelative;
import static org.fullsms.analysis.grouping.GroupingGoldenParityTest.assertSameSteps;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.fullsms.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonObject;

/**
 * Parity with the original's AHCA on the simulated CPA reference cases (reference/cpa/cpa_results.json), from
 * the original's levels. With {@link EmMode#ORIGINAL_UNDERFLOW} every step matches. With the default log-space
 * EM, the steps named in {@link #UNDERFLOW_STEPS} differ: there every group's α of one level under-flowed in
 * the original, its EM stopped after the first iteration on a NaN, while log-space EM iterates on
 * (docs/grouping.md). Group counts, level assignments and best steps still agree there.
 */
class GroupingReferenceParityTest {

    private static final double BIC_REL_TOL = 1e-6;

    /** Steps whose default (log-space) BIC differs from the original's by more than BIC_REL_TOL. */
    private static final Map<String, Set<Integer>> UNDERFLOW_STEPS = Map.of(
            "cp02_4state_N1e5 0.69", Set.of(7),
            "cp02_4state_N1e5 0.69 after burst removal", Set.of(6),
            "cp02_4state_N1e5 0.95", Set.of(2),
            "cp04_3state_N3e5 0.69", Set.of(8),
            "cp04_3state_N3e5 0.69 after burst removal", Set.of(7),
            "cp04_3state_N3e5 0.9", Set.of(5),
            "cp04_3state_N3e5 0.9 after burst removal", Set.of(4),
            "cp04_3state_N3e5 0.95", Set.of(5),
            "cp04_3state_N3e5 0.95 after burst removal", Set.of(3));

    static Stream<Arguments> cases() throws IOException {
        JsonObject all = OriginalGrouping.read(SharedData.require("reference/cpa/cpa_results.json"));
        List<Arguments> list = new ArrayList<>();
        for (String caseName : all.keySet()) {
            JsonObject byConf = all.getAsJsonObject(caseName);
            for (String conf : byConf.keySet()) {
                JsonObject particle = byConf.getAsJsonObject(conf);
                String name = caseName + " " + conf;
                list.add(Arguments.of(name, OriginalGrouping.of(particle, particle)));
                if (particle.has("after_burst_removal")) {
                    list.add(Arguments.of(name + " after burst removal",
                            OriginalGrouping.of(particle.getAsJsonObject("after_burst_removal"), particle)));
                }
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void originalUnderflowModeMatchesEveryStep(String name, OriginalGrouping original) {
        GroupingParameters compat = GroupingParameters.DEFAULTS.withEmMode(EmMode.ORIGINAL_UNDERFLOW);
        assertSameSteps(name, original, new GroupingAnalysis().run(original.input(), compat, null), BIC_REL_TOL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void logSpaceDiffersOnlyWhereTheOriginalUnderflowed(String name, OriginalGrouping original) {
        GroupingResult result = new GroupingAnalysis().run(original.input(), GroupingParameters.DEFAULTS, null);
        Set<Integer> named = UNDERFLOW_STEPS.getOrDefault(name, Set.of());
        assertEquals(original.steps().size(), result.steps().size(), name + ": number of steps");
        for (int i = 0; i < result.steps().size(); i++) {
            JsonObject want = original.steps().get(i).getAsJsonObject();
            GroupingStep got = result.steps().get(i);
            String where = name + " step " + i;
            assertEquals(want.get("num_groups").getAsInt(), got.numGroups(), where + ": groups");
            assertArrayEquals(OriginalGrouping.ints(want.getAsJsonArray("level_group_ind")), got.levelGroup(),
                    where + ": level groups");
            double bic = want.get("bic").getAsDouble();
            if (named.contains(i)) {
                double rel = Math.abs(got.bic() - bic) / Math.abs(bic);
                assertTrue(rel > BIC_REL_TOL, where + ": expected the documented under-flow difference, got " + rel);
                // Bounded by the largest difference documented in docs/grouping.md (0.1 %).
                assertTrue(rel < 2e-3, where + ": difference larger than documented: " + rel);
            } else {
                assertRelative(bic, got.bic(), BIC_REL_TOL, where + ": BIC");
            }
        }
        assertEquals(original.bestStep(), result.bestStep(), name + ": best step");
    }
}
