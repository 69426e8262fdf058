package org.fullsms.export.plot;

import java.awt.Color;

/**
 * The one look of Full SMS plots, on screen (the SWT charts adapt these values) and in exported figures, so a
 * figure in a file reads like the chart it came from. Colours are Okabe–Ito, chosen to stay apart for colour-blind
 * readers and to print well; widths are in pixels. Plain RGB values: no toolkit is needed to read them.
 */
public final class PlotStyle {

    /** A colour as 0–255 red, green and blue. */
    public record Rgb(int red, int green, int blue) {

        public Rgb {
            if ((red | green | blue) < 0 || Math.max(red, Math.max(green, blue)) > 255) {
                throw new IllegalArgumentException("colour components must be 0..255");
            }
        }

        /** The colour for Java 2D (exported figures). */
        public Color awt() {
            return new Color(red, green, blue);
        }

        /** The colour for Java 2D, {@code alpha} 0..255 opaque (bands). */
        public Color awt(int alpha) {
            return new Color(red, green, blue, alpha);
        }
    }

    /** binned intensity trace, decay histogram, BIC points, g² histogram */
    public static final Rgb TRACE = new Rgb(0, 114, 178);
    /** resolved levels */
    public static final Rgb LEVEL = new Rgb(213, 94, 0);
    /** second TCSPC channel */
    public static final Rgb SECOND_CHANNEL = new Rgb(0, 158, 115);
    /** fitted curves, the best BIC step */
    public static final Rgb FIT = new Rgb(204, 0, 0);
    /**
     * group levels: black, told apart at a glance from the orange levels and the blue trace (a red beside the
     * orange was not), and from the groups' coloured bands behind them
     */
    public static final Rgb GROUP_LEVEL = new Rgb(0, 0, 0);
    /** instrument response, reference lines (residual zero, g² = 1) */
    public static final Rgb IRF = new Rgb(120, 120, 120);
    /** residuals */
    public static final Rgb RESIDUAL = new Rgb(0, 0, 0);
    /** region of interest */
    public static final Rgb ROI = new Rgb(230, 159, 0);
    /** markers such as the selected BIC step */
    public static final Rgb MARKER = new Rgb(204, 121, 167);
    /** grid lines */
    public static final Rgb GRID = new Rgb(215, 215, 215);

    /** data lines (traces, IRF, residuals) */
    public static final int LINE_WIDTH = 1;
    /** level and group-level steps */
    public static final int STEP_WIDTH = 2;
    /** fitted curves */
    public static final int FIT_WIDTH = 2;
    /** diameter of a point symbol */
    public static final int SYMBOL_SIZE = 6;
    /** diameter of a highlighted point (the best BIC step) */
    public static final int HIGHLIGHT_SIZE = 10;
    /** opacity of shaded bands (group ranges, ROI), 0..255: a quarter */
    public static final int BAND_ALPHA = 64;

    private static final Rgb[] GROUPS = {new Rgb(86, 180, 233), new Rgb(230, 159, 0), new Rgb(0, 158, 115),
            new Rgb(204, 121, 167), new Rgb(240, 228, 66), new Rgb(0, 114, 178), new Rgb(213, 94, 0)};

    private PlotStyle() {
    }

    /** The band colour of group {@code index} (0-based), cycling. */
    public static Rgb group(int index) {
        return GROUPS[Math.floorMod(index, GROUPS.length)];
    }
}
