package org.fullsms.analysis.lifetime;

import java.util.ArrayList;
import java.util.List;

import org.fullsms.model.MicroTimes;

/**
 * A simulated particle as a measurement gives it: levels of two emitter states, each a Poisson sample of the
 * Gaussian IRF of {@link Synthetic} (delayed by {@value #SHIFT_NS} ns) convolved with the state's decay plus a flat background, turned into photons
 * whose micro times are the left edges of the channels of a 2048-channel card (0.01220703125 ns), quantised, and
 * histogrammed as the particle's whole trace, levels, groups (the levels of one state) and group levels; and the
 * measured IRF, recorded on a grid whose channel 0 lies {@value #IRF_START_NS} ns before the decay's (so it is
 * rebinned onto the decay's channels) with Poisson noise and a baseline.
 */
final class ParticleDecays {

    static final double WIDTH = 0.01220703125;
    static final int CHANNELS = 2048;
    static final double IRF_START_NS = -0.3;
    static final double SHIFT_NS = 0.05;
    /** State of each level: 0, 1, 0, 1, 0. */
    static final int[] STATES = { 0, 1, 0, 1, 0 };

    /** A state's lifetimes (ns) and amplitude fractions. */
    record State(double[] tauNs, double[] amplitudes) {
    }

    /**
     * The particle's decays in the order the workbench fits them: whole trace, levels, groups, group levels (each
     * level is a group level of its own: the states alternate), and the measured IRF.
     */
    record Particle(List<DecayHistogram> decays, Irf irf) {
    }

    private ParticleDecays() {
    }

    /**
     * @param states    the two states
     * @param photons   signal photons of each level
     * @param background background counts per channel of each level
     * @param seed      seed of the Poisson draws
     */
    static Particle simulate(State[] states, double[] photons, double[] background, long seed) {
        double[] irfOnDecay = Synthetic.irf(CHANNELS, WIDTH);
        List<double[]> levelCounts = new ArrayList<>();
        for (int l = 0; l < STATES.length; l++) {
            State s = states[STATES[l]];
            double[] expected = Synthetic.expected(irfOnDecay, WIDTH, s.tauNs(), s.amplitudes(), SHIFT_NS / WIDTH,
                    photons[l], background[l]);
            levelCounts.add(Synthetic.poisson(expected, seed + l));
        }
        int total = 0;
        int[] first = new int[STATES.length + 1];
        for (int l = 0; l < STATES.length; l++) {
            first[l] = total;
            total += sum(levelCounts.get(l));
        }
        first[STATES.length] = total;
        double[] micro = new double[total];
        int i = 0;
        for (double[] counts : levelCounts) {
            for (int k = 0; k < CHANNELS; k++) {
                for (int j = 0; j < counts[k]; j++) {
                    micro[i++] = k * WIDTH;
                }
            }
        }
        MicroTimes times = MicroTimes.quantise(micro, WIDTH);
        HistogramBinning binning = HistogramBinning.ofChannels(WIDTH, CHANNELS - 1);
        List<DecayHistogram> decays = new ArrayList<>();
        decays.add(DecayHistogram.build(times, 0, total, binning));
        List<DecayHistogram> levels = new ArrayList<>();
        for (int l = 0; l < STATES.length; l++) {
            levels.add(DecayHistogram.build(times, first[l], first[l + 1], binning));
        }
        decays.addAll(levels);
        for (int state = 0; state < 2; state++) {
            List<Integer> members = new ArrayList<>();
            for (int l = 0; l < STATES.length; l++) {
                if (STATES[l] == state) {
                    members.add(l);
                }
            }
            int[] from = members.stream().mapToInt(l -> first[l]).toArray();
            int[] to = members.stream().mapToInt(l -> first[l + 1]).toArray();
            decays.add(DecayHistogram.build(times, from, to, binning));
        }
        decays.addAll(levels);
        return new Particle(decays, measuredIrf(seed));
    }

    /** The IRF as recorded: its channel 0 at {@value #IRF_START_NS} ns, Poisson noise on a baseline of 2 counts. */
    private static Irf measuredIrf(long seed) {
        double[] expected = Irf.gaussian(CHANNELS, (Synthetic.IRF_CENTRE - IRF_START_NS) / WIDTH,
                Synthetic.IRF_FWHM / WIDTH);
        for (int k = 0; k < CHANNELS; k++) {
            expected[k] = 1e4 * expected[k] + 2;
        }
        return new Irf(WIDTH, Synthetic.poisson(expected, seed + 1000), IRF_START_NS, "simulated measurement");
    }

    private static int sum(double[] counts) {
        double s = 0;
        for (double c : counts) {
            s += c;
        }
        return (int) s;
    }
}
