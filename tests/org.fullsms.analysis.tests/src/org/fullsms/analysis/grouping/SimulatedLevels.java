package org.fullsms.analysis.grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Levels made directly from a simulated blinking truth, standing in for change point analysis: a Markov chain
 * over states with exponential dwell times (jumps go to a different state, chosen uniformly), and a Poisson
 * photon count per dwell at the state's rate. Like a real CPA, it cannot resolve short dwells: a dwell with
 * fewer than {@code minPhotons} photons is merged into the previous level, which then mixes two states. Seeded,
 * so every test run sees the same traces.
 */
public final class SimulatedLevels {

    private final RandomGenerator rng;
    private final Random random;

    public SimulatedLevels(long seed) {
        this.rng = new Well19937c(seed);
        this.random = new Random(seed);
    }

    /** The random source, for tests that also draw their state parameters. */
    public Random random() {
        return random;
    }

    /**
     * A trace of {@code durationS} seconds.
     *
     * @param ratesCps   intensity of each state
     * @param meanDwellS mean dwell of each state
     * @param minPhotons shortest level a change point analysis would resolve (20 in the original)
     * @param trueStates if not null, receives the state of each produced level's first dwell
     */
    public List<LevelInput> trace(double[] ratesCps, double[] meanDwellS, double durationS, double startS,
            int minPhotons, List<Integer> trueStates) {
        List<LevelInput> levels = new ArrayList<>();
        int state = random.nextInt(ratesCps.length);
        double time = startS;
        double end = startS + durationS;
        // Leading dwells too short to be a level are carried into the first level, so the trace starts at startS.
        long carried = 0;
        while (time < end) {
            double dwell = Math.min(-meanDwellS[state] * Math.log(1 - random.nextDouble()), end - time);
            long photons = poisson(ratesCps[state] * dwell);
            int last = levels.size() - 1;
            if (last >= 0 && photons < minPhotons) {
                LevelInput prev = levels.get(last);
                levels.set(last, new LevelInput(prev.photons() + photons, prev.dwellS() + dwell, prev.startS(),
                        time + dwell));
            } else if (last < 0 && photons + carried < minPhotons && time + dwell < end) {
                carried += photons;
            } else {
                double from = last < 0 ? startS : time;
                levels.add(new LevelInput(Math.max(1, photons + carried), time + dwell - from, from, time + dwell));
                carried = 0;
                if (trueStates != null) {
                    trueStates.add(state);
                }
            }
            time += dwell;
            if (ratesCps.length > 1) {
                int next = random.nextInt(ratesCps.length - 1);
                state = next >= state ? next + 1 : next;
            }
        }
        return levels;
    }

    /** A Poisson draw with the given mean (0 for a non-positive mean). */
    public long poisson(double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        return new PoissonDistribution(rng, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    }
}
