package org.fullsms.analysis.lifetime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns an optimiser outcome into a {@link FitResult}: standard errors, mean lifetimes, residuals, statistics. */
final class ResultAssembler {

    private ResultAssembler() {
    }

    static FitResult counts(CountsProblem problem, BoundedLevenbergMarquardt.Outcome outcome,
            LifetimeFitter.FitContext context) {
        ParameterLayout layout = problem.layout;
        double[] x = outcome.x();
        double[][] cov = Cholesky.inverse(outcome.normalMatrix(), layout.free);
        FitRange range = context.range();
        double[] counts = context.decay().counts();
        double[] model = new double[range.length()];
        problem.fitted(x, model);
        double[] residuals = countsResiduals(counts, range.start(), model);
        int impossible = 0;
        for (double r : residuals) {
            if (Double.isNaN(r)) {
                impossible++;
            }
        }
        int dof = countFree(layout);
        return assemble(layout, x, cov, outcome, context, model, residuals, dof, impossible, x[layout.background],
                layout.free[layout.background]);
    }

    static FitResult original(NormalisedProblem problem, BoundedLevenbergMarquardt.Outcome outcome,
            LifetimeFitter.FitContext context) {
        ParameterLayout layout = problem.layout;
        double[] x = outcome.x();
        double[][] cov = Cholesky.inverse(outcome.normalMatrix(), layout.free);
        FitRange range = context.range();
        int points = range.length();
        int free = countFree(layout);
        if (cov != null) {
            // curve_fit without sigma: covariance scaled by the residual variance
            double ss = 0;
            for (double r : outcome.residuals()) {
                ss += r * r;
            }
            double factor = ss / Math.max(1, points - free);
            for (double[] row : cov) {
                for (int j = 0; j < row.length; j++) {
                    row[j] *= factor;
                }
            }
        }
        double[] model = new double[points];
        originalModel(problem, x, context.background(), model);
        double[] residuals = originalResiduals(context.decay().counts(), range.start(), model);
        int n = layout.numExp;
        // the original's degrees of freedom: N − (#τ + #amp − 1 + shift) − 1
        int originalParameters = n + (n - 1) + 1;
        return assemble(layout, x, cov, outcome, context, model, residuals, originalParameters + 1, 0,
                context.background(), false);
    }

    /**
     * Weighted residuals of the Poisson modes, (d − m)/√m per window channel from {@code start}: 0 where both are 0
     * (nothing expected, nothing seen), NaN where the model is ≤ 0 but the channel holds counts (Pearson's term is
     * infinite).
     */
    static double[] countsResiduals(double[] counts, int start, double[] model) {
        double[] residuals = new double[model.length];
        for (int j = 0; j < model.length; j++) {
            double m = model[j];
            double d = counts[start + j];
            residuals[j] = m > 0 ? (d - m) / Math.sqrt(m) : d == 0 ? 0 : Double.NaN;
        }
        return residuals;
    }

    /**
     * The original's model in counts at x: the normalised model times the data's area on the window, plus the
     * subtracted background.
     */
    static void originalModel(NormalisedProblem problem, double[] x, double background, double[] out) {
        problem.fitted(x, out);
        for (int j = 0; j < out.length; j++) {
            out[j] = out[j] * problem.dataSum + background;
        }
    }

    /** The original's residuals (d − m)/√|m|, NaN where the model is 0. */
    static double[] originalResiduals(double[] counts, int start, double[] model) {
        double[] residuals = new double[model.length];
        for (int j = 0; j < model.length; j++) {
            double m = Math.abs(model[j]);
            residuals[j] = m > 0 ? (counts[start + j] - model[j]) / Math.sqrt(m) : Double.NaN;
        }
        return residuals;
    }

    private static FitResult assemble(ParameterLayout layout, double[] x, double[][] cov,
            BoundedLevenbergMarquardt.Outcome outcome, LifetimeFitter.FitContext context, double[] model,
            double[] residuals, int dof, int impossible, double background, boolean backgroundFitted) {
        List<String> notes = new ArrayList<>(context.notes());
        if (cov == null) {
            notes.add("covariance matrix is singular: standard errors are NaN");
        }
        int n = layout.numExp;
        double width = context.decay().channelWidthNs();
        double[] tau = new double[n];
        double[] tauStd = new double[n];
        double[] amp = new double[n];
        double ampSum = 0;
        for (int i = 0; i < n; i++) {
            tau[i] = x[i];
            tauStd[i] = std(cov, layout, i);
            amp[i] = x[layout.amp + i];
            ampSum += amp[i];
        }
        double[] ampStd = amplitudeStd(cov, layout);
        boolean dependent = layout.dependentAmplitude >= 0;
        if (dependent && ampSum > 0) {
            for (int i = 0; i < n; i++) {
                amp[i] /= ampSum;
                ampStd[i] /= ampSum;
            }
        }
        MeanLifetimes means = MeanLifetimes.of(layout, x, cov);
        double[] valid = finite(residuals);
        double chi2 = 0;
        for (double r : valid) {
            chi2 += r * r;
        }
        chi2 = impossible > 0 ? Double.POSITIVE_INFINITY : chi2 / Math.max(1, valid.length - dof);
        FitRange range = context.range();
        double photons = 0;
        for (int k = range.start(); k < range.end(); k++) {
            photons += context.decay().counts()[k];
        }
        FitSettings s = context.settings();
        Verdict verdict = verdict(layout, x, outcome, chi2, impossible, width);
        boolean simulated = s.simulateIrf();
        return new FitResult(LifetimeFitter.ID, LifetimeFitter.VERSION, verdict.status(), verdict.message(), notes,
                s.method().name(),
                s.weighting().name(), n, tau, tauStd, amp, ampStd, means.amplitudeWeighted(),
                means.amplitudeWeightedStd(), means.intensityWeighted(), means.intensityWeightedStd(),
                x[layout.shift] * width, std(cov, layout, layout.shift) * width, background,
                backgroundFitted ? std(cov, layout, layout.background) : Double.NaN, context.irfBackground(),
                simulated ? x[layout.fwhm] * width : Double.NaN,
                simulated ? std(cov, layout, layout.fwhm) * width : Double.NaN, chi2,
                DurbinWatson.statistic(valid), DurbinWatson.bounds(valid.length, n), range.start(), range.end(),
                range.start() * width, range.end() * width, photons, model, residuals, outcome.iterations(),
                outcome.objective());
    }

    /** Status and reason(s) of a fit with values; the first applicable status wins, every reason is listed. */
    private record Verdict(FitStatus status, String message) {
    }

    /**
     * Not converged, then a goodness of fit that is not finite or absurd ({@link FitStatus#POOR_FIT}), then a
     * free lifetime on a bound ({@link FitStatus#AT_BOUND}: within a hundredth of a channel, where a lifetime
     * is not resolved anyway) or a free IRF shift on a bound (within a hundredth of a channel).
     */
    private static Verdict verdict(ParameterLayout layout, double[] x, BoundedLevenbergMarquardt.Outcome outcome,
            double chi2, int impossible, double width) {
        List<String> reasons = new ArrayList<>();
        FitStatus status = FitStatus.OK;
        if (!outcome.converged()) {
            status = FitStatus.NOT_CONVERGED;
            reasons.add("no convergence after " + outcome.iterations() + " iterations");
        }
        if (!(chi2 <= LifetimeFitter.MAX_CHI2_RED)) {
            status = status == FitStatus.OK ? FitStatus.POOR_FIT : status;
            reasons.add(impossible > 0
                    ? "the model expects no counts in " + impossible + " channel(s) that hold counts (χ²red = ∞)"
                    : String.format(Locale.ROOT, "χ²red = %.4g: the model does not describe the data", chi2));
        }
        double tolerance = width / 100;
        for (int i = 0; i < layout.numExp; i++) {
            if (!layout.free[i]) {
                continue;
            }
            boolean low = x[i] <= layout.lower[i] + tolerance;
            if (low || x[i] >= layout.upper[i] - tolerance) {
                status = status == FitStatus.OK ? FitStatus.AT_BOUND : status;
                double bound = low ? (layout.lower[i] <= ParameterLayout.TAU_FLOOR ? 0 : layout.lower[i])
                        : layout.upper[i];
                reasons.add(String.format(Locale.ROOT, "τ%d at its %s bound (%s ns): not determined by the decay",
                        i + 1, low ? "lower" : "upper", plain(bound)));
            }
        }
        int shift = layout.shift;
        boolean low = x[shift] <= layout.lower[shift] + 0.01;
        if (layout.free[shift] && (low || x[shift] >= layout.upper[shift] - 0.01)) {
            // the IRF's position is not determined: e.g. a simulated IRF centred on a noise spike out of reach
            status = status == FitStatus.OK ? FitStatus.AT_BOUND : status;
            reasons.add(String.format(Locale.ROOT, "IRF shift at its %s bound (%s ns)", low ? "lower" : "upper",
                    plain((low ? layout.lower[shift] : layout.upper[shift]) * width)));
        }
        return new Verdict(status, String.join("; ", reasons));
    }

    /** Four significant digits without trailing zeros: 0.5, −2, 10. */
    private static String plain(double value) {
        String text = String.format(Locale.ROOT, "%.4g", value);
        return text.contains(".") && !text.contains("e") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    static int countFree(ParameterLayout layout) {
        int free = 0;
        for (boolean f : layout.free) {
            if (f) {
                free++;
            }
        }
        return free;
    }

    /** Standard error of internal parameter i: NaN without covariance, 0 when fixed. */
    static double std(double[][] cov, ParameterLayout layout, int i) {
        if (!layout.free[i]) {
            return 0;
        }
        return cov == null ? Double.NaN : Math.sqrt(Math.max(0, cov[i][i]));
    }

    private static double[] amplitudeStd(double[][] cov, ParameterLayout layout) {
        int n = layout.numExp;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = std(cov, layout, layout.amp + i);
        }
        int d = layout.dependentAmplitude;
        if (d >= 0 && n > 1) {
            // a_d = 1 − Σ others: its variance is the sum of the free amplitudes' covariance block
            double var = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (layout.free[layout.amp + i] && layout.free[layout.amp + j]) {
                        var += cov == null ? Double.NaN : cov[layout.amp + i][layout.amp + j];
                    }
                }
            }
            out[d] = Math.sqrt(Math.max(0, var));
        }
        return out;
    }

    private static double[] finite(double[] values) {
        int count = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                count++;
            }
        }
        double[] out = new double[count];
        int i = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                out[i++] = v;
            }
        }
        return out;
    }
}
