package org.fullsms.export.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value range mapped onto a pixel span, with "nice" ticks (1, 2, 2.5, 5 × 10^k, or decades on a log axis). Exported
 * figures and the workbench's image views tick their axes with it, so both label them alike.
 */
public final class Axis {

    final double min;
    final double max;
    final boolean log;
    private final double pixelFrom;
    private final double pixelTo;

    /** @param pixelFrom pixel of {@code min}; {@code pixelTo} pixel of {@code max} (may be smaller: y axes) */
    public Axis(double min, double max, boolean log, double pixelFrom, double pixelTo) {
        this.min = min;
        this.max = max;
        this.log = log;
        this.pixelFrom = pixelFrom;
        this.pixelTo = pixelTo;
    }

    /** A range that covers [lo, hi] with a margin, never empty; log ranges are widened to whole decades. */
    static double[] range(double lo, double hi, boolean log, double margin) {
        if (!(lo <= hi)) {
            return log ? new double[] {1, 10} : new double[] {0, 1};
        }
        if (log) {
            double a = Math.floor(Math.log10(lo));
            double b = Math.ceil(Math.log10(hi));
            return new double[] {Math.pow(10, a), Math.pow(10, b > a ? b : a + 1)};
        }
        if (lo == hi) {
            double d = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            return new double[] {lo - d, hi + d};
        }
        double pad = (hi - lo) * margin;
        return new double[] {lo - pad, hi + pad};
    }

    public double toPixel(double v) {
        double f = log ? (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                : (v - min) / (max - min);
        return pixelFrom + f * (pixelTo - pixelFrom);
    }

    /** The value at a pixel: the inverse of {@link #toPixel}. */
    public double fromPixel(double pixel) {
        double f = (pixel - pixelFrom) / (pixelTo - pixelFrom);
        return log ? Math.pow(10, Math.log10(min) + f * (Math.log10(max) - Math.log10(min))) : min + f * (max - min);
    }

    /** Tick values inside the range, about {@code target} of them. */
    public double[] ticks(int target) {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            int a = (int) Math.ceil(Math.log10(min) - 1e-9);
            int b = (int) Math.floor(Math.log10(max) + 1e-9);
            int every = Math.max(1, (b - a + target - 1) / target);
            for (int e = a; e <= b; e += every) {
                ticks.add(Math.pow(10, e));
            }
        } else {
            double step = step(target);
            double first = Math.ceil(min / step - 1e-9) * step;
            for (double t = first; t <= max + step * 1e-9; t += step) {
                ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
            }
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    double step(int target) {
        double raw = (max - min) / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    /** Tick label: enough decimals for the tick step; powers of ten on a log axis and for huge values. */
    public String label(double v, int target) {
        if (log) {
            double e = Math.log10(v);
            return e >= -2 && e <= 4 ? plain(v, Math.max(0, (int) -Math.floor(e))) : "1e" + Math.round(e);
        }
        double step = step(target);
        double big = Math.max(Math.abs(min), Math.abs(max));
        if (big >= 1e6 || (big < 1e-3 && big > 0)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        if (step < 10 && Math.abs(step / Math.pow(10, Math.floor(Math.log10(step))) - 2.5) < 1e-9) {
            decimals++; // 2.5, 7.5 or 0.25 need a digit more; 25 and 250 do not
        }
        return plain(v, decimals);
    }

    private static String plain(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
