package org.fullsms.analysis.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws emitter states: intensities spread log-evenly over 2–20 kcps (with ±10 % jitter, so neighbouring
 * states differ by at least ~1.5×, enough for change-point detection), and a main lifetime that grows with the
 * intensity (0.5–4 ns) as in quenching; extra components are shorter, with smaller amplitudes.
 */
final class StateDraw {

    static final double MIN_CPS = 2_000;
    static final double MAX_CPS = 20_000;

    private StateDraw() {
    }

    static List<EmitterState> draw(int count, int exponentials, RandomGenerator rng) {
        List<EmitterState> states = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            double f = count == 1 ? 1 : (double) s / (count - 1);
            double intensity = MIN_CPS * Math.pow(MAX_CPS / MIN_CPS, f) * (0.9 + 0.2 * rng.nextDouble());
            double mainTau = 0.5 + 3.5 * f * (0.9 + 0.2 * rng.nextDouble());
            double[] tau = new double[exponentials];
            double[] amp = new double[exponentials];
            tau[0] = mainTau;
            amp[0] = 1;
            double rest = 1;
            for (int k = 1; k < exponentials; k++) {
                tau[k] = mainTau * (k == 1 ? 0.25 : 0.06) * (0.8 + 0.4 * rng.nextDouble());
                amp[k] = rest * (0.2 + 0.2 * rng.nextDouble());
                rest -= amp[k];
            }
            amp[0] = rest;
            states.add(new EmitterState(intensity, tau, amp));
        }
        return states;
    }
}
