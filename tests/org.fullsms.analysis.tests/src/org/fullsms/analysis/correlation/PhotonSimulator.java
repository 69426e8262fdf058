package org.fullsms.analysis.correlation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded two-channel photon streams with known g²(0) for the truth tests: n independent emitters behind a
 * 50/50 beam splitter plus uniform background. Times are split into whole ns (absolute) and the fraction
 * (micro), as the HDF5 files store them.
 */
final class PhotonSimulator {

    private final SplittableRandom random;
    private final Times channel1 = new Times();
    private final Times channel2 = new Times();

    PhotonSimulator(long seed) {
        random = new SplittableRandom(seed);
    }

    /**
     * Pulsed excitation: each emitter gives at most one photon per pulse (detected with probability p) after
     * an exponential delay; g²(0) = 1 − 1/n.
     */
    static TwoChannelPhotons pulsed(long seed, int emitters, double periodNs, double p, double tauNs,
            double backgroundCps, double durationNs) {
        PhotonSimulator sim = new PhotonSimulator(seed);
        long pulses = (long) (durationNs / periodNs);
        double logMiss = Math.log1p(-p);
        for (int e = 0; e < emitters; e++) {
            // Geometric skip to the next detected pulse instead of drawing every pulse.
            for (long k = sim.geometric(logMiss); k < pulses; k += 1 + sim.geometric(logMiss)) {
                sim.add(k * periodNs + 3 + sim.exponential(tauNs), durationNs);
            }
        }
        return sim.finish("pulsed", backgroundCps, durationNs);
    }

    /**
     * Continuous wave: each emitter waits Exp(1/kExc) to be excited and Exp(τ) to emit; photons are detected
     * with probability eta. g²(τ) = 1 − (1/n)·exp(−|τ|·(kExc + 1/τ)).
     */
    static TwoChannelPhotons cw(long seed, int emitters, double kExcPerNs, double tauNs, double eta,
            double backgroundCps, double durationNs) {
        PhotonSimulator sim = new PhotonSimulator(seed);
        for (int e = 0; e < emitters; e++) {
            for (double t = 0;;) {
                t += sim.exponential(1 / kExcPerNs) + sim.exponential(tauNs);
                if (t >= durationNs) {
                    break;
                }
                if (sim.random.nextDouble() < eta) {
                    sim.add(t, durationNs);
                }
            }
        }
        return sim.finish("cw", backgroundCps, durationNs);
    }

    private void add(double t, double durationNs) {
        if (t < durationNs) {
            (random.nextBoolean() ? channel1 : channel2).add(t);
        }
    }

    private TwoChannelPhotons finish(String name, double backgroundCps, double durationNs) {
        for (Times channel : new Times[] { channel1, channel2 }) {
            double gapNs = 1e9 / backgroundCps;
            for (double t = exponential(gapNs); backgroundCps > 0 && t < durationNs; t += exponential(gapNs)) {
                channel.add(t);
            }
        }
        double[] t1 = channel1.sorted();
        double[] t2 = channel2.sorted();
        long[] abs1 = new long[t1.length];
        double[] micro1 = new double[t1.length];
        split(t1, abs1, micro1);
        long[] abs2 = new long[t2.length];
        double[] micro2 = new double[t2.length];
        split(t2, abs2, micro2);
        return new TwoChannelPhotons(name, abs1, micro1, abs2, micro2, durationNs);
    }

    private static void split(double[] t, long[] abs, double[] micro) {
        for (int i = 0; i < t.length; i++) {
            abs[i] = (long) Math.floor(t[i]);
            micro[i] = t[i] - abs[i];
        }
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private long geometric(double logMiss) {
        return (long) Math.floor(Math.log(1 - random.nextDouble()) / logMiss);
    }

    /** A growable primitive array of times. */
    private static final class Times {
        private double[] values = new double[1024];
        private int size;

        void add(double t) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = t;
        }

        double[] sorted() {
            double[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }
}
