package org.fullsms.export.plot;

import java.awt.Color;

/**
 * One data series. Arrays are not copied.
 *
 * @param label  legend text, or {@code null} to leave it out of the legend
 * @param x      x values (for {@link Style#STEPS}: n + 1 bin edges)
 * @param y      y values (n)
 * @param style  how it is drawn
 * @param color  its colour
 * @param width  line width in pixels (point radius for points)
 */
public record Series(String label, double[] x, double[] y, Style style, Color color, float width) {

    /** How a series is drawn. */
    public enum Style {
        /** Straight segments between consecutive points. */
        LINE,
        /** A histogram outline: y[i] between edges x[i] and x[i + 1]. */
        STEPS,
        /** Filled dots. */
        POINTS,
        /** Segments and filled dots. */
        LINE_POINTS,
        /** Open circles (to mark a chosen point). */
        RINGS
    }

    public Series {
        int expected = style == Style.STEPS ? y.length + 1 : y.length;
        if (x.length != expected && !(style == Style.STEPS && y.length == 0 && x.length == 0)) {
            throw new IllegalArgumentException("series '" + label + "': " + x.length + " x values for " + y.length
                    + " y values (" + style + ")");
        }
    }

    public int size() {
        return y.length;
    }
}
