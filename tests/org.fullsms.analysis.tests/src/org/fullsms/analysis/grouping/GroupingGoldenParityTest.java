package org.fullsms.analysis.grouping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.fullsms.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Parity with the original on the real tester trace (fullsms_golden_full.json) at all four confidences, using
 * the original's level boundaries from the golden file, with the default log-space EM. On this trace the
 * original's EM under-flows once per run (in the first step), without changing any number beyond 1e-11, so
 * every step is compared.
 */
class GroupingGoldenParityTest {

    /** BIC and ln L: relative tolerance the issue asks for. */
    private static final double BIC_REL_TOL = 1e-6;
    /** Group intensities and dwells: sums of the same doubles in the same order, so near-exact. */
    private static final double GROUP_REL_TOL = 1e-9;

    static Stream<Arguments> cases() throws IOException {
        JsonObject golden = OriginalGrouping.read(SharedData.require("fullsms_golden_full.json"));
        List<Arguments> list = new ArrayList<>();
        for (String conf : new String[] { "0.99", "0.95", "0.9", "0.69" }) {
            JsonObject particle = golden.getAsJsonObject(conf);
            list.add(Arguments.of(conf, OriginalGrouping.of(particle, particle)));
            if (particle.has("after_burst_removal")) {
                list.add(Arguments.of(conf + " after burst removal",
                        OriginalGrouping.of(particle.getAsJsonObject("after_burst_removal"), particle)));
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stepsBicsAndBestStepEqualTheOriginal(String name, OriginalGrouping original) {
        GroupingResult result = new GroupingAnalysis().run(original.input(), GroupingParameters.DEFAULTS, null);
        assertSameSteps(name, original, result, BIC_REL_TOL);
    }

    static void assertSameSteps(String name, OriginalGrouping original, GroupingResult result, double bicRelTol) {
        JsonArray expected = original.steps();
        assertEquals(expected.size(), result.steps().size(), name + ": number of steps");
        for (int i = 0; i < expected.size(); i++) {
            JsonObject want = expected.get(i).getAsJsonObject();
            GroupingStep got = result.steps().get(i);
            String where = name + " step " + i;
            assertEquals(want.get("num_groups").getAsInt(), got.numGroups(), where + ": groups");
            assertRelative(want.get("bic").getAsDouble(), got.bic(), bicRelTol, where + ": BIC");
            assertRelative(want.get("em_log_l").getAsDouble(), got.logLikelihood(), bicRelTol, where + ": ln L");
            assertArrayEquals(OriginalGrouping.ints(want.getAsJsonArray("level_group_ind")), got.levelGroup(),
                    where + ": level groups");
            assertEquals(want.get("num_group_levels").getAsInt(), got.numGroupLevels(), where + ": group levels");
            double[] ints = OriginalGrouping.doubles(want.getAsJsonArray("group_ints"));
            double[] dwells = OriginalGrouping.doubles(want.getAsJsonArray("group_dwell_s"));
            int[] photons = OriginalGrouping.ints(want.getAsJsonArray("group_num_photons"));
            for (int g = 0; g < ints.length; g++) {
                Group group = got.groups().get(g);
                assertRelative(ints[g], group.intensityCps(), GROUP_REL_TOL, where + " group " + g + ": intensity");
                assertRelative(dwells[g], group.dwellS(), GROUP_REL_TOL, where + " group " + g + ": dwell");
                assertEquals(photons[g], group.photons(), where + " group " + g + ": photons");
            }
        }
        assertEquals(original.bestStep(), result.bestStep(), name + ": best step");
        assertEquals(result.bestStep(), result.selectedStep(), name + ": selected step defaults to best");
    }

    static void assertRelative(double expected, double actual, double relTol, String message) {
        assertEquals(expected, actual, relTol * Math.abs(expected), message);
    }
}
