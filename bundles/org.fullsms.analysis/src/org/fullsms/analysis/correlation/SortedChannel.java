package org.fullsms.analysis.correlation;

import java.util.Arrays;

/**
 * One channel checked and ready for the two-pointer pass: photon times abs + micro must not decrease. Files
 * store photons sorted by absolute time (equal times allowed, a decrease is rejected), and abs + micro is then
 * sorted too unless a micro time reaches past the next photon's absolute time; only in that rare case are
 * sorted copies made (O(N) memory once).
 */
record SortedChannel(long[] abs, double[] micro) {

    /** Checks one channel of {@code particle}; throws IllegalArgumentException with a clear message. */
    static SortedChannel of(String particle, int channel, long[] abs, double[] micro) {
        if (abs == null) {
            throw new IllegalArgumentException(particle + ": correlation needs two channels, but there is no channel "
                    + channel + (channel == 2 ? " (no 'Absolute Times 2 (ns)' in the file)" : ""));
        }
        if (micro == null) {
            throw new IllegalArgumentException(particle + ": channel " + channel + " has no micro times");
        }
        if (micro.length != abs.length) {
            throw new IllegalArgumentException(particle + ": channel " + channel + " has " + abs.length
                    + " absolute times but " + micro.length + " micro times");
        }
        if (abs.length == 0) {
            throw new IllegalArgumentException(particle + ": channel " + channel
                    + " has no photons; correlation needs photons in both channels");
        }
        long origin = abs[0];
        boolean sorted = true;
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < abs.length; i++) {
            if (i > 0 && abs[i] < abs[i - 1]) {
                // Equal absolute times (a coarse macro clock) are fine; a decrease is corrupt data, not a
                // micro time reaching past the next photon, and sorting would hide it.
                throw new IllegalArgumentException(particle + ": channel " + channel + " absolute time of photon "
                        + i + " (" + abs[i] + " ns) precedes photon " + (i - 1) + " (" + abs[i - 1] + " ns)");
            }
            if (!Double.isFinite(micro[i])) {
                throw new IllegalArgumentException(particle + ": channel " + channel + " micro time of photon " + i
                        + " is " + micro[i]);
            }
            double t = (double) (abs[i] - origin) + micro[i];
            sorted &= t >= previous;
            previous = t;
        }
        return sorted ? new SortedChannel(abs, micro) : sortedCopy(abs, micro, origin);
    }

    /**
     * Sorts the times t = (abs − origin) + micro and splits each back into whole ns and a fraction; both
     * parts are exact, so (abs − origin) + micro gives back the same t in the pair loop.
     */
    private static SortedChannel sortedCopy(long[] abs, double[] micro, long origin) {
        double[] t = new double[abs.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = (double) (abs[i] - origin) + micro[i];
        }
        Arrays.sort(t);
        long[] sortedAbs = new long[t.length];
        double[] sortedMicro = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            double whole = Math.floor(t[i]);
            sortedAbs[i] = origin + (long) whole;
            sortedMicro[i] = t[i] - whole;
        }
        return new SortedChannel(sortedAbs, sortedMicro);
    }

    int size() {
        return abs.length;
    }

    /** Time of photon i relative to origin, in ns. */
    double time(int i, long origin) {
        return (double) (abs[i] - origin) + micro[i];
    }
}
