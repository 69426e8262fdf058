package org.fullsms.export.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fullsms.export.plot.PdfText.Run;

/**
 * Writes the drawing as a PDF page's content stream: vector paths and text in the standard fonts, on a page of the
 * printed size. Layout units are scaled onto points and the y axis is flipped here (PDF's origin is bottom left), so
 * text is never mirrored. Colours with alpha are blended onto the white page: the figure has no transparency, which
 * print checks such as PDF/X-1a's refuse.
 */
final class PdfCanvas implements Canvas {

    /** Control points of a quarter circle as one cubic Bézier: 4/3 (√2 − 1). */
    private static final double KAPPA = 0.5522847498307936;
    private static final double[] DASH = {6, 4};

    private final StringBuilder content = new StringBuilder(32 * 1024);
    private final Set<PdfFont> fonts = EnumSet.noneOf(PdfFont.class);
    private final List<PdfDocument.Image> images = new ArrayList<>();
    private final double pageHeight;
    private final double unit;
    private boolean clipped;
    // The graphics state last set (at first PDF's initial one: black, 1 pt, solid, mitred joins), so repeated
    // settings are not written again; Q restores the one saved by q.
    private String strokeColor = "0 0 0 RG";
    private String fillColor = "0 0 0 rg";
    private double lineWidth = 1;
    private boolean dashed;
    private boolean roundJoin;
    private State saved;

    /** The graphics state at {@code q}. */
    private record State(String strokeColor, String fillColor, double lineWidth, boolean dashed, boolean roundJoin) {
    }

    /**
     * @param pageHeight the page's height in points
     * @param unit       points per layout unit
     */
    PdfCanvas(double pageHeight, double unit) {
        this.pageHeight = pageHeight;
        this.unit = unit;
    }

    /** The content stream drawn so far. */
    String content() {
        unclip();
        return content.toString();
    }

    /** The fonts the text used, for the page's resources. */
    Set<PdfFont> fonts() {
        return EnumSet.copyOf(fonts);
    }

    /** The images drawn, for the page's resources. */
    List<PdfDocument.Image> images() {
        return List.copyOf(images);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, float width, boolean dash) {
        stroke(color, width, dash, false);
        point(x1, y1).append(" m ");
        point(x2, y2).append(" l S\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Color color, float width) {
        if (n < 2) {
            return;
        }
        stroke(color, width, false, true);
        // A value that is not a number breaks the line (a gap, as on screen), never a jump to the page's corner.
        boolean drawing = false;
        for (int i = 0; i < n; i++) {
            boolean finite = Double.isFinite(xs[i]) && Double.isFinite(ys[i]);
            if (finite) {
                point(xs[i], ys[i]).append(drawing ? " l\n" : " m\n");
            }
            drawing = finite;
        }
        content.append("S\n");
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color color) {
        fill(color);
        rect(x, y, w, h).append(" f\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color color, float width) {
        stroke(color, width, false, false);
        rect(x, y, w, h).append(" S\n");
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke) {
        if (fill == null && stroke == null) {
            return;
        }
        if (fill != null) {
            fill(fill);
        }
        if (stroke != null) {
            stroke(stroke, 1.5f, false, false);
        }
        double k = KAPPA * r;
        point(cx + r, cy).append(" m\n");
        curve(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        curve(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        curve(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        curve(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.append(fill == null ? "s\n" : stroke == null ? "f\n" : "b\n");
    }

    /** An image XObject painted into the rectangle: PDF maps an image onto the unit square, {@code cm} places it. */
    @Override
    public void image(double x, double y, double w, double h, int[] rgb, int cols, int rows) {
        PdfDocument.Image image = PdfDocument.Image.of("Im" + (images.size() + 1), rgb, cols, rows);
        images.add(image);
        content.append("q ");
        PdfDocument.number(content, w * unit);
        content.append(" 0 0 ");
        PdfDocument.number(content, h * unit);
        content.append(' ');
        point(x, y + h).append(" cm /").append(image.resource()).append(" Do Q\n");
    }

    @Override
    public void text(String s, double x, double y, Anchor anchor, float size, boolean bold, boolean vertical) {
        if (s.isEmpty()) {
            return;
        }
        double w = PdfText.width(s, bold) * size / 1000.0;
        double shift = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
        fill(Color.BLACK);
        content.append("BT\n");
        // Rotated 90° counter-clockwise about (x, y): the run starts below the anchor and reads upwards.
        content.append(vertical ? "0 1 -1 0 " : "1 0 0 1 ");
        if (vertical) {
            point(x, y - shift);
        } else {
            point(x + shift, y);
        }
        content.append(" Tm\n");
        for (Run r : PdfText.runs(s, bold)) {
            fonts.add(r.font());
            content.append('/').append(r.font().resource()).append(' ');
            PdfDocument.number(content, size * unit);
            content.append(" Tf ");
            PdfDocument.string(content, r.codes());
            content.append(" Tj\n");
        }
        content.append("ET\n");
    }

    @Override
    public double textWidth(String s, float size) {
        return PdfText.width(s, false) * size / 1000.0;
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        unclip();
        content.append("q ");
        rect(x, y, w, h).append(" W n\n");
        saved = new State(strokeColor, fillColor, lineWidth, dashed, roundJoin);
        clipped = true;
    }

    @Override
    public void unclip() {
        if (clipped) {
            content.append("Q\n");
            clipped = false;
            strokeColor = saved.strokeColor();
            fillColor = saved.fillColor();
            lineWidth = saved.lineWidth();
            dashed = saved.dashed();
            roundJoin = saved.roundJoin();
        }
    }

    private void stroke(Color color, float width, boolean dash, boolean round) {
        String c = color(color, "RG");
        if (!c.equals(strokeColor)) {
            content.append(c).append('\n');
            strokeColor = c;
        }
        double lw = width * unit;
        if (lw != lineWidth) {
            PdfDocument.number(content, lw);
            content.append(" w\n");
            lineWidth = lw;
        }
        if (dash != dashed) {
            if (dash) {
                content.append('[');
                PdfDocument.number(content, DASH[0] * unit);
                content.append(' ');
                PdfDocument.number(content, DASH[1] * unit);
                content.append("] 0 d\n");
            } else {
                content.append("[] 0 d\n");
            }
            dashed = dash;
        }
        if (round != roundJoin) {
            content.append(round ? "1 j\n" : "0 j\n");
            roundJoin = round;
        }
    }

    private void fill(Color color) {
        String c = color(color, "rg");
        if (!c.equals(fillColor)) {
            content.append(c).append('\n');
            fillColor = c;
        }
    }

    /** The colour operator, translucent colours blended onto white. */
    private static String color(Color c, String operator) {
        double alpha = c.getAlpha() / 255.0;
        StringBuilder b = new StringBuilder(24);
        for (int v : new int[] {c.getRed(), c.getGreen(), c.getBlue()}) {
            double blended = (v * alpha + 255 * (1 - alpha)) / 255;
            PdfDocument.number(b, blended, 3);
            b.append(' ');
        }
        return b.append(operator).toString();
    }

    private StringBuilder point(double x, double y) {
        PdfDocument.number(content, x * unit);
        content.append(' ');
        PdfDocument.number(content, pageHeight - y * unit);
        return content;
    }

    /** {@code re} takes the lower left corner. */
    private StringBuilder rect(double x, double y, double w, double h) {
        point(x, y + h).append(' ');
        PdfDocument.number(content, w * unit);
        content.append(' ');
        PdfDocument.number(content, h * unit);
        return content.append(" re");
    }

    private void curve(double x1, double y1, double x2, double y2, double x3, double y3) {
        point(x1, y1).append(' ');
        point(x2, y2).append(' ');
        point(x3, y3).append(" c\n");
    }
}
