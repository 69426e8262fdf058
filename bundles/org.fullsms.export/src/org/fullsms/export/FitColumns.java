package org.fullsms.export;

import java.util.Locale;

import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.export.parquet.ParquetTable;

/**
 * The lifetime columns of the level tables, in the original's order: {@code num_photons_in_lifetime_fit},
 * then (when any fit has values) {@code av_tau, av_tau_std} and per component {@code tau_i, tau_std_i, amp_i,
 * amp_std_i} (1-based), then {@code irf_shift, decay_bg, irf_bg, chisq, dw, dw_5, dw_1, dw_03, dw_01}; null
 * where a level has no usable fit. Then ours, {@code fit_status}: the fit's {@link #status}, also for fits without
 * values (it says why), null where a level was not fitted.
 */
final class FitColumns {

    private static final String[] TAIL = {"irf_shift", "decay_bg", "irf_bg", "chisq", "dw", "dw_5", "dw_1", "dw_03",
        "dw_01"};

    private final int maxExp;
    private final long[] photonsInFit;
    private final boolean[] fitted;
    private final double[] avTau;
    private final double[] avTauStd;
    private final double[][] components; // per exponent: tau, tau std, amp, amp std
    private final boolean[][] hasComponent;
    private final double[][] tail;
    private final String[] status;

    FitColumns(int rows, int maxExp) {
        this.maxExp = maxExp;
        photonsInFit = new long[rows];
        fitted = new boolean[rows];
        avTau = new double[rows];
        avTauStd = new double[rows];
        components = new double[4 * maxExp][rows];
        hasComponent = new boolean[maxExp][rows];
        tail = new double[TAIL.length][rows];
        status = new String[rows];
    }

    /** A fit's status as exports write it: the lower-case name, "ok", "at_bound", "poor_fit", .... */
    static String status(FitResult f) {
        return f.status().name().toLowerCase(Locale.ROOT);
    }

    void set(int row, FitResult f) {
        if (f == null) {
            return;
        }
        status[row] = status(f);
        if (!f.ok()) {
            return;
        }
        fitted[row] = true;
        photonsInFit[row] = Math.round(f.photonsInFit());
        avTau[row] = f.meanTauAmplitudeNs();
        avTauStd[row] = f.meanTauAmplitudeStdNs();
        for (int e = 0; e < Math.min(maxExp, f.numExp()); e++) {
            hasComponent[e][row] = true;
            components[4 * e][row] = at(f.tauNs(), e);
            components[4 * e + 1][row] = at(f.tauStdNs(), e);
            components[4 * e + 2][row] = at(f.amplitudes(), e);
            components[4 * e + 3][row] = at(f.amplitudeStd(), e);
        }
        double[] bounds = f.durbinWatsonBounds();
        double[] values = {f.shiftNs(), f.background(), f.irfBackground(), f.chiSquaredReduced(), f.durbinWatson(),
            at(bounds, 0), at(bounds, 1), at(bounds, 2), at(bounds, 3)};
        for (int c = 0; c < TAIL.length; c++) {
            tail[c][row] = values[c];
        }
    }

    void addTo(ParquetTable.Builder b) {
        b.longs("num_photons_in_lifetime_fit", photonsInFit, fitted);
        if (maxExp > 0) {
            b.doubles("av_tau", avTau, fitted).doubles("av_tau_std", avTauStd, fitted);
        }
        for (int e = 0; e < maxExp; e++) {
            int n = e + 1;
            b.doubles("tau_" + n, components[4 * e], hasComponent[e]);
            b.doubles("tau_std_" + n, components[4 * e + 1], hasComponent[e]);
            b.doubles("amp_" + n, components[4 * e + 2], hasComponent[e]);
            b.doubles("amp_std_" + n, components[4 * e + 3], hasComponent[e]);
        }
        for (int c = 0; c < TAIL.length; c++) {
            b.doubles(TAIL[c], tail[c], fitted);
        }
        b.strings("fit_status", status);
    }

    private static double at(double[] a, int i) {
        return a != null && i < a.length ? a[i] : Double.NaN;
    }
}
