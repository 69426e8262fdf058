package org.fullsms.export.plot;

import java.util.List;
import java.util.Objects;

/**
 * Values on a regular grid drawn as an image with a colour bar ({@link ColourMap}): a spectral time trace, a raster
 * scan. The workbench draws it on screen and the export into files, so both show the same picture.
 *
 * @param rows        rows of the grid
 * @param cols        columns of the grid
 * @param values      row-major values, row 0 at the bottom ({@code yFrom}), column 0 at the left ({@code xFrom});
 *                    NaN where there is none (not copied: treat as read-only)
 * @param xFrom       x of the left edge of column 0
 * @param xTo         x of the right edge of the last column
 * @param yFrom       y of the lower edge of row 0
 * @param yTo         y of the upper edge of the last row
 * @param colourLabel the colour bar's label with its unit, e.g. "Intensity (counts/s)"
 * @param equalAspect one x unit as long as one y unit (a raster scan in µm), else the image fills its panel
 * @param markers     points marked and labelled on the image (particle positions)
 */
public record HeatMap(int rows, int cols, double[] values, double xFrom, double xTo, double yFrom, double yTo,
        String colourLabel, boolean equalAspect, List<Marker> markers) {

    /**
     * A marked point.
     *
     * @param label       text beside it, or empty
     * @param highlighted drawn larger and in another colour (the particle shown)
     */
    public record Marker(double x, double y, String label, boolean highlighted) {

        public Marker {
            label = label == null ? "" : label;
        }
    }

    public HeatMap {
        if (rows < 1 || cols < 1 || values == null || values.length != (long) rows * cols) {
            throw new IllegalArgumentException("a heat map needs rows × cols values, got " + rows + " × " + cols
                    + " and " + (values == null ? "none" : values.length));
        }
        if (!(xTo > xFrom) || !(yTo > yFrom)) {
            throw new IllegalArgumentException("a heat map's extent must be increasing: x " + xFrom + " to " + xTo
                    + ", y " + yFrom + " to " + yTo);
        }
        Objects.requireNonNull(colourLabel, "colourLabel");
        markers = List.copyOf(markers);
    }

    public double value(int row, int col) {
        return values[row * cols + col];
    }

    /** The smallest and largest finite value, {0, 1} when there is none. */
    public double[] valueRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {0, 1};
    }

    /** The colours (0xRRGGBB) of the cells, row-major from the top row down, as images are stored. */
    public int[] rgbTopDown() {
        double[] range = valueRange();
        int[] rgb = new int[values.length];
        for (int r = 0; r < rows; r++) {
            int source = (rows - 1 - r) * cols;
            for (int c = 0; c < cols; c++) {
                rgb[r * cols + c] = ColourMap.rgb(values[source + c], range[0], range[1]);
            }
        }
        return rgb;
    }

    /** The column holding {@code x}, clamped to the grid. */
    public int column(double x) {
        return clamp((int) Math.floor((x - xFrom) / (xTo - xFrom) * cols), cols);
    }

    /** The row holding {@code y}, clamped to the grid. */
    public int row(double y) {
        return clamp((int) Math.floor((y - yFrom) / (yTo - yFrom) * rows), rows);
    }

    private static int clamp(int i, int n) {
        return Math.max(0, Math.min(n - 1, i));
    }
}
