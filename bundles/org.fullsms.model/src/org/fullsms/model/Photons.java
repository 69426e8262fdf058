package org.fullsms.model;

import java.util.List;

/**
 * The photons of one TCSPC channel of one particle: absolute (macro) arrival times in ns and micro times
 * (delay after the excitation pulse) in ns, as primitive arrays of equal length.
 * <p>
 * The arrays are shared, not copied (they can hold 10<sup>7</sup> values): callers must not modify them.
 * Absolute times never decrease. A micro time may be non-finite (NaN in the file); such a photon still counts
 * for intensity analysis but must be left out of every micro-time use (decay histogram, channel width):
 * test with {@link Double#isFinite(double)}.
 */
public final class Photons {

    private static final Photons EMPTY = new Photons(new long[0], new double[0], 0, List.of());

    private final long[] absoluteNs;
    private final double[] microNs;
    private final int nonFiniteMicroCount;
    private final List<String> warnings;

    private Photons(long[] absoluteNs, double[] microNs, int nonFiniteMicroCount, List<String> warnings) {
        this.absoluteNs = absoluteNs;
        this.microNs = microNs;
        this.nonFiniteMicroCount = nonFiniteMicroCount;
        this.warnings = warnings;
    }

    /** No photons (an empty second channel). */
    public static Photons empty() {
        return EMPTY;
    }

    /**
     * Wraps the arrays (not copied) after checking that they have equal lengths and that the absolute times
     * never decrease.
     *
     * @param warnings warnings found while reading (kept with the photons), may be empty
     * @throws PhotonDataException when the arrays are inconsistent
     */
    public static Photons of(long[] absoluteNs, double[] microNs, List<String> warnings) throws PhotonDataException {
        if (absoluteNs.length != microNs.length) {
            throw new PhotonDataException("absolute times (" + absoluteNs.length + ") and micro times ("
                    + microNs.length + ") differ in length");
        }
        for (int i = 1; i < absoluteNs.length; i++) {
            if (absoluteNs[i] < absoluteNs[i - 1]) {
                throw new PhotonDataException("absolute times are not increasing: value at index " + i + " ("
                        + absoluteNs[i] + ") is smaller than at index " + (i - 1) + " (" + absoluteNs[i - 1] + ")");
            }
        }
        int nonFinite = 0;
        for (double m : microNs) {
            if (!Double.isFinite(m)) {
                nonFinite++;
            }
        }
        return new Photons(absoluteNs, microNs, nonFinite, List.copyOf(warnings));
    }

    /** Same as {@link #of(long[], double[], List)} with no warnings. */
    public static Photons of(long[] absoluteNs, double[] microNs) throws PhotonDataException {
        return of(absoluteNs, microNs, List.of());
    }

    public int size() {
        return absoluteNs.length;
    }

    public boolean isEmpty() {
        return absoluteNs.length == 0;
    }

    /** Absolute arrival times in ns, non-decreasing. Shared: do not modify. */
    public long[] absoluteNs() {
        return absoluteNs;
    }

    /** Micro times in ns; non-finite values mark photons to leave out of micro-time use. Shared: do not modify. */
    public double[] microNs() {
        return microNs;
    }

    /** How many micro times are NaN or infinite. */
    public int nonFiniteMicroCount() {
        return nonFiniteMicroCount;
    }

    /** Warnings found when these photons were read (for example NaN micro times). */
    public List<String> warnings() {
        return warnings;
    }

    /** First absolute time in ns; only for a non-empty channel. */
    public long firstAbsoluteNs() {
        requireNotEmpty();
        return absoluteNs[0];
    }

    /** Last absolute time in ns; only for a non-empty channel. */
    public long lastAbsoluteNs() {
        requireNotEmpty();
        return absoluteNs[absoluteNs.length - 1];
    }

    /**
     * The measurement duration in seconds as the last absolute time (absolute times count from the start of
     * the acquisition, so the trace spans 0 … last); 0 for no photons.
     */
    public double durationSeconds() {
        return isEmpty() ? 0 : absoluteNs[absoluteNs.length - 1] / 1e9;
    }

    /** Bytes held by the two arrays (for memory accounting). */
    public long arrayBytes() {
        return 16L * absoluteNs.length;
    }

    private void requireNotEmpty() {
        if (isEmpty()) {
            throw new IllegalStateException("no photons");
        }
    }
}
