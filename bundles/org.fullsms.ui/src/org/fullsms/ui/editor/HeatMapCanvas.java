package org.fullsms.ui.editor;

import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.fullsms.export.plot.Axis;
import org.fullsms.export.plot.ColourMap;
import org.fullsms.export.plot.HeatMap;

/**
 * Draws a {@link HeatMap} (spectra, a raster scan) as the exported figure does: the cells as sharp blocks, ticked
 * axes with their titles and units, the colour bar with its label on the right, the markers with their labels, and
 * an optional vertical cursor line. A click or drag on the image reports the position under the pointer in data
 * units.
 */
public final class HeatMapCanvas {

    private static final int PAD = 8;
    private static final int TICK = 4;
    private static final int BAR = 14;
    private static final int SHADES = 256;
    private static final int MARKER_RGB = 0x90ee90;
    private static final int HIGHLIGHT_RGB = 0x00e6ff;

    private final Canvas canvas;
    /** Axis titles in bold, as the charts of the other tabs have them. */
    private final Font bold;
    private HeatMap map;
    private String xTitle = "";
    private String yTitle = "";
    private Image cells;
    private Image shades;
    private double cursorX = Double.NaN;
    private Rectangle plot = new Rectangle(0, 0, 0, 0);
    private BiConsumer<Double, Double> onPick = (x, y) -> { };

    HeatMapCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        FontData[] data = canvas.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(canvas.getDisplay(), data);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                pick(e);
            }
        });
        canvas.addListener(SWT.MouseMove, e -> {
            if ((e.stateMask & SWT.BUTTON1) != 0) {
                pick(e);
            }
        });
        canvas.addListener(SWT.Dispose, e -> {
            dispose(cells);
            dispose(shades);
            bold.dispose();
        });
    }

    public Canvas getControl() {
        return canvas;
    }

    /** Shows {@code value} with these axis titles (with units). */
    void setHeatMap(HeatMap value, String x, String y) {
        map = value;
        xTitle = x;
        yTitle = y;
        dispose(cells);
        cells = image(value.rgbTopDown(), value.cols(), value.rows());
        canvas.redraw();
    }

    public HeatMap heatMap() {
        return map;
    }

    /** A vertical line at {@code x} (data units); NaN for none. */
    public void setCursorX(double x) {
        cursorX = x;
        canvas.redraw();
    }

    /** The x of the cursor line, NaN when there is none. */
    public double cursorX() {
        return cursorX;
    }

    /** Told the data position (x, y) under the pointer when the image is clicked or dragged on. */
    void onPick(BiConsumer<Double, Double> listener) {
        onPick = listener;
    }

    /** Where the image was drawn last, in the canvas's pixels (tests check what is drawn there). */
    public Rectangle imageBounds() {
        return new Rectangle(plot.x, plot.y, plot.width, plot.height);
    }

    /** The canvas pixel of a data position, as last drawn. */
    public Point toPixel(double x, double y) {
        return new Point((int) Math.round(xAxis().toPixel(x)), (int) Math.round(yAxis().toPixel(y)));
    }

    private Axis xAxis() {
        return new Axis(map.xFrom(), map.xTo(), false, plot.x, plot.x + plot.width);
    }

    private Axis yAxis() {
        return new Axis(map.yFrom(), map.yTo(), false, plot.y + plot.height, plot.y);
    }

    private void pick(Event e) {
        if (map == null || plot.width <= 0 || plot.height <= 0) {
            return;
        }
        int px = Math.max(plot.x, Math.min(plot.x + plot.width, e.x));
        int py = Math.max(plot.y, Math.min(plot.y + plot.height, e.y));
        onPick.accept(xAxis().fromPixel(px), yAxis().fromPixel(py));
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        if (map == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        int lineHeight = gc.getFontMetrics().getHeight();
        double[] range = map.valueRange();
        Axis colourAxis = new Axis(range[0], range[1] > range[0] ? range[1] : range[0] + 1, false, 0, 1);
        int barTicks = Math.max(2, Math.min(6, (area.height - 2 * PAD - 2 * lineHeight) / 50));
        int barLabels = 0;
        for (double t : colourAxis.ticks(barTicks)) {
            barLabels = Math.max(barLabels, gc.textExtent(colourAxis.label(t, barTicks)).x);
        }
        int right = PAD + BAR + TICK + 2 + barLabels + PAD + lineHeight + PAD;
        int yTicks = Math.max(2, Math.min(8, (area.height - 2 * PAD - 2 * lineHeight) / 45));
        Axis probe = new Axis(map.yFrom(), map.yTo(), false, 0, 1);
        int yLabels = 0;
        for (double t : probe.ticks(yTicks)) {
            yLabels = Math.max(yLabels, gc.textExtent(probe.label(t, yTicks)).x);
        }
        int left = PAD + lineHeight + PAD + yLabels + TICK + 2;
        int bottom = TICK + 2 + lineHeight + PAD + lineHeight + PAD;
        int width = area.width - left - right;
        int height = area.height - PAD - lineHeight / 2 - bottom;
        if (width < 20 || height < 20) {
            plot = new Rectangle(0, 0, 0, 0);
            return;
        }
        int x0 = left;
        int y0 = PAD + lineHeight / 2;
        if (map.equalAspect()) {
            double aspect = (map.xTo() - map.xFrom()) / (map.yTo() - map.yFrom());
            if ((double) width / height > aspect) {
                int w = (int) Math.round(height * aspect);
                x0 += (width - w) / 2;
                width = w;
            } else {
                int h = (int) Math.round(width / aspect);
                y0 += (height - h) / 2;
                height = h;
            }
        }
        plot = new Rectangle(x0, y0, width, height);
        gc.setInterpolation(SWT.NONE);
        gc.drawImage(cells, 0, 0, map.cols(), map.rows(), x0, y0, width, height);
        drawCursor(gc);
        drawMarkers(gc);
        Color frame = new Color(90, 90, 90);
        gc.setForeground(frame);
        gc.setLineWidth(1);
        gc.drawRectangle(x0, y0, width, height);
        int xTicks = Math.max(2, Math.min(10, width / 80));
        Axis xAxis = xAxis();
        for (double t : xAxis.ticks(xTicks)) {
            int px = (int) Math.round(xAxis.toPixel(t));
            gc.setForeground(frame);
            gc.drawLine(px, y0 + height, px, y0 + height + TICK);
            String label = xAxis.label(t, xTicks);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawString(label, px - gc.textExtent(label).x / 2, y0 + height + TICK + 2, true);
        }
        Axis yAxis = yAxis();
        for (double t : yAxis.ticks(yTicks)) {
            int py = (int) Math.round(yAxis.toPixel(t));
            gc.setForeground(frame);
            gc.drawLine(x0 - TICK, py, x0, py);
            String label = yAxis.label(t, yTicks);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawString(label, x0 - TICK - 2 - gc.textExtent(label).x, py - lineHeight / 2, true);
        }
        gc.setFont(bold);
        Point xt = gc.textExtent(xTitle);
        gc.drawString(xTitle, x0 + width / 2 - xt.x / 2, y0 + height + TICK + 2 + lineHeight + PAD / 2, true);
        vertical(gc, yTitle, x0 - left + PAD, y0 + height / 2); // beside its ticks also when the image is centred
        gc.setFont(canvas.getFont());
        drawColourBar(gc, range[0], range[1] > range[0] ? range[1] : range[0] + 1, barTicks, x0 + width + PAD, y0,
                height, frame);
        frame.dispose();
    }

    private void drawColourBar(GC gc, double lo, double hi, int ticks, int x, int y, int height, Color frame) {
        if (shades == null) {
            int[] rgb = new int[SHADES];
            for (int i = 0; i < SHADES; i++) {
                rgb[i] = ColourMap.rgb(1 - i / (SHADES - 1.0));
            }
            shades = image(rgb, 1, SHADES);
        }
        gc.drawImage(shades, 0, 0, 1, SHADES, x, y, BAR, height);
        gc.setForeground(frame);
        gc.drawRectangle(x, y, BAR, height);
        Axis axis = new Axis(lo, hi, false, y + height, y);
        int widest = 0;
        int lineHeight = gc.getFontMetrics().getHeight();
        for (double t : axis.ticks(ticks)) {
            int py = (int) Math.round(axis.toPixel(t));
            gc.setForeground(frame);
            gc.drawLine(x + BAR, py, x + BAR + TICK, py);
            String label = axis.label(t, ticks);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawString(label, x + BAR + TICK + 2, py - lineHeight / 2, true);
            widest = Math.max(widest, gc.textExtent(label).x);
        }
        gc.setFont(bold);
        vertical(gc, map.colourLabel(), x + BAR + TICK + 2 + widest + PAD, y + height / 2);
        gc.setFont(canvas.getFont());
    }

    private void drawCursor(GC gc) {
        if (!Double.isFinite(cursorX)) {
            return;
        }
        int px = (int) Math.round(xAxis().toPixel(cursorX));
        Color cyan = rgb(HIGHLIGHT_RGB);
        gc.setLineWidth(3);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawLine(px, plot.y, px, plot.y + plot.height);
        gc.setLineWidth(1);
        gc.setForeground(cyan);
        gc.drawLine(px, plot.y, px, plot.y + plot.height);
        cyan.dispose();
    }

    private void drawMarkers(GC gc) {
        Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        for (HeatMap.Marker m : map.markers()) {
            Point p = toPixel(m.x(), m.y());
            int arm = m.highlighted() ? 9 : 6;
            Color colour = rgb(m.highlighted() ? HIGHLIGHT_RGB : MARKER_RGB);
            for (int pass = 0; pass < 2; pass++) {
                gc.setForeground(pass == 0 ? black : colour);
                gc.setLineWidth(pass == 0 ? 4 : 2);
                gc.drawLine(p.x - arm, p.y, p.x + arm, p.y);
                gc.drawLine(p.x, p.y - arm, p.x, p.y + arm);
            }
            colour.dispose();
            if (!m.label().isEmpty()) {
                Point size = gc.textExtent(m.label());
                int bx = p.x + arm;
                int by = p.y - arm - size.y;
                gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.setAlpha(210);
                gc.fillRectangle(bx, by, size.x + 4, size.y);
                gc.setAlpha(255);
                gc.setForeground(black);
                gc.drawString(m.label(), bx + 2, by, true);
            }
        }
        gc.setLineWidth(1);
    }

    /** Text rotated 90° counter-clockwise, reading upwards, centred on {@code cy}, its top at {@code x}. */
    private void vertical(GC gc, String text, int x, int cy) {
        Point size = gc.textExtent(text);
        Transform t = new Transform(canvas.getDisplay());
        t.translate(x, cy + size.x / 2f);
        t.rotate(-90);
        gc.setTransform(t);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawString(text, 0, 0, true);
        gc.setTransform(null);
        t.dispose();
    }

    private Image image(int[] rgb, int cols, int rows) {
        ImageData data = new ImageData(cols, rows, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        for (int r = 0; r < rows; r++) {
            data.setPixels(0, r, cols, rgb, r * cols);
        }
        return new Image(canvas.getDisplay(), data);
    }

    private Color rgb(int rgb) {
        return new Color(canvas.getDisplay(), rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    private static void dispose(Image image) {
        if (image != null && !image.isDisposed()) {
            image.dispose();
        }
    }
}
