package org.fullsms.model;

import java.util.Arrays;

/**
 * The original's channel-width rule, reproduced bit for bit: {@code d = diff(sort(micro))},
 * {@code c = unique(diff(unique(d)))}, drop the values of {@code c} that are at most 10<sup>-4</sup> and take the
 * smallest left; when nothing is left (or there are no photons) fall back to {@link ChannelWidth#DEFAULT_NS}.
 * Non-finite micro times are left out. The input is not modified.
 *
 * <p>{@code unique(d)} needs only the distinct micro times: the differences of consecutive ones, and 0 when a value
 * repeats. Micro times on a lattice take a few thousand distinct values among 10<sup>5</sup>–10<sup>7</sup> photons,
 * so they are found by hashing (O(n)) and only they are sorted (sorting every photon's micro time was half the time
 * of reading a particle's photons).
 */
public final class ChannelWidthInference {

    /** Values of {@code c} at or below this are rounding noise, not a channel step. */
    static final double NOISE_NS = 1e-4;

    private ChannelWidthInference() {
    }

    public static ChannelWidth infer(double[] microNs) {
        Distinct distinct = Distinct.of(microNs);
        double[] v = distinct.values();
        if (v.length == 0) {
            return new ChannelWidth(ChannelWidth.DEFAULT_NS, ChannelWidth.Source.FALLBACK, 0,
                    "fallback: no photons (default " + ChannelWidth.DEFAULT_NS + " ns)");
        }
        // the values of d = diff(sort(micro)): the differences of consecutive distinct values, and 0 where a value
        // repeats (x − x is +0.0, as is 0.0 − (−0.0): the distinct values keep −0.0 and 0.0 apart, as a sort does)
        double[] d = new double[v.length - 1 + (distinct.repeats() ? 1 : 0)];
        for (int i = 1; i < v.length; i++) {
            d[i - 1] = v[i] - v[i - 1];
        }
        Arrays.sort(d);
        double[] u = unique(d);
        double[] c = diff(u); // u is sorted, so c > 0 everywhere
        Arrays.sort(c);
        c = unique(c);
        int candidates = 0;
        double smallest = Double.NaN;
        for (double value : c) {
            if (value > NOISE_NS) {
                if (candidates == 0) {
                    smallest = value;
                }
                candidates++;
            }
        }
        if (candidates == 0) {
            return new ChannelWidth(ChannelWidth.DEFAULT_NS, ChannelWidth.Source.FALLBACK, 0,
                    "fallback: no candidate step above 1e-4 ns (default " + ChannelWidth.DEFAULT_NS + " ns)");
        }
        String note = candidates == 1 ? "inferred: 1 candidate"
                : "inferred: " + candidates + " candidates, smallest taken";
        return new ChannelWidth(smallest, ChannelWidth.Source.INFERRED, candidates, note);
    }

    /**
     * The finite values, each once by bit pattern (−0.0 and 0.0 are two, as they are two entries of a sorted array),
     * sorted; and whether a finite value occurs more than once.
     */
    private record Distinct(double[] values, boolean repeats) {

        /** An empty slot of the hash table: a NaN's bits, which no finite value has. */
        private static final long EMPTY = Double.doubleToRawLongBits(Double.NaN);

        static Distinct of(double[] all) {
            int finite = 0;
            int count = 0;
            // open addressing, at most half full: grows as distinct values come (a lattice's few thousand keep the
            // table small enough for the cache)
            long[] table = empty(1 << 12);
            for (double x : all) {
                if (!Double.isFinite(x)) {
                    continue;
                }
                finite++;
                if (add(table, Double.doubleToRawLongBits(x)) && ++count > table.length / 2) {
                    long[] larger = empty(table.length * 2);
                    for (long bits : table) {
                        if (bits != EMPTY) {
                            add(larger, bits);
                        }
                    }
                    table = larger;
                }
            }
            double[] values = new double[count];
            int n = 0;
            for (long bits : table) {
                if (bits != EMPTY) {
                    values[n++] = Double.longBitsToDouble(bits);
                }
            }
            Arrays.sort(values);
            return new Distinct(values, count < finite);
        }

        private static long[] empty(int capacity) {
            long[] table = new long[capacity];
            Arrays.fill(table, EMPTY);
            return table;
        }

        /**
         * Adds the bits to the table; false when they were in it. The slot is the top bits of the product with the
         * golden ratio (Fibonacci hashing): micro times on a lattice of a binary fraction of a nanosecond end in
         * tens of zero bits, which the lower bits of the product keep.
         */
        private static boolean add(long[] table, long bits) {
            int mask = table.length - 1;
            int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(table.length)));
            while (table[slot] != EMPTY) {
                if (table[slot] == bits) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = bits;
            return true;
        }
    }

    private static double[] diff(double[] v) {
        if (v.length < 2) {
            return new double[0];
        }
        double[] out = new double[v.length - 1];
        for (int i = 1; i < v.length; i++) {
            out[i - 1] = v[i] - v[i - 1];
        }
        return out;
    }

    /** Unique values of a sorted array, as numpy.unique (which treats -0.0 and 0.0 as equal). */
    private static double[] unique(double[] sorted) {
        if (sorted.length == 0) {
            return sorted;
        }
        double[] out = new double[sorted.length];
        int n = 0;
        out[n++] = sorted[0];
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != out[n - 1]) {
                out[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
