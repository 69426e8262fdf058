package org.fullsms.export.plot;

import java.util.Locale;

/**
 * The printed size of an exported figure: width and height in millimetres, resolution and the size of its tick
 * labels in points (titles and axis labels are drawn in proportion). The default is a one-column journal figure:
 * 85 × 60 mm at 300 dpi with 8 pt labels. A PNG is the size in pixels at the resolution (and records it); an SVG
 * states the size in millimetres and scales; a PDF page is the size in points, drawn in vectors (no resolution).
 *
 * @param widthMm  20–1000 mm
 * @param heightMm 15–1000 mm
 * @param dpi      50–2400 dots per inch
 * @param fontPt   tick labels, 4–48 pt
 */
public record FigureSize(double widthMm, double heightMm, int dpi, double fontPt) {

    /** A one-column journal figure. */
    public static final FigureSize JOURNAL_COLUMN = new FigureSize(85, 60, 300, 8);

    /** The renderer's layout is drawn with tick labels of this many layout units. */
    static final double LAYOUT_FONT = 11;
    private static final double MM_PER_INCH = 25.4;
    private static final double POINTS_PER_INCH = 72;

    public FigureSize {
        check("width", widthMm, 20, 1000, "mm");
        check("height", heightMm, 15, 1000, "mm");
        check("resolution", dpi, 50, 2400, "dpi");
        check("font size", fontPt, 4, 48, "pt");
        if ((long) Math.round(widthMm / MM_PER_INCH * dpi) * Math.round(heightMm / MM_PER_INCH * dpi) > 100_000_000L) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a figure of %.0f × %.0f mm at %d dpi would "
                    + "have more than 100 million pixels", widthMm, heightMm, dpi));
        }
    }

    private static void check(String what, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("figure " + what + " must be " + (int) min + "–" + (int) max + " " + unit
                    + ", got " + value);
        }
    }

    public int widthPx() {
        return (int) Math.round(widthMm / MM_PER_INCH * dpi);
    }

    public int heightPx() {
        return (int) Math.round(heightMm / MM_PER_INCH * dpi);
    }

    /** The width in points (1/72 inch), a PDF page's. */
    double widthPt() {
        return widthMm / MM_PER_INCH * POINTS_PER_INCH;
    }

    double heightPt() {
        return heightMm / MM_PER_INCH * POINTS_PER_INCH;
    }

    /** Points per layout unit: the tick labels come out at {@link #fontPt()}, whatever the resolution. */
    double pointsPerUnit() {
        return fontPt / LAYOUT_FONT;
    }

    /** Pixels per layout unit: the tick labels come out at {@link #fontPt()} on paper. */
    double scale() {
        return fontPt / POINTS_PER_INCH * dpi / LAYOUT_FONT;
    }
}
