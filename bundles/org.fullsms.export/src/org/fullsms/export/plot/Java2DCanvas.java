package org.fullsms.export.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Draws on a Java2D graphics (a BufferedImage's), antialiased. */
final class Java2DCanvas implements Canvas {

    private static final float[] DASH = {6f, 4f};

    private final Graphics2D g;

    Java2DCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, float width, boolean dashed) {
        g.setColor(color);
        g.setStroke(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, DASH, 0)
                : new BasicStroke(width));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Color color, float width) {
        if (n < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        g.setColor(color);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color color) {
        g.setColor(color);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color color, float width) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke) {
        Ellipse2D.Double e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        if (fill != null) {
            g.setColor(fill);
            g.fill(e);
        }
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(e);
        }
    }

    @Override
    public void image(double x, double y, double w, double h, int[] rgb, int cols, int rows) {
        BufferedImage cells = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
        cells.setRGB(0, 0, cols, rows, rgb, 0, cols);
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(cells, new AffineTransform(w / cols, 0, 0, h / rows, x, y), null);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }

    @Override
    public void text(String s, double x, double y, Anchor anchor, float size, boolean bold, boolean vertical) {
        g.setFont(font(size, bold));
        g.setColor(Color.BLACK);
        double w = g.getFontMetrics().stringWidth(s);
        double shift = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
        if (!vertical) {
            g.drawString(s, (float) (x + shift), (float) y);
            return;
        }
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        g.drawString(s, (float) shift, 0f);
        g.setTransform(saved);
    }

    @Override
    public double textWidth(String s, float size) {
        return g.getFontMetrics(font(size, false)).stringWidth(s);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.setClip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        g.setClip(null);
    }

    private static Font font(float size, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
    }
}
