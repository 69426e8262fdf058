package org.fullsms.runtime.engines;

import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.fullsms.spi.analysis.AnalysisEngine;

/**
 * A built-in analysis: an {@link AnalysisEngine} whose result has a place of its own in the particle's analysis state
 * (levels, grouping, fits, correlation) instead of the extension results, and whose failure is recorded as a
 * {@link Stage}. Its parameter record is the engine's own and is edited by the workbench's dedicated settings, not
 * by a generated form.
 *
 * @param <P> the parameter record
 * @param <R> the result type
 */
public interface BuiltInEngine<P extends Record, R> extends AnalysisEngine<P, R> {

    /** The stage whose failure a failed run records. */
    Stage stage();

    /** Stores a result in the particle's analysis state (results that depend on the old one are cleared). */
    void store(ParticleAnalysis target, R result);
}
