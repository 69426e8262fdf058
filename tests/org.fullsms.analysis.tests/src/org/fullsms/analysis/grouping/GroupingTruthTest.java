package org.fullsms.analysis.grouping;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Truth (issue 5, "Must hold" 7): on simulated 2–4-state blinking traces whose states differ by at least
 * 5 kcps, the best-BIC number of groups equals the true number of states in at least 90 % of cases. Levels come
 * straight from the simulated truth ({@link SimulatedLevels}: exponential dwells, Poisson counts, dwells under
 * 20 photons merged into their neighbour as an undetected change point), not from change point analysis.
 * The table for docs/grouping.md comes from the same generator and seeds.
 */
class GroupingTruthTest {

    static final int CASES = 100;
    /** Fraction of traces whose best step must have the true number of groups. */
    private static final double REQUIRED = 0.90;

    @ParameterizedTest(name = "{0} states")
    @ValueSource(ints = { 2, 3, 4 })
    void bestStepFindsTheTrueNumberOfStates(int states) {
        int correct = 0;
        StringBuilder misses = new StringBuilder();
        for (int c = 0; c < CASES; c++) {
            SimulatedLevels sim = new SimulatedLevels(1000L * states + c);
            List<LevelInput> levels = trace(sim, states, 5000, 10000);
            GroupingResult result = new GroupingAnalysis().run(GroupingInput.ofLevels(levels),
                    GroupingParameters.DEFAULTS, null);
            int found = result.best().numGroups();
            if (found == states) {
                correct++;
            } else {
                misses.append(" case ").append(c).append(": ").append(found);
            }
        }
        double fraction = correct / (double) CASES;
        assertTrue(fraction >= REQUIRED, states + " states: " + correct + "/" + CASES + " correct;" + misses);
    }

    /**
     * A 60 s trace: lowest state 200–2000 cps, each next state brighter by {@code minStepCps} to
     * {@code maxStepCps}, mean dwells 0.1–1 s; dwells under 20 photons join the previous level, as a change
     * point analysis would miss them.
     */
    static List<LevelInput> trace(SimulatedLevels sim, int states, double minStepCps, double maxStepCps) {
        return trace(sim, states, minStepCps, maxStepCps, 20);
    }

    /** As above; dwells under {@code minPhotons} photons join the previous level (1: every dwell is a level). */
    static List<LevelInput> trace(SimulatedLevels sim, int states, double minStepCps, double maxStepCps,
            int minPhotons) {
        Random random = sim.random();
        double[] rates = new double[states];
        double[] dwells = new double[states];
        rates[0] = 200 + 1800 * random.nextDouble();
        for (int k = 0; k < states; k++) {
            if (k > 0) {
                rates[k] = rates[k - 1] + minStepCps + (maxStepCps - minStepCps) * random.nextDouble();
            }
            dwells[k] = 0.1 + 0.9 * random.nextDouble();
        }
        return sim.trace(rates, dwells, 60, 0, minPhotons, null);
    }
}
