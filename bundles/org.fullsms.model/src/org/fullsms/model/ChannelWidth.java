package org.fullsms.model;

/**
 * The TCSPC channel width (ns) of a particle and how it was obtained. Full SMS files do not store it.
 *
 * @param ns         the width in ns
 * @param source     where it comes from
 * @param candidates for {@link Source#INFERRED}: how many candidate values above 10<sup>-4</sup> ns the rule
 *                   found (more than one makes the original log "Channel width might be wrong"); 0 otherwise
 * @param note       one line saying how it was obtained
 */
public record ChannelWidth(double ns, Source source, int candidates, String note) {

    /** The width the original falls back to when it cannot infer one: 25 ns / 2048 channels. */
    public static final double DEFAULT_NS = 0.01220703125;

    /** Where a width comes from. */
    public enum Source {
        /** Inferred from the micro times with the original's rule. */
        INFERRED,
        /** Could not be inferred (no photons or no candidate): {@link #DEFAULT_NS}, with a warning. */
        FALLBACK,
        /** Set by the user (per file or per particle). */
        OVERRIDE,
        /** Known from how the data were made (simulator, converter option). */
        DECLARED
    }

    public ChannelWidth {
        if (!(ns > 0) || Double.isInfinite(ns)) {
            throw new IllegalArgumentException("channel width must be positive and finite: " + ns);
        }
        if (source == null || note == null) {
            throw new IllegalArgumentException("source and note are required");
        }
    }

    /** A user override. */
    public static ChannelWidth override(double ns) {
        return new ChannelWidth(ns, Source.OVERRIDE, 0, "override: " + ns + " ns set by the user");
    }

    /** A width known from how the data were made. */
    public static ChannelWidth declared(double ns) {
        return new ChannelWidth(ns, Source.DECLARED, 0, "declared: " + ns + " ns");
    }

    /** True when the value is the fallback and the user should be warned. */
    public boolean isFallback() {
        return source == Source.FALLBACK;
    }
}
