package org.fullsms.analysis.filter;

import java.util.Objects;

/**
 * A dataset's filtering state, as sessions save it and exports apply it: the filter settings and the applied
 * normalisation, if any.
 *
 * @param settings      the filters
 * @param normalisation the applied intensity normalisation, or null
 */
public record LevelFiltering(FilterSettings settings, Normalisation normalisation) {

    /** The original's defaults: every filter off, no normalisation. */
    public static final LevelFiltering NONE = new LevelFiltering(FilterSettings.DEFAULTS, null);

    public LevelFiltering {
        Objects.requireNonNull(settings, "settings");
    }

    public LevelFiltering withSettings(FilterSettings value) {
        return new LevelFiltering(value, normalisation);
    }

    public LevelFiltering withNormalisation(Normalisation value) {
        return new LevelFiltering(settings, value);
    }

    /** Whether it differs from {@link #NONE}: something for a session to store or an export to show. */
    public boolean isSet() {
        return !settings.equals(FilterSettings.DEFAULTS) || normalisation != null;
    }
}
