package org.fullsms.ui.editor;

import java.util.Arrays;

import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.ui.charts.SeriesData;

/**
 * What the lifetime tab draws for one decay, built off the UI thread: the histogram, the IRF scaled to the decay's
 * peak (the loaded one, or the fit's simulated Gaussian), the fitted curve and its weighted residuals.
 *
 * @param decay        the decay histogram
 * @param fit          the fit of this decay, or null
 * @param counts       decay as steps over the channel edges (ns)
 * @param irf          scaled IRF at channel centres, empty when none is known
 * @param irfSimulated true if {@code irf} is the fit's simulated Gaussian
 * @param curve        fitted counts at channel centres, empty when not fitted
 * @param residuals    weighted residuals (data − model)/√model at channel centres, clipped to ±{@code residualLimit}
 * @param residualLimit where residuals are clipped (a robust bound, so one wild channel cannot flatten the rest)
 */
record DecayPlotData(DecayHistogram decay, FitResult fit, SeriesData counts, SeriesData irf, boolean irfSimulated,
        SeriesData curve, SeriesData residuals, double residualLimit) {

    /** Quantile of |residual| the clip limit is based on. */
    private static final double RESIDUAL_QUANTILE = 0.99;
    /** Smallest clip limit (σ): a good fit's residuals stay within ±3 and are never clipped. */
    private static final double MIN_RESIDUAL_LIMIT = 4;

    /**
     * @param d        the decay
     * @param fit      its fit, or null
     * @param measured the loaded IRF on the decay's grid, or null
     * @return the plot data
     */
    static DecayPlotData of(DecayHistogram d, FitResult fit, double[] measured) {
        int n = d.length();
        double w = d.channelWidthNs();
        double[] edges = new double[n + 1];
        double max = 0;
        for (int i = 0; i <= n; i++) {
            edges[i] = d.offsetNs() + i * w;
        }
        for (double c : d.counts()) {
            max = Math.max(max, c);
        }
        boolean ok = fit != null && fit.ok() && fit.fittedCounts().length > 0;
        double[] irf = measured;
        boolean simulated = false;
        if (irf == null && ok && Double.isFinite(fit.fwhmNs()) && fit.fwhmNs() > 0) {
            // the fitter's Gaussian: centred on the decay's peak channel, moved by the fitted shift
            double shift = Double.isFinite(fit.shiftNs()) ? fit.shiftNs() / w : 0;
            irf = Irf.gaussian(n, d.peakChannel() + shift, fit.fwhmNs() / w);
            simulated = true;
        }
        SeriesData irfData = irf == null ? SeriesData.empty() : support(scaled(irf, n, max), d.offsetNs() + w / 2, w);
        SeriesData curve = SeriesData.empty();
        SeriesData res = SeriesData.empty();
        double limit = MIN_RESIDUAL_LIMIT;
        if (ok) {
            double x0 = d.offsetNs() + (fit.startChannel() + 0.5) * w;
            curve = SeriesData.uniform(x0, w, fit.fittedCounts());
            limit = residualLimit(fit.residuals());
            res = SeriesData.uniform(x0, w, clip(fit.residuals(), limit));
        }
        return new DecayPlotData(d, fit, SeriesData.steps(edges, d.counts()), irfData, simulated, curve, res, limit);
    }

    /**
     * The IRF from its first to its last non-zero channel: exact zeros outside would be drawn along the log axis'
     * floor as a line across the whole decay.
     */
    static SeriesData support(double[] irf, double x0, double w) {
        int first = 0;
        int last = irf.length - 1;
        while (first <= last && irf[first] <= 0) {
            first++;
        }
        while (last >= first && irf[last] <= 0) {
            last--;
        }
        if (first > last) {
            return SeriesData.empty();
        }
        return SeriesData.uniform(x0 + first * w, w, Arrays.copyOfRange(irf, first, last + 1));
    }

    /** {@code irf} scaled so its peak equals {@code peak}, on {@code n} channels. */
    static double[] scaled(double[] irf, int n, double peak) {
        double irfMax = 0;
        for (int i = 0; i < n && i < irf.length; i++) {
            irfMax = Math.max(irfMax, irf[i]);
        }
        double[] out = new double[n];
        for (int i = 0; i < n && i < irf.length; i++) {
            out[i] = irfMax > 0 ? irf[i] * peak / irfMax : 0;
        }
        return out;
    }

    /** max(MIN, 1.2 × the 99 % quantile of the finite |residuals|). */
    static double residualLimit(double[] r) {
        double[] abs = new double[r.length];
        int k = 0;
        for (double v : r) {
            if (Double.isFinite(v)) {
                abs[k++] = Math.abs(v);
            }
        }
        if (k == 0) {
            return MIN_RESIDUAL_LIMIT;
        }
        Arrays.sort(abs, 0, k);
        double q = abs[Math.min(k - 1, (int) Math.floor(RESIDUAL_QUANTILE * (k - 1)))];
        return Math.max(MIN_RESIDUAL_LIMIT, 1.2 * q);
    }

    /** Residuals clipped to ±limit; non-finite ones (a zero model) drawn at 0. */
    static double[] clip(double[] r, double limit) {
        double[] out = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = Double.isFinite(r[i]) ? Math.max(-limit, Math.min(limit, r[i])) : 0;
        }
        return out;
    }
}
