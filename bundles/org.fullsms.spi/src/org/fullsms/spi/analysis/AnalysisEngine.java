package org.fullsms.spi.analysis;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A per-particle analysis contributed by an extension. Register an implementation as an OSGi service (a DS
 * component providing {@code AnalysisEngine}); the workbench lists it under Analysis &gt; Extension Analyses
 * with a settings form made from its parameter record, the command line runs it with
 * {@code fullsms analyze --analysis ID[:name=value,...]}, results are stored per particle under {@link #id()} and
 * {@link #version()}, saved in sessions through {@link #resultCodec()} and shown in the JSON of {@code analyze}.
 * <p>
 * {@link #analyse} is called from worker threads, for many particles at once: keep it free of shared mutable state.
 *
 * @param <P> the parameter record, its components described by {@link org.fullsms.spi.params.Parameter}
 * @param <R> the result type
 * @since 1.0
 */
public interface AnalysisEngine<P extends Record, R> {

    /** Unique, stable id, e.g. {@code org.example.fullsms.burstrate}. Never renamed: sessions refer to it. */
    String id();

    /** The engine's version, stored with each result; change it when results would differ. */
    String version();

    /** Name shown to users, e.g. "Burst rate". */
    String label();

    /** One sentence on what the analysis computes (help texts, tooltips). */
    default String description() {
        return "";
    }

    /** The parameter record's class. */
    Class<P> parameterType();

    /** The parameters a first run uses. */
    P defaultParameters();

    /**
     * Analyses one particle.
     *
     * @param particle   the particle and its analysis so far
     * @param parameters the validated parameters
     * @param monitor    report progress and stop early when {@link IProgressMonitor#isCanceled()}; never null
     * @return the result, never null
     * @throws AnalysisException when this particle cannot be analysed (others still are)
     */
    R analyse(ParticleData particle, P parameters, IProgressMonitor monitor) throws AnalysisException;

    /** How results are written to sessions and JSON and read back. */
    ResultCodec<R> resultCodec();

    /** The result type, so a stored result can be handed back typed. */
    Class<R> resultType();

    /** A short summary of a result for tables and tooltips, e.g. "12 bursts, 3.4 /s". */
    default String summary(R result) {
        return String.valueOf(result);
    }
}
