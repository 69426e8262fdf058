package org.fullsms.export.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.fullsms.export.plot.Canvas.Anchor;
import org.fullsms.export.plot.Series.Style;

/**
 * Lays a {@link Figure} out (title, stacked panels, ticked axes with labels, legend) and draws it as PNG, SVG or PDF.
 * Long line and step series are reduced to first/min/max/last per pixel column, which looks the same and keeps
 * files small. Stateless and thread-safe.
 */
public final class FigureRenderer {

    /** Tick labels; axis labels and the title are drawn in proportion (as matplotlib's defaults). */
    static final float TICK_FONT = 11f;
    private static final float LABEL_FONT = 12f;
    private static final float TITLE_FONT = 13f;
    private static final double RIGHT = 14;
    private static final double BOTTOM = 46;
    private static final double GAP = 12;
    private static final Color GRID = PlotStyle.GRID.awt();
    private static final Color FRAME = new Color(90, 90, 90);

    private FigureRenderer() {
    }

    /** The figure as a PNG of the size's pixels, with its resolution recorded. */
    public static byte[] png(Figure figure, FigureSize size) throws IOException {
        int width = size.widthPx();
        int height = size.heightPx();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(size.scale(), size.scale());
            draw(figure, new Java2DCanvas(g), width / size.scale(), height / size.scale());
        } finally {
            g.dispose();
        }
        return PngResolution.write(image, size.dpi());
    }

    /** The figure as an SVG whose size is stated in millimetres. */
    public static byte[] svg(Figure figure, FigureSize size) {
        double width = size.widthPx() / size.scale();
        double height = size.heightPx() / size.scale();
        SvgCanvas canvas = new SvgCanvas(size.widthMm(), size.heightMm(), width, height);
        draw(figure, canvas, width, height);
        return canvas.finish().getBytes(StandardCharsets.UTF_8);
    }

    /** The figure as a one-page vector PDF of the printed size, its text in the standard PDF fonts. */
    public static byte[] pdf(Figure figure, FigureSize size) {
        double unit = size.pointsPerUnit();
        PdfCanvas canvas = new PdfCanvas(size.heightPt(), unit);
        draw(figure, canvas, size.widthPt() / unit, size.heightPt() / unit);
        return PdfDocument.write(size.widthPt(), size.heightPt(), canvas.content(), canvas.fonts(), canvas.images(),
                figure.title());
    }

    /** Draws in layout units; the numbers of ticks follow the room there is for their labels. */
    static void draw(Figure figure, Canvas c, double width, double height) {
        c.fillRect(0, 0, width, height, Color.WHITE);
        double top = figure.title() == null || figure.title().isEmpty() ? 12 : 32;
        if (top > 12) {
            c.text(figure.title(), width / 2.0, 21, Anchor.MIDDLE, TITLE_FONT, true, false);
        }
        List<Panel> panels = figure.panels();
        double available = height - top - BOTTOM - GAP * (panels.size() - 1);
        double x0 = left(c, figure, height - top - BOTTOM);
        double x1 = width - RIGHT - colourBars(c, figure, available);
        HeatMap square = panels.size() == 1 && panels.get(0).heatMap() != null
                && panels.get(0).heatMap().equalAspect() ? panels.get(0).heatMap() : null;
        if (square != null) {
            // one µm as long on both axes (a raster scan): the panel shrinks in width or height, centred
            double aspect = (square.xTo() - square.xFrom()) / (square.yTo() - square.yFrom());
            if ((x1 - x0) / available > aspect) {
                double w = available * aspect;
                x0 += ((x1 - x0) - w) / 2;
                x1 = x0 + w;
            } else {
                double h = (x1 - x0) / aspect;
                top += (available - h) / 2;
                available = h;
            }
        }
        double[] xr = xRange(figure);
        double totalWeight = panels.stream().mapToDouble(Panel::weight).sum();
        double y = top;
        int xTicks = (int) Math.max(4, Math.min(8, (x1 - x0) / 75));
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            double h = available * p.weight() / totalWeight;
            Axis xAxis = new Axis(xr[0], xr[1], false, x0, x1);
            drawPanel(c, p, xAxis, xTicks, x0, y, x1 - x0, h, i == panels.size() - 1);
            y += h + GAP;
        }
    }

    /** Room right of the panels for the widest colour bar (none without images). */
    private static double colourBars(Canvas c, Figure figure, double available) {
        double totalWeight = figure.panels().stream().mapToDouble(Panel::weight).sum();
        double widest = 0;
        for (Panel p : figure.panels()) {
            if (p.heatMap() != null) {
                int ticks = yTicks(available * p.weight() / totalWeight);
                widest = Math.max(widest, HeatMapPainter.width(c, p.heatMap(), ticks, TICK_FONT, LABEL_FONT));
            }
        }
        return widest;
    }

    /**
     * The left margin: room for the y axis label and the widest y tick label, so a small figure spends its width on
     * the data (a fixed margin took a third of a one-column figure).
     */
    private static double left(Canvas c, Figure figure, double available) {
        double widest = 0;
        double totalWeight = figure.panels().stream().mapToDouble(Panel::weight).sum();
        for (Panel p : figure.panels()) {
            double[] yr = yRange(p);
            double ph = available * p.weight() / totalWeight;
            int yTicks = yTicks(ph);
            Axis yAxis = new Axis(yr[0], yr[1], p.logY(), ph, 0);
            for (double t : yAxis.ticks(yTicks)) {
                widest = Math.max(widest, c.textWidth(yAxis.label(t, yTicks), TICK_FONT));
            }
        }
        return 8 + LABEL_FONT + 8 + widest + 8;
    }

    private static int yTicks(double panelHeight) {
        return (int) Math.max(2, Math.min(5, panelHeight / 40));
    }

    private static void drawPanel(Canvas c, Panel p, Axis xAxis, int xTicks, double px, double py, double pw,
            double ph, boolean bottom) {
        int yTicks = yTicks(ph);
        double[] yr = yRange(p);
        Axis yAxis = new Axis(yr[0], yr[1], p.logY(), py + ph, py);
        c.clip(px, py, pw, ph);
        if (p.heatMap() != null) {
            HeatMapPainter.image(c, p.heatMap(), xAxis, yAxis);
        }
        for (Band b : p.bands()) {
            double a = clampPixel(yAxis, b.from(), py, ph);
            double z = clampPixel(yAxis, b.to(), py, ph);
            c.fillRect(px, Math.min(a, z), pw, Math.abs(z - a), b.color());
        }
        for (double t : p.heatMap() == null ? yAxis.ticks(yTicks) : new double[0]) { // no grid over an image
            double yy = yAxis.toPixel(t);
            c.line(px, yy, px + pw, yy, GRID, 1f, false);
        }
        for (Series s : p.series()) {
            drawSeries(c, s, xAxis, yAxis, pw);
        }
        for (double v : p.verticalLines()) {
            double xx = xAxis.toPixel(v);
            c.line(xx, py, xx, py + ph, PlotStyle.ROI.awt(), PlotStyle.STEP_WIDTH, true); // the ROI, as on screen
        }
        if (p.heatMap() != null) {
            HeatMapPainter.markers(c, p.heatMap(), xAxis, yAxis, TICK_FONT);
        }
        c.unclip();
        c.strokeRect(px, py, pw, ph, FRAME, 1f);
        if (p.heatMap() != null) {
            HeatMapPainter.colourBar(c, p.heatMap(), px + pw, py, ph, yTicks, TICK_FONT, LABEL_FONT);
        }
        for (double t : yAxis.ticks(yTicks)) {
            double yy = yAxis.toPixel(t);
            c.line(px - 5, yy, px, yy, FRAME, 1f, false);
            c.text(yAxis.label(t, yTicks), px - 8, yy + 4, Anchor.END, TICK_FONT, false, false);
        }
        // A y label longer than its panel is drawn smaller, never into the panel above or below.
        float yLabelFont = (float) Math.max(7, Math.min(LABEL_FONT,
                LABEL_FONT * ph / Math.max(1, c.textWidth(p.yLabel(), LABEL_FONT))));
        c.text(p.yLabel(), 8 + LABEL_FONT, py + ph / 2, Anchor.MIDDLE, yLabelFont, false, true);
        for (double t : xAxis.ticks(xTicks)) {
            double xx = xAxis.toPixel(t);
            c.line(xx, py + ph, xx, py + ph + 5, FRAME, 1f, false);
            if (bottom) {
                c.text(xAxis.label(t, xTicks), xx, py + ph + 17, Anchor.MIDDLE, TICK_FONT, false, false);
            }
        }
        if (bottom) {
            c.text(p.xLabel(), px + pw / 2, py + ph + 38, Anchor.MIDDLE, LABEL_FONT, false, false);
        }
        Legend.draw(c, p, px + pw, py);
    }

    private static double clampPixel(Axis axis, double v, double py, double ph) {
        if (axis.log && v <= 0) {
            return py + ph;
        }
        double p = axis.toPixel(v);
        return Math.max(py - 1, Math.min(py + ph + 1, p));
    }

    private static void drawSeries(Canvas c, Series s, Axis xAxis, Axis yAxis, double plotWidth) {
        int n = s.size();
        if (n == 0) {
            return;
        }
        double[] x = s.x();
        double[] y = s.y();
        if (s.style() == Style.STEPS) {
            double[] xs = new double[2 * n];
            double[] ys = new double[2 * n];
            for (int i = 0; i < n; i++) {
                double yy = pixelY(yAxis, y[i]);
                xs[2 * i] = xAxis.toPixel(x[i]);
                xs[2 * i + 1] = xAxis.toPixel(x[i + 1]);
                ys[2 * i] = yy;
                ys[2 * i + 1] = yy;
            }
            polyline(c, xs, ys, s, plotWidth);
            return;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = xAxis.toPixel(x[i]);
            ys[i] = pixelY(yAxis, y[i]);
        }
        if (s.style() == Style.LINE || s.style() == Style.LINE_POINTS) {
            polyline(c, xs, ys, s, plotWidth);
        }
        if (s.style() == Style.POINTS || s.style() == Style.LINE_POINTS) {
            for (int i = 0; i < n; i++) {
                c.circle(xs[i], ys[i], s.width() + 1.5, s.color(), null);
            }
        } else if (s.style() == Style.RINGS) {
            for (int i = 0; i < n; i++) {
                c.circle(xs[i], ys[i], s.width() + 4, null, s.color());
            }
        }
    }

    private static double pixelY(Axis yAxis, double v) {
        if (yAxis.log && !(v > 0)) {
            return yAxis.toPixel(yAxis.min) + 2; // at the floor of a log axis, just below the frame
        }
        return yAxis.toPixel(v);
    }

    private static void polyline(Canvas c, double[] xs, double[] ys, Series s, double plotWidth) {
        int n = xs.length;
        if (n > 4 * plotWidth) {
            double[][] reduced = reduce(xs, ys);
            c.polyline(reduced[0], reduced[1], reduced[0].length, s.color(), s.width());
        } else {
            c.polyline(xs, ys, n, s.color(), s.width());
        }
    }

    /** Keeps the first, lowest, highest and last point of each pixel column (x pixels non-decreasing). */
    static double[][] reduce(double[] xs, double[] ys) {
        List<double[]> kept = new ArrayList<>();
        int i = 0;
        while (i < xs.length) {
            long column = (long) Math.floor(xs[i]);
            int j = i;
            int lo = i;
            int hi = i;
            while (j < xs.length && (long) Math.floor(xs[j]) == column) {
                if (ys[j] < ys[lo]) {
                    lo = j;
                }
                if (ys[j] > ys[hi]) {
                    hi = j;
                }
                j++;
            }
            int[] order = {i, Math.min(lo, hi), Math.max(lo, hi), j - 1};
            int last = -1;
            for (int k : order) {
                if (k != last) {
                    kept.add(new double[] {xs[k], ys[k]});
                    last = k;
                }
            }
            i = j;
        }
        double[][] out = new double[2][kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            out[0][k] = kept.get(k)[0];
            out[1][k] = kept.get(k)[1];
        }
        return out;
    }

    private static double[] xRange(Figure f) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean points = false;
        for (Panel p : f.panels()) {
            if (p.heatMap() != null) {
                return new double[] {p.heatMap().xFrom(), p.heatMap().xTo()}; // the image fills its panel
            }
            for (Series s : p.series()) {
                for (double v : s.x()) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
                points |= s.style() != Style.LINE && s.style() != Style.STEPS;
            }
        }
        return Axis.range(lo, hi, false, points ? 0.05 : 0);
    }

    private static double[] yRange(Panel p) {
        if (p.heatMap() != null) {
            return new double[] {p.heatMap().yFrom(), p.heatMap().yTo()};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : p.series()) {
            for (double v : s.y()) {
                if (Double.isFinite(v) && (!p.logY() || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        boolean legend = p.series().stream().anyMatch(s -> s.label() != null);
        if (!p.logY() && lo >= 0 && lo <= 0.5 * hi) {
            // Counts and intensities read best from zero; room on top for the legend.
            return new double[] {0, hi * (legend ? 1.25 : 1.08)};
        }
        if (legend && !p.logY() && lo < hi) {
            hi += (hi - lo) * 0.2;
        }
        double[] r = Axis.range(lo, hi, p.logY(), 0.08);
        if (legend && p.logY()) {
            r[1] *= 10; // one decade of room for the legend
        }
        return r;
    }
}
