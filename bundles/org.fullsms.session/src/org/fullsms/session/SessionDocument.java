package org.fullsms.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.runtime.state.LifetimeSetup;

/**
 * A session file as read: its header and its content, already migrated to {@link SessionReader#CURRENT_VERSION}.
 * Immutable; nothing in it refers to an open dataset until {@link SessionApplier} restores it.
 *
 * @param schemaVersion  the schema version of the content (always the current one after reading)
 * @param migratedFrom   the version stored in the file (older than {@code schemaVersion} when it was migrated)
 * @param writtenBy      the program that wrote the file
 * @param savedAt        when (ISO-8601 instant, UTC)
 * @param dataFile       the HDF5 file the analysis belongs to
 * @param engines        engines whose results the file holds
 * @param particles      every particle channel saved
 * @param globalGrouping the dataset-wide grouping, or null
 * @param lifetime       how lifetimes were fitted, or null
 * @param settings       application settings (opaque strings)
 * @param uiState        workbench state (opaque strings)
 * @param warnings       what reading noticed (migration from an older schema, critical-value tables not found)
 * @param filtering      the level filters and intensity normalisation ({@link LevelFiltering#NONE} when the file has
 *                       none)
 */
public record SessionDocument(int schemaVersion, int migratedFrom, String writtenBy, String savedAt,
        DataFileRef dataFile, List<EngineRef> engines, List<ParticleState> particles,
        GlobalGroupingState globalGrouping, LifetimeSetup lifetime, Map<String, String> settings,
        Map<String, String> uiState, List<String> warnings, LevelFiltering filtering) {

    public SessionDocument {
        filtering = filtering == null ? LevelFiltering.NONE : filtering;
        warnings = List.copyOf(warnings);
        engines = List.copyOf(engines);
        particles = List.copyOf(particles);
        settings = SessionSnapshot.ordered(settings);
        uiState = SessionSnapshot.ordered(uiState);
    }

    /** The saved state of the particle with that name. */
    public Optional<ParticleState> particle(String name) {
        return particles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The same content as a snapshot of {@code data}, e.g. to save the session again (in the current schema). */
    public SessionSnapshot toSnapshot(Path data) {
        return new SessionSnapshot(data, particles, globalGrouping, lifetime, settings, uiState, dataFile.channels(),
                filtering);
    }
}
