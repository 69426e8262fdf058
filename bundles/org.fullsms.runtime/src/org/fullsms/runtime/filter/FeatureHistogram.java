package org.fullsms.runtime.filter;

import java.util.Arrays;

/**
 * A histogram of one feature's values for the Filtering view's distributions, binned as the original bins them
 * ({@code numpy.histogram}): equal-width bins over [min, max], the last bin closed; either a chosen number of bins
 * (the original's 5–1000) or numpy's "auto" rule, the narrower of the Sturges and Freedman–Diaconis widths
 * (Sturges alone when the interquartile range is 0).
 *
 * @param edges  bin edges, one more than counts
 * @param counts values per bin
 */
public record FeatureHistogram(double[] edges, double[] counts) {

    /** The original's bounds of the number of bins. */
    public static final int MIN_BINS = 5;
    public static final int MAX_BINS = 1000;

    /**
     * @param values the values; NaN and infinite ones are left out
     * @param bins   the number of bins, or 0 for numpy's "auto" (at most {@link #MAX_BINS})
     * @return the histogram; without a finite value, no bins
     */
    public static FeatureHistogram of(double[] values, int bins) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return new FeatureHistogram(new double[0], new double[0]);
        }
        double lo = v[0];
        double hi = v[v.length - 1];
        if (hi == lo) { // numpy widens an empty range by 0.5 each side
            lo -= 0.5;
            hi += 0.5;
        }
        int n = bins > 0 ? bins : autoBins(v, hi - lo);
        double[] edges = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            edges[i] = lo + (hi - lo) * i / n;
        }
        double[] counts = new double[n];
        for (double x : v) {
            int i = (int) ((x - lo) / (hi - lo) * n);
            counts[Math.min(n - 1, Math.max(0, i))]++;
        }
        return new FeatureHistogram(edges, counts);
    }

    /** numpy's "auto": the larger bin count of Sturges and Freedman–Diaconis, within [1, MAX_BINS]. */
    static int autoBins(double[] sorted, double range) {
        int n = sorted.length;
        double sturges = range / (log2(n) + 1);
        double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
        double fd = 2 * iqr * Math.pow(n, -1.0 / 3);
        double width = fd > 0 ? Math.min(fd, sturges) : sturges;
        return (int) Math.max(1, Math.min(MAX_BINS, Math.ceil(range / width)));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** numpy's default (linear) percentile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (sorted[j] - sorted[i]) * (pos - i);
    }

    /** Counts other values (e.g. those that pass the filters) on these bins; values outside them are left out. */
    public double[] countsOf(double[] values) {
        int n = counts.length;
        double[] c = new double[n];
        if (n == 0) {
            return c;
        }
        double lo = edges[0];
        double hi = edges[n];
        for (double x : values) {
            if (x >= lo && x <= hi) {
                c[Math.min(n - 1, (int) ((x - lo) / (hi - lo) * n))]++;
            }
        }
        return c;
    }

    public int bins() {
        return counts.length;
    }
}
