package org.fullsms.runtime.engines;

import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.analysis.correlation.CorrelationResult;

/**
 * The second-order correlation of one particle's two channels.
 *
 * @param counted the counted pairs, which can be re-binned without counting again; null when the result was read
 *                from a session (sessions keep the evaluated g² only)
 * @param result  g² at the counted bin, its g²(0) and fit
 */
public record ParticleCorrelation(Correlogram counted, CorrelationResult result) {
}
