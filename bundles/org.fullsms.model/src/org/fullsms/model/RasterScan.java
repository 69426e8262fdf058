package org.fullsms.model;

/**
 * A raster scan image ("Raster Scan"), square in the files, with its acquisition settings. Files store a copy
 * in every particle group; consecutive identical copies are de-duplicated, so several particles share one
 * instance and {@link #index()} is its position in {@link Dataset#rasterScans()}.
 * The axis of both directions is {@code linspace(start, start + range, pixelsPerLine)}.
 *
 * @param index             position in the dataset's list of unique scans
 * @param rows              image rows
 * @param cols              image columns
 * @param values            row-major pixel values (shared: do not modify)
 * @param integrationTimeMsPerUm "Int. Time (ms/um)", NaN when absent
 * @param pixelsPerLine     "Pixels per Line", or {@code cols} when absent
 * @param rangeUm           "Range (um)", NaN when absent
 * @param xStartUm          "XStart (um)", NaN when absent
 * @param yStartUm          "YStart (um)", NaN when absent
 * @param bhCard            "bh Card", or {@code null}
 */
public record RasterScan(int index, int rows, int cols, double[] values, double integrationTimeMsPerUm,
        int pixelsPerLine, double rangeUm, double xStartUm, double yStartUm, String bhCard) {

    public RasterScan {
        if (values == null || values.length != (long) rows * cols) {
            throw new IllegalArgumentException("raster scan values do not match its shape " + rows + " × " + cols);
        }
    }

    /** Pixel value at row {@code r}, column {@code c}. */
    public double value(int r, int c) {
        return values[r * cols + c];
    }

    /** Axis positions (µm) for a start value: {@code linspace(start, start + range, pixelsPerLine)}. */
    public double[] axisUm(double startUm) {
        double[] axis = new double[pixelsPerLine];
        for (int i = 0; i < pixelsPerLine; i++) {
            axis[i] = pixelsPerLine == 1 ? startUm : startUm + rangeUm * i / (pixelsPerLine - 1);
        }
        return axis;
    }

    /** The same scan at another index. */
    public RasterScan withIndex(int newIndex) {
        return new RasterScan(newIndex, rows, cols, values, integrationTimeMsPerUm, pixelsPerLine, rangeUm, xStartUm,
                yStartUm, bhCard);
    }

    /** "48 × 48" for display. */
    public String shape() {
        return rows + " × " + cols;
    }
}
