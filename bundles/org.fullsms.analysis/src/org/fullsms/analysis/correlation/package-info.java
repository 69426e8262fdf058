/**
 * Second-order photon correlation (antibunching): cross-correlation of the two TCSPC channels of a particle
 * on absolute + micro times, a re-binnable {@link org.fullsms.analysis.correlation.Correlogram}, g²(τ)
 * normalised to the uncorrelated level, g²(0) with its Poisson error, optional background correction, and a
 * fit of the antibunching dip (continuous wave) or of the pulse-train peaks (pulsed excitation).
 * <p>
 * Entry point: {@link org.fullsms.analysis.correlation.CorrelationAnalysis}. Bin and formula conventions are
 * documented in {@code docs/correlation.md}.
 */
package org.fullsms.analysis.correlation;
