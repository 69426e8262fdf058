package org.fullsms.export.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;

import javax.imageio.ImageIO;

/** Writes SVG 1.1 elements as text; text widths are estimated (the viewer lays the text out itself). */
final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder(16 * 1024);
    private int clips;
    private boolean clipped;

    /** A picture of the printed size in millimetres, drawn in {@code width × height} layout units. */
    SvgCanvas(double widthMm, double heightMm, double width, double height) {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" width=\"").append(n(widthMm))
                .append("mm\" height=\"").append(n(heightMm)).append("mm\" viewBox=\"0 0 ").append(n(width))
                .append(' ').append(n(height)).append("\" font-family=\"sans-serif\">\n");
    }

    String finish() {
        if (clipped) {
            svg.append("</g>\n");
            clipped = false;
        }
        return svg.append("</svg>\n").toString();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, float width, boolean dashed) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(stroke(color, width));
        if (dashed) {
            svg.append(" stroke-dasharray=\"6,4\"");
        }
        svg.append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Color color, float width) {
        if (n < 2) {
            return;
        }
        svg.append("<polyline fill=\"none\" stroke-linejoin=\"round\"").append(stroke(color, width))
                .append(" points=\"");
        for (int i = 0; i < n; i++) {
            svg.append(n(xs[i])).append(',').append(n(ys[i])).append(i + 1 < n ? " " : "");
        }
        svg.append("\"/>\n");
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color color) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"').append(fill(color)).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color color, float width) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"none\"").append(stroke(color, width))
                .append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke) {
        svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append('"').append(fill == null ? " fill=\"none\"" : fill(fill));
        if (stroke != null) {
            svg.append(stroke(stroke, 1.5f));
        }
        svg.append("/>\n");
    }

    /** An embedded PNG: viewers draw its pixels as blocks when told not to smooth them. */
    @Override
    public void image(double x, double y, double w, double h, int[] rgb, int cols, int rows) {
        BufferedImage cells = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
        cells.setRGB(0, 0, cols, rows, rgb, 0, cols);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(cells, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("an image could not be encoded as PNG", e); // in memory: not expected
        }
        svg.append("<image x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" preserveAspectRatio=\"none\"")
                .append(" style=\"image-rendering:optimizeSpeed;image-rendering:pixelated\"")
                .append(" xlink:href=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png.toByteArray())).append("\"/>\n");
    }

    @Override
    public void text(String s, double x, double y, Anchor anchor, float size, boolean bold, boolean vertical) {
        String a = switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
                .append(n(size)).append("\" text-anchor=\"").append(a).append('"');
        if (bold) {
            svg.append(" font-weight=\"bold\"");
        }
        if (vertical) {
            svg.append(" transform=\"rotate(-90 ").append(n(x)).append(' ').append(n(y)).append(")\"");
        }
        svg.append('>').append(escape(s)).append("</text>\n");
    }

    @Override
    public double textWidth(String s, float size) {
        return 0.56 * size * s.length();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        unclip();
        String id = "clip" + (++clips);
        svg.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\"/></clipPath>\n");
        svg.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        clipped = true;
    }

    @Override
    public void unclip() {
        if (clipped) {
            svg.append("</g>\n");
            clipped = false;
        }
    }

    private static String stroke(Color c, float width) {
        String s = " stroke=\"" + hex(c) + "\" stroke-width=\"" + n(width) + "\"";
        return c.getAlpha() < 255 ? s + " stroke-opacity=\"" + n(c.getAlpha() / 255.0) + "\"" : s;
    }

    private static String fill(Color c) {
        String s = " fill=\"" + hex(c) + "\"";
        return c.getAlpha() < 255 ? s + " fill-opacity=\"" + n(c.getAlpha() / 255.0) + "\"" : s;
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
