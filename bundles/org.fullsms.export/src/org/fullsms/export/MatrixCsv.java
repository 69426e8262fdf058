package org.fullsms.export;

import java.io.IOException;

import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.model.RasterScan;
import org.fullsms.model.Spectra;

/** {@code <p> corr.csv}, {@code <p> spectra-2D.csv} and {@code Raster Scan <k> data.csv}. */
final class MatrixCsv {

    private MatrixCsv() {
    }

    /**
     * {@code Bin #, Bin Time (ns), Correlation (counts/bin)}: bin centres and the pair counts per bin. The original
     * divided the counts by 1000 although the header says counts/bin; the counts are written as they are.
     */
    static byte[] correlation(CorrelationResult r) {
        double[] centres = r.binCentresNs();
        long[] counts = r.counts();
        Csv csv = new Csv(64 + counts.length * 32);
        csv.row("Bin #", "Bin Time (ns)", "Correlation (counts/bin)");
        for (int i = 0; i < counts.length; i++) {
            csv.cell(i + 1).cell(centres[i]).cell(counts[i]).end();
        }
        return csv.bytes();
    }

    /**
     * Three description lines and a blank line, then a first row of wavelengths (nm, after an empty corner cell)
     * and one row per spectrum: its time (s), then the intensities (counts/s).
     */
    static byte[] spectra(Spectra s) throws IOException {
        double[] values = s.values();
        int rows = s.times();
        int cols = s.wavelengths();
        Csv csv = new Csv(128 + (rows + 1) * (cols + 1) * 12);
        csv.line("First row:,Wavelength (nm)");
        csv.line("First column:,Time (s)");
        csv.line("Values:,Intensity (counts/s)");
        csv.line("");
        csv.blank();
        double[] wl = s.wavelengthsNm();
        for (int c = 0; c < cols; c++) {
            csv.cell(wl != null && c < wl.length ? wl[c] : c);
        }
        csv.end();
        for (int r = 0; r < rows; r++) {
            csv.cell(s.timeS(r));
            for (int c = 0; c < cols; c++) {
                csv.cell(values[r * cols + c]);
            }
            csv.end();
        }
        return csv.bytes();
    }

    /**
     * Two description lines and a blank line, then a first row of X positions (µm, after an empty corner cell)
     * and one row per image row: its Y position (µm), then the pixel values.
     */
    static byte[] rasterScan(RasterScan scan) {
        int rows = scan.rows();
        int cols = scan.cols();
        double[] x = axis(scan, scan.xStartUm(), cols);
        double[] y = axis(scan, scan.yStartUm(), rows);
        Csv csv = new Csv(128 + (rows + 1) * (cols + 1) * 12);
        csv.line("First row:,X-Axis (um)");
        csv.line("First column:,Y-Axis (um)");
        csv.line("");
        csv.blank();
        for (double v : x) {
            csv.cell(v);
        }
        csv.end();
        for (int r = 0; r < rows; r++) {
            csv.cell(y[r]);
            for (int c = 0; c < cols; c++) {
                csv.cell(scan.value(r, c));
            }
            csv.end();
        }
        return csv.bytes();
    }

    /** linspace(start, start + range, pixels per line); pixel indices when the scan has no geometry. */
    private static double[] axis(RasterScan scan, double startUm, int n) {
        if (Double.isFinite(startUm) && Double.isFinite(scan.rangeUm()) && scan.pixelsPerLine() == n) {
            return scan.axisUm(startUm);
        }
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
