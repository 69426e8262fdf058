/**
 * Exports of analysed particles with the original Full SMS file and column names (REFERENCE §9,
 * docs/exports.md): binned traces, levels, grouped and globally grouped levels, group info, grouping results,
 * fitting results, decay histograms, correlation, spectra and raster scan matrices as CSV; the level and group
 * tables as Parquet (when the optional bundle {@code org.fullsms.export.parquet} is installed; else listed as
 * skipped); plots as PNG, SVG and PDF. {@link org.fullsms.export.ParticleExporter} writes every requested
 * {@link org.fullsms.export.ExportKind} of a list of {@link org.fullsms.export.ParticleExport}s into a folder,
 * each file atomically.
 */
package org.fullsms.export;
