/**
 * The Full SMS extension API, version 1.0. Third parties extend Full SMS through OSGi services (DS components):
 * <ul>
 * <li>{@link org.fullsms.spi.PhotonImporter}: a file format (this package);</li>
 * <li>{@link org.fullsms.spi.analysis.AnalysisEngine}: a per-particle analysis, with parameters described by
 * {@link org.fullsms.spi.params.Parameter};</li>
 * <li>{@link org.fullsms.spi.export.Exporter}: files written from exported particles;</li>
 * <li>a particle-editor tab ({@code org.fullsms.spi.ui.ParticleTab} in bundle {@code org.fullsms.spi.ui}).</li>
 * </ul>
 * The packages are versioned (semantic versioning): import them with a range such as {@code [1.0,2)}. See
 * {@code docs/extending.md}.
 *
 * @since 1.0
 */
package org.fullsms.spi;
