package org.fullsms.export;

import java.io.IOException;
import java.util.List;

import org.fullsms.export.plot.HeatMap;
import org.fullsms.model.RasterScan;
import org.fullsms.model.Spectra;

/**
 * The images of a particle's spectra and of a raster scan, with their axes: the workbench's Spectra and Raster Scan
 * tabs draw them and the export writes them ({@code <p> spectra.png}, {@code Raster Scan <k>.png}), so the screen and
 * the file show the same picture.
 */
public final class HeatMaps {

    /** Spectra and raster scans are stored in counts per second ("Spectra (counts\s)"). */
    public static final String INTENSITY = "Intensity (counts/s)";
    /** A raster scan without geometry (an image built from a PTU file's markers) counts photons per pixel. */
    public static final String PHOTONS_PER_PIXEL = "Photons per pixel";

    /** The axis titles of an image, with units. */
    public record Labels(String x, String y) {
    }

    private HeatMaps() {
    }

    /**
     * The spectral time trace: time (s) along x, wavelength (nm) along y, one cell per spectrum and wavelength,
     * centred on its time and wavelength (spacings taken as even). Reads the matrix when not read yet.
     */
    public static HeatMap spectra(Spectra s) throws IOException {
        int times = s.times();
        int wavelengths = s.wavelengths();
        if (times == 0 || wavelengths == 0) {
            throw new IOException("the spectra are empty (" + s.shape() + ")");
        }
        double[] matrix = s.values();
        double[] wl = wavelengthAxis(s);
        boolean descending = wl[wavelengths - 1] < wl[0];
        double[] cells = new double[times * wavelengths];
        for (int w = 0; w < wavelengths; w++) {
            int source = descending ? wavelengths - 1 - w : w;
            for (int t = 0; t < times; t++) {
                cells[w * times + t] = matrix[t * wavelengths + source];
            }
        }
        double[] time = new double[times];
        for (int t = 0; t < times; t++) {
            time[t] = s.timeS(t);
        }
        double[] x = centredExtent(time[0], time[times - 1], times, s.exposureS());
        double[] y = centredExtent(Math.min(wl[0], wl[wavelengths - 1]), Math.max(wl[0], wl[wavelengths - 1]),
                wavelengths, 1);
        return new HeatMap(wavelengths, times, cells, x[0], x[1], y[0], y[1], INTENSITY, false, List.of());
    }

    public static Labels spectraLabels(Spectra s) {
        return new Labels("Time (s)",
                s.wavelengthsNm() != null ? "Wavelength (nm)" : "Spectral column (no wavelengths stored)");
    }

    /** The stored wavelengths (nm), else the column numbers. */
    public static double[] wavelengthAxis(Spectra s) {
        double[] wl = s.wavelengthsNm();
        if (wl != null && wl.length == s.wavelengths()) {
            return wl;
        }
        double[] columns = new double[s.wavelengths()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = i;
        }
        return columns;
    }

    /**
     * The scan as stored: its columns run along x from "XStart (um)", its rows along y from "YStart (um)", together
     * covering "Range (um)" in each direction (as the original shows it), one µm as long on both axes. A scan
     * without that geometry is drawn in pixels and marks nothing.
     *
     * @param markers particle positions in µm; those outside the scan are left out
     */
    public static HeatMap rasterScan(RasterScan scan, List<HeatMap.Marker> markers) {
        if (!hasGeometry(scan)) {
            return new HeatMap(scan.rows(), scan.cols(), scan.values(), 0, scan.cols(), 0, scan.rows(),
                    PHOTONS_PER_PIXEL, true, List.of());
        }
        double x0 = scan.xStartUm();
        double y0 = scan.yStartUm();
        double x1 = x0 + scan.rangeUm();
        double y1 = y0 + scan.rangeUm();
        List<HeatMap.Marker> inside = markers.stream()
                .filter(m -> m.x() >= x0 && m.x() <= x1 && m.y() >= y0 && m.y() <= y1).toList();
        return new HeatMap(scan.rows(), scan.cols(), scan.values(), x0, x1, y0, y1, INTENSITY, true, inside);
    }

    public static Labels rasterLabels(RasterScan scan) {
        return hasGeometry(scan) ? new Labels("X position (µm)", "Y position (µm)")
                : new Labels("X (pixels)", "Y (pixels)");
    }

    /** Whether the scan says where it lies in µm (start, range and a square grid of its pixels per line). */
    public static boolean hasGeometry(RasterScan scan) {
        return Double.isFinite(scan.xStartUm()) && Double.isFinite(scan.yStartUm()) && scan.rangeUm() > 0
                && Double.isFinite(scan.rangeUm()) && scan.pixelsPerLine() == scan.cols() && scan.rows() == scan.cols();
    }

    /** Cell edges around {@code n} evenly spaced centres from {@code first} to {@code last}. */
    private static double[] centredExtent(double first, double last, int n, double fallbackSpacing) {
        double spacing = n > 1 ? (last - first) / (n - 1) : fallbackSpacing;
        if (!(spacing > 0) || !Double.isFinite(spacing)) {
            spacing = 1;
        }
        return new double[] {first - spacing / 2, last + spacing / 2};
    }
}
