package org.fullsms.export.plot;

/**
 * The colour scale of images (spectra, raster scans) on screen and in exported figures: "inferno", the perceptually
 * uniform map the original exports its spectra and raster scans with (black through purple and orange to pale
 * yellow; it stays ordered in grey scale and for colour-blind readers). Eleven samples of the map, interpolated
 * linearly. Plain RGB values: no toolkit is needed to read them.
 */
public final class ColourMap {

    /** Inferno at 0, 0.1, …, 1, as 0xRRGGBB. */
    private static final int[] INFERNO = {0x000004, 0x160b39, 0x420a68, 0x6a176e, 0x932667, 0xbc3754, 0xdd513a,
            0xf37819, 0xfca50a, 0xf6d746, 0xfcffa4};

    /** Cells without a value (NaN): light grey, outside the map. */
    public static final int NO_VALUE = 0xd7d7d7;

    private ColourMap() {
    }

    /** The colour of {@code fraction} of the scale (clamped to 0..1) as 0xRRGGBB; NaN gives {@link #NO_VALUE}. */
    public static int rgb(double fraction) {
        if (Double.isNaN(fraction)) {
            return NO_VALUE;
        }
        double f = Math.max(0, Math.min(1, fraction)) * (INFERNO.length - 1);
        int i = Math.min((int) f, INFERNO.length - 2);
        double t = f - i;
        int a = INFERNO[i];
        int b = INFERNO[i + 1];
        return channel(a >> 16, b >> 16, t) << 16 | channel(a >> 8, b >> 8, t) << 8 | channel(a, b, t);
    }

    /** The colour of {@code value} on a scale from {@code min} to {@code max}. */
    public static int rgb(double value, double min, double max) {
        if (!Double.isFinite(value)) {
            return NO_VALUE;
        }
        return rgb(max > min ? (value - min) / (max - min) : 0.5);
    }

    private static int channel(int a, int b, double t) {
        int x = a & 0xff;
        int y = b & 0xff;
        return (int) Math.round(x + (y - x) * t);
    }
}
