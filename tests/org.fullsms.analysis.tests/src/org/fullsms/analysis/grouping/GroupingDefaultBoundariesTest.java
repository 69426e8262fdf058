package org.fullsms.analysis.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.fullsms.testing.SharedData;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The golden change points with the default level boundaries (adjacent levels do not share a photon: level i is
 * photons c_{i−1} … c_i − 1) instead of the original's shared-photon boundaries. Records what docs/grouping.md
 * reports: the best number of groups per confidence, and BICs within 3 % of the original's for steps with the
 * same number of groups.
 */
class GroupingDefaultBoundariesTest {

    /** Best number of groups with default boundaries (the original's: 6, 5, 6, 7). */
    private static final Map<String, Integer> BEST_GROUPS = Map.of("0.99", 6, "0.95", 5, "0.9", 6, "0.69", 6);
    /** Largest relative BIC shift against the original's boundaries, same number of groups. */
    private static final double MAX_SHIFT = 0.03;

    @Test
    void bestStepsAndBicShiftsAreAsDocumented() throws IOException {
        String text = Files.readString(SharedData.require("fullsms_tester_abs_times_ns.txt"));
        long[] times = Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong)
                .toArray();
        JsonObject golden = OriginalGrouping.read(SharedData.require("fullsms_golden_full.json"));
        GroupingAnalysis engine = new GroupingAnalysis();
        for (Map.Entry<String, Integer> entry : BEST_GROUPS.entrySet()) {
            JsonObject particle = golden.getAsJsonObject(entry.getKey());
            int[] cpts = OriginalGrouping.ints(particle.getAsJsonArray("cpt_inds"));
            List<LevelInput> levels = new ArrayList<>();
            for (int i = 0; i <= cpts.length; i++) {
                int first = i == 0 ? 0 : cpts[i - 1];
                int last = i == cpts.length ? times.length - 1 : cpts[i] - 1;
                levels.add(new LevelInput(last - first + 1, (times[last] - times[first]) / 1e9, times[first] / 1e9,
                        times[last] / 1e9));
            }
            GroupingInput input = new GroupingInput(levels, times.length, cpts.length,
                    (times[times.length - 1] - times[0]) / 1e9);
            GroupingResult result = engine.run(input, GroupingParameters.DEFAULTS, null);
            GroupingResult original = engine.run(OriginalGrouping.of(particle, particle).input(),
                    GroupingParameters.DEFAULTS, null);
            assertEquals(entry.getValue(), result.best().numGroups(), entry.getKey() + ": best number of groups");
            for (GroupingStep step : result.steps()) {
                int same = original.stepWithGroups(step.numGroups());
                if (same >= 0) {
                    double want = original.steps().get(same).bic();
                    double shift = Math.abs(step.bic() - want) / Math.abs(want);
                    assertTrue(shift < MAX_SHIFT, entry.getKey() + ", " + step.numGroups() + " groups: " + shift);
                }
            }
        }
    }
}
