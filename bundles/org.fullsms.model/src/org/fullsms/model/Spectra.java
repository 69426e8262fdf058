package org.fullsms.model;

import java.io.IOException;

/**
 * The spectra of a particle ("Spectra (counts\s)"): a time × wavelength matrix with its exposure time,
 * acquisition times and wavelengths. The axes are read at open; the matrix, which can be large, is read on
 * first use through {@link #values()} and can be released.
 */
public final class Spectra {

    private final int times;
    private final int wavelengths;
    private final double exposureS;
    private final double[] timesS;
    private final double[] wavelengthsNm;
    private final Lazy<double[]> values;

    /**
     * @param times         rows (spectra over time)
     * @param wavelengths   columns
     * @param exposureS     exposure time per spectrum in s, NaN when not stored
     * @param timesS        "Spectra Abs. Times (s)", one per row (may be {@code null})
     * @param wavelengthsNm "Wavelengths", one per column (may be {@code null})
     * @param values        the row-major matrix, {@code times × wavelengths} values
     */
    public Spectra(int times, int wavelengths, double exposureS, double[] timesS, double[] wavelengthsNm,
            Lazy<double[]> values) {
        if (times < 0 || wavelengths < 0 || values == null) {
            throw new IllegalArgumentException("bad spectra shape or no values");
        }
        this.times = times;
        this.wavelengths = wavelengths;
        this.exposureS = exposureS;
        this.timesS = timesS;
        this.wavelengthsNm = wavelengthsNm;
        this.values = values;
    }

    public int times() {
        return times;
    }

    public int wavelengths() {
        return wavelengths;
    }

    public double exposureS() {
        return exposureS;
    }

    /** Acquisition time of each spectrum in s, or {@code null}. Shared: do not modify. */
    public double[] timesS() {
        return timesS;
    }

    /** Wavelength of each column in nm, or {@code null}. Shared: do not modify. */
    public double[] wavelengthsNm() {
        return wavelengthsNm;
    }

    /**
     * The acquisition time of spectrum {@code row} in s: the stored one; without one, (row + 1) · exposure, as the
     * original's converter assigns them; without an exposure, the row number.
     */
    public double timeS(int row) {
        if (timesS != null && row < timesS.length) {
            return timesS[row];
        }
        return Double.isFinite(exposureS) ? (row + 1) * exposureS : row;
    }

    /** The row-major {@code times × wavelengths} matrix (counts/s). Shared: do not modify. */
    public double[] values() throws IOException {
        return values.get();
    }

    /** One value of the matrix. */
    public double value(int time, int wavelength) throws IOException {
        return values()[time * wavelengths + wavelength];
    }

    /** Frees the matrix if it was read from a file. */
    public void release() {
        values.release();
    }

    /** "8 × 200" for display. */
    public String shape() {
        return times + " × " + wavelengths;
    }
}
