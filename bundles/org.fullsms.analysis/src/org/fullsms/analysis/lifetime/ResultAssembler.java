package org.fullsms.analysis.lifetime;

import java.util.ArrayList;
import java.util.List;

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
        double[] residuals = new double[model.length];
        for (int j = 0; j < model.length; j++) {
            double m = model[j];
            residuals[j] = m > 0 ? (counts[range.start() + j] - m) / Math.sqrt(m) : Double.NaN;
        }
        int dof = countFree(layout);
        return assemble(layout, x, cov, outcome, context, model, residuals, dof, x[layout.background],
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
        double[] normalised = new double[points];
        problem.fitted(x, normalised);
        double sum = problem.dataSum;
        double[] counts = context.decay().counts();
        double[] model = new double[points];
        double[] residuals = new double[points];
        for (int j = 0; j < points; j++) {
            // back in counts: the normalised model times the data's area, plus the subtracted background
            model[j] = normalised[j] * sum + context.background();
            double m = Math.abs(model[j]);
            residuals[j] = m > 0 ? (counts[range.start() + j] - model[j]) / Math.sqrt(m) : Double.NaN;
        }
        int n = layout.numExp;
        // the original's degrees of freedom: N − (#τ + #amp − 1 + shift) − 1
        int originalParameters = n + (n - 1) + 1;
        return assemble(layout, x, cov, outcome, context, model, residuals, originalParameters + 1,
                context.background(), false);
    }

    private static FitResult assemble(ParameterLayout layout, double[] x, double[][] cov,
            BoundedLevenbergMarquardt.Outcome outcome, LifetimeFitter.FitContext context, double[] model,
            double[] residuals, int dof, double background, boolean backgroundFitted) {
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
        chi2 /= Math.max(1, valid.length - dof);
        FitRange range = context.range();
        double photons = 0;
        for (int k = range.start(); k < range.end(); k++) {
            photons += context.decay().counts()[k];
        }
        FitSettings s = context.settings();
        FitStatus status = outcome.converged() ? FitStatus.OK : FitStatus.NOT_CONVERGED;
        String message = outcome.converged() ? "" : "no convergence after " + outcome.iterations() + " iterations";
        boolean simulated = s.simulateIrf();
        return new FitResult(LifetimeFitter.ID, LifetimeFitter.VERSION, status, message, notes, s.method().name(),
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
