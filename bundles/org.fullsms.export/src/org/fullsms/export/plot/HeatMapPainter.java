package org.fullsms.export.plot;

import java.awt.Color;

import org.fullsms.export.plot.Canvas.Anchor;

/**
 * Draws a {@link HeatMap} panel's image, its markers and its colour bar for {@link FigureRenderer}: the bar right of
 * the panel, as tall as it, with ticked values and the label (with unit) beside it.
 */
final class HeatMapPainter {

    private static final double GAP = 10;
    private static final double BAR = 12;
    private static final int SHADES = 256;
    /** Light green crosshairs, as the original marks particles; the particle shown in cyan. */
    private static final Color MARKER = new Color(144, 238, 144);
    private static final Color HIGHLIGHT = new Color(0, 230, 255);
    private static final Color OUTLINE = new Color(0, 0, 0, 200);

    private HeatMapPainter() {
    }

    /** The width right of the panel the colour bar takes: gap, bar, tick labels and the label. */
    static double width(Canvas c, HeatMap h, int ticks, float tickFont, float labelFont) {
        Axis axis = axis(h, 0, 1);
        double widest = 0;
        for (double t : axis.ticks(ticks)) {
            widest = Math.max(widest, c.textWidth(axis.label(t, ticks), tickFont));
        }
        return GAP + BAR + 4 + widest + 8 + labelFont + 4;
    }

    /** The cells over the rectangle the data's extent covers on the axes. */
    static void image(Canvas c, HeatMap h, Axis x, Axis y) {
        double left = x.toPixel(h.xFrom());
        double right = x.toPixel(h.xTo());
        double top = y.toPixel(h.yTo());
        double bottom = y.toPixel(h.yFrom());
        c.image(left, top, right - left, bottom - top, h.rgbTopDown(), h.cols(), h.rows());
    }

    /** A crosshair per marker with its label in a white box above right, so it reads on any colour. */
    static void markers(Canvas c, HeatMap h, Axis x, Axis y, float font) {
        for (HeatMap.Marker m : h.markers()) {
            double px = x.toPixel(m.x());
            double py = y.toPixel(m.y());
            double arm = m.highlighted() ? 8 : 6;
            Color colour = m.highlighted() ? HIGHLIGHT : MARKER;
            for (int pass = 0; pass < 2; pass++) {
                Color ink = pass == 0 ? OUTLINE : colour;
                float w = pass == 0 ? 3.5f : 1.5f;
                c.line(px - arm, py, px + arm, py, ink, w, false);
                c.line(px, py - arm, px, py + arm, ink, w, false);
            }
            if (!m.label().isEmpty()) {
                double tw = c.textWidth(m.label(), font);
                double bx = px + arm - 1;
                double by = py - arm - font - 1;
                c.fillRect(bx, by, tw + 4, font + 3, new Color(255, 255, 255, 210));
                c.text(m.label(), bx + 2, by + font, Anchor.START, font, m.highlighted(), false);
            }
        }
    }

    /** The colour bar from the panel's bottom ({@code top + height}) to its top, with its ticks and label. */
    static void colourBar(Canvas c, HeatMap h, double panelRight, double top, double height, int ticks,
            float tickFont, float labelFont) {
        double left = panelRight + GAP;
        int[] shades = new int[SHADES];
        for (int i = 0; i < SHADES; i++) {
            shades[i] = ColourMap.rgb(1 - i / (SHADES - 1.0));
        }
        c.image(left, top, BAR, height, shades, 1, SHADES);
        c.strokeRect(left, top, BAR, height, new Color(90, 90, 90), 1f);
        Axis axis = axis(h, top + height, top);
        double widest = 0;
        for (double t : axis.ticks(ticks)) {
            double yy = axis.toPixel(t);
            String label = axis.label(t, ticks);
            c.line(left + BAR, yy, left + BAR + 3, yy, new Color(90, 90, 90), 1f, false);
            c.text(label, left + BAR + 5, yy + 4, Anchor.START, tickFont, false, false);
            widest = Math.max(widest, c.textWidth(label, tickFont));
        }
        double x = left + BAR + 4 + widest + 8 + labelFont - 2;
        float font = (float) Math.max(7, Math.min(labelFont, labelFont * height
                / Math.max(1, c.textWidth(h.colourLabel(), labelFont))));
        c.text(h.colourLabel(), x, top + height / 2, Anchor.MIDDLE, font, false, true);
    }

    private static Axis axis(HeatMap h, double pixelFrom, double pixelTo) {
        double[] range = h.valueRange();
        double lo = range[0];
        double hi = range[1] > range[0] ? range[1] : range[0] + 1;
        return new Axis(lo, hi, false, pixelFrom, pixelTo);
    }
}
