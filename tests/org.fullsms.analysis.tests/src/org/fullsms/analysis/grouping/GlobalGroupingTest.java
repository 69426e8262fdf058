package org.fullsms.analysis.grouping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class GlobalGroupingTest {

    @Test
    void particlesShareGroupsAndMapBack() {
        SimulatedLevels sim = new SimulatedLevels(7);
        double[] rates = { 800, 9000 };
        double[] dwells = { 0.5, 0.5 };
        List<GroupingInput> particles = new ArrayList<>();
        long photons = 0;
        int levels = 0;
        for (int p = 0; p < 3; p++) {
            // Each particle starts at its own clock time, as measurements do.
            List<LevelInput> own = sim.trace(rates, dwells, 20, 100.0 * p + 3, 20, null);
            particles.add(GroupingInput.ofLevels(own));
            photons += own.stream().mapToLong(LevelInput::photons).sum();
            levels += own.size();
        }
        GlobalGroupingResult result = new GlobalGrouping().run(particles, GroupingParameters.DEFAULTS, null);

        GroupingInput combined = result.input();
        assertEquals(photons, combined.totalPhotons(), "N = Σ photons");
        assertEquals(levels - 1, combined.numChangePoints(), "N_cp = levels − 1");
        double duration = particles.stream().mapToDouble(GroupingInput::totalDurationS).sum();
        assertEquals(duration, combined.totalDurationS(), 1e-9);
        List<LevelInput> all = combined.levels();
        for (int j = 1; j < all.size(); j++) {
            assertTrue(all.get(j).startS() >= all.get(j - 1).endS() - 1e-9, "times accumulate, level " + j);
        }
        assertEquals(0.0, all.get(0).startS(), 1e-12);

        assertEquals(2, result.combined().best().numGroups());
        int[] global = result.combined().selected().levelGroup();
        int[] offsets = result.particleOffsets();
        for (int p = 0; p < 3; p++) {
            GroupingStep own = result.selectedPerParticle().get(p);
            assertArrayEquals(Arrays.copyOfRange(global, offsets[p], offsets[p + 1]), own.levelGroup());
            assertEquals(result.combined().selected().groups(), own.groups(), "groups are global");
            assertEquals(particles.get(p).levels().size(), GroupLevels.apply(particles.get(p).levels(), own).stream()
                    .mapToInt(g -> g.lastLevel() - g.firstLevel() + 1).sum());
            for (int j = 0; j < own.numLevels(); j++) {
                LevelInput level = particles.get(p).levels().get(j);
                if (level.photons() > 200) {
                    assertEquals(level.intensityCps() > 4000 ? 1 : 0, own.groupOf(j), "particle " + p + " level " + j);
                }
            }
        }
    }
}
