/**
 * Per-particle analyses from extensions: {@link org.fullsms.spi.analysis.AnalysisEngine}, the read-only
 * {@link org.fullsms.spi.analysis.ParticleData} it analyses, and the {@link org.fullsms.spi.analysis.ResultCodec}
 * that stores its results in sessions.
 *
 * @since 1.0
 */
package org.fullsms.spi.analysis;
