package org.fullsms.session;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.runtime.state.LifetimeSetup;

/**
 * Everything a session file holds, as captured from a workbench ({@link SessionCapture}) or built by a caller,
 * ready for {@link SessionWriter}. Immutable.
 *
 * @param dataFile       the HDF5 file analysed (it must exist when the snapshot is written)
 * @param particles      every particle channel, in navigator order
 * @param globalGrouping the dataset-wide grouping, or null
 * @param lifetime       how lifetimes are fitted, or null when not known
 * @param settings       application settings in effect (opaque strings, dotted keys)
 * @param uiState        the workbench's state (opaque strings: open editors, current particle, …)
 * @param channelLayout  how an instrument file's channels were made particles ("each", "A", "A,B"), or null
 * @param filtering      the level filters and intensity normalisation
 */
public record SessionSnapshot(Path dataFile, List<ParticleState> particles, GlobalGroupingState globalGrouping,
        LifetimeSetup lifetime, Map<String, String> settings, Map<String, String> uiState, String channelLayout,
        LevelFiltering filtering) {

    /** A snapshot without level filters. */
    public SessionSnapshot(Path dataFile, List<ParticleState> particles, GlobalGroupingState globalGrouping,
            LifetimeSetup lifetime, Map<String, String> settings, Map<String, String> uiState, String channelLayout) {
        this(dataFile, particles, globalGrouping, lifetime, settings, uiState, channelLayout, LevelFiltering.NONE);
    }

    /** A snapshot of a Full SMS file (particle groups, no channel layout). */
    public SessionSnapshot(Path dataFile, List<ParticleState> particles, GlobalGroupingState globalGrouping,
            LifetimeSetup lifetime, Map<String, String> settings, Map<String, String> uiState) {
        this(dataFile, particles, globalGrouping, lifetime, settings, uiState, null);
    }

    public SessionSnapshot {
        Objects.requireNonNull(dataFile, "dataFile");
        particles = List.copyOf(particles);
        filtering = filtering == null ? LevelFiltering.NONE : filtering;
        settings = ordered(settings);
        uiState = ordered(uiState);
    }

    static Map<String, String> ordered(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
