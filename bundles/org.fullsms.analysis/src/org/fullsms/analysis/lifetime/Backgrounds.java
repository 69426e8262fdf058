package org.fullsms.analysis.lifetime;

/**
 * The original's background estimates (REFERENCE §5), re-derived and checked against its outputs in the
 * reference data.
 */
public final class Backgrounds {

    /** Channels averaged after the first non-zero channel for the first background guess. */
    static final int HEAD = 50;
    /**
     * A head of {@value #HEAD} channels with at least this fraction of zeros is an "island" of stray counts and
     * is skipped. REFERENCE §5 says 50 %; the original's outputs need a value between 76 % and 92 %.
     */
    static final double ISLAND_ZERO_FRACTION = 0.8;
    /** Channels whose mean gives the IRF's baseline level. */
    static final int IRF_HEAD = 20;

    private Backgrounds() {
    }

    /**
     * The background level of a curve before its rise and the channel where the rise leaves it.
     *
     * @param mean       mean counts per channel before the rise (0 when there is no such region)
     * @param riseChannel last channel before the peak that is not above the first guess
     */
    public record Estimate(double mean, int riseChannel) {
    }

    /**
     * Estimates the pre-rise background: the mean of the {@value #HEAD} channels after the first non-zero
     * channel (skipping leading islands of stray counts) is a first guess; walking back from the peak to the
     * last channel not above that guess marks the rise; the background is the mean from the first non-zero
     * channel up to (excluding) the rise.
     */
    public static Estimate estimate(double[] values) {
        int n = values.length;
        int first = nextNonZero(values, 0);
        if (first < 0) {
            return new Estimate(0, 0);
        }
        while (zeroFraction(values, first) >= ISLAND_ZERO_FRACTION) {
            int next = nextNonZero(values, first + 1);
            if (next < 0) {
                break;
            }
            first = next;
        }
        double guess = mean(values, first, Math.min(n, first + HEAD));
        int rise = DecayHistogram.argMax(values);
        while (rise > 0 && values[rise] > guess) {
            rise--;
        }
        double mean = rise > first ? mean(values, first, rise) : 0;
        return new Estimate(mean, rise);
    }

    /** The decay background in counts per channel: {@link #estimate} capped at {@code percent} % of the maximum. */
    public static double decay(double[] counts, double percent) {
        if (counts.length == 0) {
            return 0;
        }
        double max = counts[DecayHistogram.argMax(counts)];
        return Math.min(estimate(counts).mean(), percent / 100 * max);
    }

    /**
     * The IRF background in counts per channel: the mean of the IRF before the channel where, walking back from
     * the peak, the integer part of the IRF first equals the integer part of the mean of its first
     * {@value #IRF_HEAD} channels; 0 when there is none.
     */
    public static double irf(double[] irf) {
        if (irf.length == 0) {
            return 0;
        }
        long level = (long) mean(irf, 0, Math.min(IRF_HEAD, irf.length));
        int j = DecayHistogram.argMax(irf);
        while (j > 0 && (long) irf[j] != level) {
            j--;
        }
        return j > 0 ? mean(irf, 0, j) : 0;
    }

    private static int nextNonZero(double[] values, int from) {
        for (int i = from; i < values.length; i++) {
            if (values[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    private static double zeroFraction(double[] values, int from) {
        int to = Math.min(values.length, from + HEAD);
        int zeros = 0;
        for (int i = from; i < to; i++) {
            if (values[i] == 0) {
                zeros++;
            }
        }
        return to > from ? (double) zeros / (to - from) : 0;
    }

    static double mean(double[] values, int from, int to) {
        if (to <= from) {
            return 0;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
