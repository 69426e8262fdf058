package org.fullsms.model;

import java.util.Arrays;

/**
 * The original's channel-width rule, reproduced bit for bit: {@code d = diff(sort(micro))},
 * {@code c = unique(diff(unique(d)))}, drop the values of {@code c} that are at most 10<sup>-4</sup> and take the
 * smallest left; when nothing is left (or there are no photons) fall back to {@link ChannelWidth#DEFAULT_NS}.
 * Non-finite micro times are left out. O(n log n) on primitive copies; the input is not modified.
 */
public final class ChannelWidthInference {

    /** Values of {@code c} at or below this are rounding noise, not a channel step. */
    static final double NOISE_NS = 1e-4;

    private ChannelWidthInference() {
    }

    public static ChannelWidth infer(double[] microNs) {
        double[] sorted = finiteSorted(microNs);
        if (sorted.length == 0) {
            return new ChannelWidth(ChannelWidth.DEFAULT_NS, ChannelWidth.Source.FALLBACK, 0,
                    "fallback: no photons (default " + ChannelWidth.DEFAULT_NS + " ns)");
        }
        double[] d = diff(sorted);
        Arrays.sort(d);
        double[] u = unique(d);
        double[] c = diff(u); // u is sorted, so c > 0 everywhere
        Arrays.sort(c);
        c = unique(c);
        int candidates = 0;
        double smallest = Double.NaN;
        for (double v : c) {
            if (v > NOISE_NS) {
                if (candidates == 0) {
                    smallest = v;
                }
                candidates++;
            }
        }
        if (candidates == 0) {
            return new ChannelWidth(ChannelWidth.DEFAULT_NS, ChannelWidth.Source.FALLBACK, 0,
                    "fallback: no candidate step above 1e-4 ns (default " + ChannelWidth.DEFAULT_NS + " ns)");
        }
        String note = candidates == 1 ? "inferred: 1 candidate"
                : "inferred: " + candidates + " candidates, smallest taken";
        return new ChannelWidth(smallest, ChannelWidth.Source.INFERRED, candidates, note);
    }

    private static double[] finiteSorted(double[] values) {
        double[] out = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                out[n++] = v;
            }
        }
        out = n == out.length ? out : Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    private static double[] diff(double[] v) {
        if (v.length < 2) {
            return new double[0];
        }
        double[] out = new double[v.length - 1];
        for (int i = 1; i < v.length; i++) {
            out[i - 1] = v[i] - v[i - 1];
        }
        return out;
    }

    /** Unique values of a sorted array, as numpy.unique (which treats -0.0 and 0.0 as equal). */
    private static double[] unique(double[] sorted) {
        if (sorted.length == 0) {
            return sorted;
        }
        double[] out = new double[sorted.length];
        int n = 0;
        out[n++] = sorted[0];
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != out[n - 1]) {
                out[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
