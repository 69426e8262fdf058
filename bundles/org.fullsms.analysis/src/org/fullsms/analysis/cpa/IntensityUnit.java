package org.fullsms.analysis.cpa;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;


/**
 * The one unit in which intensities are shown and written: the binned trace, its histogram, levels, group levels,
 * their exports and the command line's JSON. Engines keep counts per second ({@link Level#intensityCps()}); a unit
 * only converts on the way out, so a change of unit never changes an analysis. Counts per bin depend on the
 * trace's bin size, which every conversion therefore takes.
 */
public enum IntensityUnit {

    /** Counts per second: the default, independent of the bin size. */
    COUNTS_PER_SECOND("cps", "counts/s"),
    /** Thousands of counts per second. */
    KILOCOUNTS_PER_SECOND("kcps", "kcps"),
    /** Photons counted in one bin of the trace (the original's trace plot and trace CSV). */
    COUNTS_PER_BIN("bin", null);

    private final String key;
    private final String fixedLabel;

    IntensityUnit(String key, String fixedLabel) {
        this.key = key;
        this.fixedLabel = fixedLabel;
    }

    /** The name used in preferences and on the command line ({@code cps}, {@code kcps}, {@code bin}). */
    public String key() {
        return key;
    }

    /** The unit named by {@link #key()}; a clear message listing the choices otherwise. */
    public static IntensityUnit ofKey(String key) {
        for (IntensityUnit u : values()) {
            if (u.key.equals(key)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown intensity unit '" + key + "'; choose one of "
                + Arrays.stream(values()).map(IntensityUnit::key).collect(Collectors.joining(", ")));
    }

    /** How many of this unit one photon in a bin of {@code binMs} is. */
    public double perCount(double binMs) {
        return switch (this) {
            case COUNTS_PER_SECOND -> 1e3 / binMs;
            case KILOCOUNTS_PER_SECOND -> 1.0 / binMs;
            case COUNTS_PER_BIN -> 1.0;
        };
    }

    /** A rate in counts per second in this unit, for bins of {@code binMs}. */
    public double fromCps(double cps, double binMs) {
        return switch (this) {
            case COUNTS_PER_SECOND -> cps;
            case KILOCOUNTS_PER_SECOND -> cps / 1e3;
            case COUNTS_PER_BIN -> cps * binMs / 1e3;
        };
    }

    /** The unit as written after a quantity: {@code counts/s}, {@code kcps}, {@code counts/100 ms}. */
    public String label(double binMs) {
        return fixedLabel != null ? fixedLabel : "counts/" + binMs(binMs) + " ms";
    }

    /** A short form for narrow axis titles: {@code cps}, {@code kcps}, {@code cts/bin}. */
    public String shortLabel() {
        return this == COUNTS_PER_BIN ? "cts/bin" : key;
    }

    /**
     * The suffix of a JSON or table field in this unit: {@code cps}, {@code kcps}, {@code counts_per_100ms}
     * (a decimal point becomes {@code p}: {@code counts_per_2p5ms}).
     */
    public String fieldSuffix(double binMs) {
        return fixedLabel != null ? key : "counts_per_" + binMs(binMs).replace('.', 'p') + "ms";
    }

    /** A rate given in counts per second, rounded as people read it, with this unit. */
    public String format(double cps, double binMs) {
        double v = fromCps(cps, binMs);
        String number = this == KILOCOUNTS_PER_SECOND ? String.format(Locale.ROOT, "%.3g", v)
                : String.format(Locale.ROOT, Math.abs(v) >= 100 || v == Math.rint(v) ? "%.0f" : "%.3g", v);
        return number + " " + label(binMs);
    }

    /** A bin size in ms as the original's trace column writes it: {@code 100} when whole, else {@code 2.5}. */
    public static String binMs(double binMs) {
        return binMs == Math.rint(binMs) && Math.abs(binMs) < 1e15 ? Long.toString((long) binMs)
                : BigDecimal.valueOf(binMs).stripTrailingZeros().toPlainString();
    }
}
