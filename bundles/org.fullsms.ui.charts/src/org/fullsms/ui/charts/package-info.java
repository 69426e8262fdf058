/**
 * Charts for Full SMS on the SWTChart core bundle: {@link org.fullsms.ui.charts.PlotCanvas} (zoom, pan, log
 * axis safe for zero counts, overlays, draggable lines), {@link org.fullsms.ui.charts.StackedPlots} (linked x
 * axes), {@link org.fullsms.ui.charts.PlotExport} (PNG). Series data wraps primitive arrays
 * ({@link org.fullsms.ui.charts.SeriesData}) and reaches the chart only after min/max decimation per pixel
 * column ({@link org.fullsms.ui.charts.MinMaxDecimator}, plain Java) in a background job.
 */
package org.fullsms.ui.charts;
