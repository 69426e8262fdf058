package org.fullsms.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fullsms.runtime.state.AnalysisSession;

/**
 * Saves an analysis as a file it can be reopened from (a session, {@code .smsa}). The runtime only defines it:
 * the session bundle, which depends on the runtime, provides it as an OSGi service, so the command line can save
 * sessions without a dependency cycle.
 */
public interface AnalysisArchive {

    /**
     * Saves the analysis of a dataset opened from a file, atomically; the data file is only read.
     *
     * @param session  the analysis (its dataset must come from a file: the session points to it)
     * @param lifetime how its lifetimes were fitted (channel grid, IRF, model, settings), or null when not fitted
     * @param settings the settings the analysis was made with (opaque strings, dotted keys), or null
     * @param target   the session file to write
     * @throws IOException              when the file cannot be written or the data file read
     * @throws IllegalArgumentException when the dataset was made in memory
     */
    void save(AnalysisSession session, LifetimeFits.Request lifetime, Map<String, String> settings, Path target)
            throws IOException;

    /** The archive installed as an OSGi service, if any. */
    static Optional<AnalysisArchive> installed() {
        List<AnalysisArchive> all = Services.all(AnalysisArchive.class);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }
}
