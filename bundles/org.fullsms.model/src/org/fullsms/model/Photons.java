package org.fullsms.model;

import java.util.List;

/**
 * The photons of one TCSPC channel of one particle: absolute (macro) arrival times in ns and micro times
 * (delay after the excitation pulse) as integer TCSPC channels ({@link MicroTimes}), of equal length.
 * <p>
 * The absolute times are shared, not copied (they can hold 10<sup>7</sup> values): callers must not modify them.
 * They never decrease; equal times (ties) are legal. A photon may have no micro time (NaN in the file); it still
 * counts for intensity analysis but is left out of every micro-time use ({@link MicroTimes#NO_CHANNEL}).
 */
public final class Photons {

    private static final Photons EMPTY = new Photons(new long[0], MicroTimes.empty(), 0, List.of());

    private final long[] absoluteNs;
    private final MicroTimes micro;
    private final int nonFiniteMicroCount;
    private final List<String> warnings;

    private Photons(long[] absoluteNs, MicroTimes micro, int nonFiniteMicroCount, List<String> warnings) {
        this.absoluteNs = absoluteNs;
        this.micro = micro;
        this.nonFiniteMicroCount = nonFiniteMicroCount;
        this.warnings = warnings;
    }

    /** No photons (an empty second channel). */
    public static Photons empty() {
        return EMPTY;
    }

    /**
     * Photons from micro times in ns, quantised on the lattice of the width inferred from them
     * ({@link MicroTimes#quantise(double[])}); a note is added to the warnings when they are kept as floats.
     *
     * @param warnings warnings found while reading (kept with the photons), may be empty
     * @throws PhotonDataException when the arrays are inconsistent
     */
    public static Photons of(long[] absoluteNs, double[] microNs, List<String> warnings) throws PhotonDataException {
        checkLength(absoluteNs, microNs.length);
        return of(absoluteNs, MicroTimes.quantise(microNs), warnings);
    }

    /** Photons from micro times in ns on channels of a width known from how the data were made. */
    public static Photons of(long[] absoluteNs, double[] microNs, double channelWidthNs) throws PhotonDataException {
        checkLength(absoluteNs, microNs.length);
        return of(absoluteNs, MicroTimes.quantise(microNs, channelWidthNs), List.of());
    }

    /**
     * Wraps the absolute times (not copied) and the micro times after checking that they have equal lengths and
     * that the absolute times never decrease.
     *
     * @throws PhotonDataException when they are inconsistent
     */
    public static Photons of(long[] absoluteNs, MicroTimes micro, List<String> warnings) throws PhotonDataException {
        checkLength(absoluteNs, micro.size());
        for (int i = 1; i < absoluteNs.length; i++) {
            if (absoluteNs[i] < absoluteNs[i - 1]) {
                throw new PhotonDataException("absolute times are not increasing: value at index " + i + " ("
                        + absoluteNs[i] + ") is smaller than at index " + (i - 1) + " (" + absoluteNs[i - 1] + ")");
            }
        }
        int nonFinite = 0;
        for (int i = 0; i < micro.size(); i++) {
            if (micro.channel(i) == MicroTimes.NO_CHANNEL) {
                nonFinite++;
            }
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        micro.note().ifPresent(all::add);
        return new Photons(absoluteNs, micro, nonFinite, List.copyOf(all));
    }

    private static void checkLength(long[] absoluteNs, int microCount) throws PhotonDataException {
        if (absoluteNs.length != microCount) {
            throw new PhotonDataException("absolute times (" + absoluteNs.length + ") and micro times ("
                    + microCount + ") differ in length");
        }
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

    /** Micro times as TCSPC channels. */
    public MicroTimes micro() {
        return micro;
    }

    /** How many photons have no micro time (NaN or infinite in the file). */
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

    /** Bytes held by the photon arrays (for memory accounting). */
    public long arrayBytes() {
        return 8L * absoluteNs.length + micro.bytes();
    }

    private void requireNotEmpty() {
        if (isEmpty()) {
            throw new IllegalStateException("no photons");
        }
    }
}
