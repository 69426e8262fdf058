package org.fullsms.export.plot;

import java.awt.Color;

/** The drawing operations the layout uses, in pixel coordinates (origin top left); PNG, SVG and PDF implement it. */
interface Canvas {

    /** Horizontal text anchor. */
    enum Anchor {
        START, MIDDLE, END
    }

    void line(double x1, double y1, double x2, double y2, Color color, float width, boolean dashed);

    void polyline(double[] xs, double[] ys, int n, Color color, float width);

    void fillRect(double x, double y, double w, double h, Color color);

    void strokeRect(double x, double y, double w, double h, Color color, float width);

    void circle(double cx, double cy, double r, Color fill, Color stroke);

    /**
     * An image stretched over the rectangle, each cell a sharp block (no smoothing between cells).
     *
     * @param rgb 0xRRGGBB per cell, row-major from the top row down
     */
    void image(double x, double y, double w, double h, int[] rgb, int cols, int rows);

    /** Text with its baseline at y; {@code vertical} rotates it 90° counter-clockwise about (x, y). */
    void text(String s, double x, double y, Anchor anchor, float size, boolean bold, boolean vertical);

    double textWidth(String s, float size);

    void clip(double x, double y, double w, double h);

    void unclip();
}
