package org.fullsms.spi.analysis;

import java.util.List;
import java.util.Optional;

import org.fullsms.model.Particle;

/**
 * What an extension sees of one particle and its analysis so far: read-only, a snapshot taken when the analysis or
 * export starts.
 *
 * @since 1.0
 */
public interface ParticleData {

    /** The particle's name as shown to users, e.g. "Particle 3". */
    String name();

    /** The particle with its photons ({@link Particle#photons()} reads them on first use), spectra and scan. */
    Particle particle();

    /** The region of interest the user chose; empty for the whole trace. */
    Optional<TimeRange> roi();

    /** The intensity bin size in use, ms. */
    double binSizeMs();

    /** The levels found by change point analysis, in time order; empty when the particle is not resolved. */
    List<LevelSpan> levels();

    /**
     * The result another analysis (built in or extension) stored for this particle, when it has one of this type:
     * an extension reads the results of the analyses it builds on, e.g. {@code result("org.example.bursts",
     * BurstResult.class)}.
     */
    <R> Optional<R> result(String engineId, Class<R> type);
}
