/**
 * Filtering of fitted levels and groups and the intensity–lifetime normalisation of the original's Filtering tab
 * (REFERENCE §7): the {@link org.fullsms.analysis.filter.Feature features} of a level
 * ({@link org.fullsms.analysis.filter.LevelFeatures}), the filters with their defaults
 * ({@link org.fullsms.analysis.filter.FilterSettings}) and what they say of a level
 * ({@link org.fullsms.analysis.filter.Verdict}), the least-squares line τ ~ I
 * ({@link org.fullsms.analysis.filter.TauIntensityRegression}) and the intensities it gives
 * ({@link org.fullsms.analysis.filter.Normalisation}). Plain values, no I/O: the workbench's Filtering view, the
 * session files and the exports share them.
 */
package org.fullsms.analysis.filter;
