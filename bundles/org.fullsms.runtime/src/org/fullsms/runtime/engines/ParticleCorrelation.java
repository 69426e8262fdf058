package org.fullsms.runtime.engines;

import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.analysis.correlation.CorrelationResult;

/**
 * The second-order correlation of one particle's two channels.
 *
 * @param counted the counted pairs, which can be re-binned without counting again; null when read from a session
 *                of an earlier version, which kept the evaluated g² only
 * @param result  g² at the counted bin, its g²(0) and fit
 */
public record ParticleCorrelation(Correlogram counted, CorrelationResult result) {
}
