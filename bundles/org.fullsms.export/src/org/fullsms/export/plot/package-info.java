/**
 * A small headless plot renderer for exported pictures: a {@link org.fullsms.export.plot.Figure} of stacked
 * {@link org.fullsms.export.plot.Panel}s sharing one x axis, each with line, step and point series, shaded
 * horizontal bands, vertical markers, an image with its colour bar ({@link org.fullsms.export.plot.HeatMap}),
 * ticked axes with units and a legend, drawn by one layout onto Java2D
 * (PNG through {@code javax.imageio}) or written directly as SVG text or as a PDF page (vectors, standard fonts).
 * No display, no UI toolkit and no PDF library needed.
 */
package org.fullsms.export.plot;
