package org.fullsms.analysis.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.special.Gamma;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

class GroupingAnalysisTest {

    private final GroupingAnalysis engine = new GroupingAnalysis();

    /** Alternating dim (1 kcps) and bright ({@code bright} kcps) levels of 1 s. */
    private static List<LevelInput> alternating(int count, int bright) {
        List<LevelInput> levels = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            long photons = j % 2 == 0 ? 1000 + 7 * (j % 5) : bright - 11 * (j % 3);
            levels.add(new LevelInput(photons, 1.0, j, j + 1));
        }
        return levels;
    }

    @Test
    void singleLevelGivesOneTrivialStep() {
        LevelInput level = new LevelInput(500, 2.0, 0, 2);
        GroupingResult result = engine.run(new GroupingInput(List.of(level), 500, 0, 2.0), GroupingParameters.DEFAULTS,
                null);
        assertEquals(1, result.steps().size());
        GroupingStep step = result.best();
        assertEquals(0.0, step.bic(), 0.0, "trivial step BIC is 0 by convention");
        assertEquals(1, step.numGroups());
        assertEquals(250.0, step.groups().get(0).intensityCps(), 1e-12);
        // ln α = ln(T/T_total) + ln Poisson(500; 500)
        double expected = 500 * Math.log(500) - 500 - Gamma.logGamma(501);
        assertEquals(expected, step.logLikelihood(), 1e-9);
        assertEquals(GroupingAnalysis.ID, result.engineId());
    }

    @Test
    void twoStatesAreFoundAndSortedByIntensity() {
        List<LevelInput> levels = alternating(20, 1500);
        GroupingResult result = engine.run(GroupingInput.ofLevels(levels), GroupingParameters.DEFAULTS, null);
        GroupingStep best = result.best();
        assertEquals(2, best.numGroups());
        assertTrue(best.groups().get(0).intensityCps() < best.groups().get(1).intensityCps());
        for (int j = 0; j < levels.size(); j++) {
            assertEquals(j % 2, best.groupOf(j), "level " + j);
        }
        assertEquals(1, result.steps().get(result.steps().size() - 1).numGroups(), "steps end with one group");
        for (int i = 1; i < result.steps().size(); i++) {
            assertTrue(result.steps().get(i).numGroups() < result.steps().get(i - 1).numGroups(),
                    "group counts fall step by step");
        }
    }

    @Test
    void bicFollowsItsDefinition() {
        GroupingInput input = new GroupingInput(alternating(12, 1500), 60000, 15, 12.5);
        for (GroupingStep step : engine.run(input, GroupingParameters.DEFAULTS, null).steps()) {
            double expected = 2 * step.logLikelihood() - (2 * step.numGroups() - 1) * Math.log(15)
                    - 15 * Math.log(60000);
            assertEquals(expected, step.bic(), 1e-9 * Math.abs(expected));
        }
    }

    @Test
    void anyStepCanBeSelected() {
        GroupingResult result = engine.run(GroupingInput.ofLevels(alternating(10, 1500)), GroupingParameters.DEFAULTS,
                null);
        assertEquals(result.bestStep(), result.selectedStep());
        int last = result.steps().size() - 1;
        GroupingResult other = result.withSelectedStep(last);
        assertEquals(1, other.selected().numGroups());
        assertEquals(result.bestStep(), other.bestStep());
        assertEquals(last, other.stepWithGroups(1));
        assertThrows(IllegalArgumentException.class, () -> result.withSelectedStep(last + 1));
    }

    @Test
    void hugeCountsStayFiniteAndSeparateCloseStates() {
        // 10^6 photons per level: every Poisson pmf of a wrong group is far below the double range.
        List<LevelInput> levels = new ArrayList<>();
        for (int j = 0; j < 12; j++) {
            double rate = j % 3 == 0 ? 10_500 : 10_000;
            levels.add(new LevelInput(Math.round(rate * 100), 100, 100 * j, 100 * (j + 1)));
        }
        GroupingResult result = engine.run(GroupingInput.ofLevels(levels), GroupingParameters.DEFAULTS, null);
        for (GroupingStep step : result.steps()) {
            assertTrue(Double.isFinite(step.bic()), step.toString());
        }
        GroupingStep best = result.best();
        assertEquals(2, best.numGroups());
        for (int j = 0; j < levels.size(); j++) {
            assertEquals(j % 3 == 0 ? 1 : 0, best.groupOf(j), "level " + j);
        }
    }

    @Test
    void originalTermRuleCanPreferOneGroupWhereTheFullLikelihoodDoesNot() {
        // One group for 1 and 8 kcps levels of 1 s: every α < 1e-200, so the original's rule leaves ln L = 0.
        GroupingInput input = GroupingInput.ofLevels(alternating(20, 8000));
        GroupingResult original = engine.run(input, GroupingParameters.DEFAULTS, null);
        assertEquals(1, original.best().numGroups(), "the original's definition (documented pathology)");
        assertEquals(0.0, original.best().logLikelihood(), 0.0, "every term left out");
        GroupingResult full = engine.run(input, GroupingParameters.FULL_LIKELIHOOD, null);
        GroupingStep best = full.best();
        assertEquals(2, best.numGroups());
        for (int j = 0; j < 20; j++) {
            assertEquals(j % 2, best.groupOf(j), "level " + j);
        }
        GroupingStep one = full.steps().get(full.steps().size() - 1);
        assertTrue(one.logLikelihood() < -1e4, one.toString());
    }

    @Test
    void cancelStopsTheRun() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        GroupingInput input = GroupingInput.ofLevels(alternating(10, 1500));
        assertThrows(OperationCanceledException.class, () -> engine.run(input, GroupingParameters.DEFAULTS, monitor));
    }

    @Test
    void badInputIsRejectedWithAMessage() {
        assertThrows(IllegalArgumentException.class, () -> GroupingInput.ofLevels(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LevelInput(0, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new LevelInput(5, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new LevelInput(5, 1, 2, 1));
        List<LevelInput> two = alternating(2, 1500);
        assertThrows(IllegalArgumentException.class, () -> new GroupingInput(two, 100, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new GroupingInput(two, 100, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new GroupingParameters(0, 1e-5, 1e-200, EmMode.LOG_SPACE));
    }
}
