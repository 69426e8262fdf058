package org.fullsms.analysis.filter;

import java.util.Objects;

/**
 * One level, group level or group as the Filtering view plots it and its exports list it: where it is, its
 * features, what the filters say of it and its normalised intensity.
 *
 * @param particle   "Particle N" or "Particle N_2"
 * @param kind       level, group level or group
 * @param index      0-based index among the particle's levels, group levels or groups
 * @param startS     start (s, the particle's time); NaN for a group (a group has no single span)
 * @param endS       end (s); NaN for a group
 * @param features   its measured features
 * @param verdict    what the filters say of it
 * @param normalised its normalised intensity, or null when no normalisation covers it
 */
public record FilterPoint(String particle, LevelKind kind, int index, double startS, double endS,
        LevelFeatures features, Verdict verdict, NormalisedLevel normalised) {

    public FilterPoint {
        Objects.requireNonNull(particle, "particle");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * The value plotted for a feature: the normalised intensity where a normalisation covers the level (so that
     * the τ–I plot shows the levels moved onto the line), else the measured value.
     */
    public double value(Feature feature) {
        return feature == Feature.INTENSITY && normalised != null ? normalised.intensityCps()
                : features.value(feature);
    }

    public boolean passes() {
        return verdict.passes();
    }

    /** "Particle 3, level 7" (1-based, as the views and files number them). */
    public String label() {
        String what = switch (kind) {
            case LEVEL -> "level";
            case GROUP_LEVEL -> "group level";
            case GROUP -> "group";
        };
        return particle + ", " + what + " " + (index + 1);
    }
}
