package org.fullsms.analysis.lifetime;

/**
 * The original Full SMS least-squares problem (REFERENCE §5): data (d − bg) clipped at 0 and model
 * M = Σ a<sub>i</sub>c<sub>i</sub> both divided by their sums over the window, plus the penalty (1 − Σ a<sub>i</sub>)
 * on every point for 2–3 exponentials; unweighted residuals m̂ − d̂.
 */
final class NormalisedProblem extends WindowedProblem {

    /** Normalised data on the window. */
    private final double[] target;
    /** Sum of the background-subtracted, clipped data on the window (counts). */
    final double dataSum;
    private final double[] raw;
    private final double[] dTotal;
    /** Σ m over the window at the x of the last {@link #evaluate}. */
    private double total;

    NormalisedProblem(ParameterLayout layout, ReconvolutionModel model, double[] counts, double background,
            FitRange range) {
        super(layout, model, range);
        this.target = new double[end - start];
        double sum = 0;
        for (int k = start; k < end; k++) {
            double v = Math.max(counts[k] - background, 0);
            target[k - start] = v;
            sum += v;
        }
        this.dataSum = sum;
        for (int j = 0; j < target.length; j++) {
            target[j] /= sum;
        }
        this.raw = new double[end - start];
        this.dTotal = new double[layout.size()];
    }

    @Override
    public void project(double[] x) {
        // amplitudes are independent in this model
    }

    /** Fills {@code out[k - start]} with the normalised model m̂ (penalty included). */
    void fitted(double[] x, double[] out) {
        evaluate(x, out);
        for (int j = 0; j < out.length; j++) {
            out[j] += target[j];
        }
    }

    @Override
    public double evaluate(double[] x, double[] r) {
        int n = model.numExp;
        int amp = layout.amp;
        model.compute(layout.taus(x), x[layout.shift], x[layout.fwhm]);
        double sum = 0;
        double ampSum = 0;
        for (int i = 0; i < n; i++) {
            ampSum += x[amp + i];
        }
        for (int k = start; k < end; k++) {
            double m = 0;
            for (int i = 0; i < n; i++) {
                m += x[amp + i] * model.component[i][k];
            }
            raw[k - start] = m;
            sum += m;
        }
        total = sum;
        if (!(sum > 0)) {
            return Double.NaN;
        }
        double penalty = n > 1 ? 1 - ampSum : 0;
        double objective = 0;
        for (int j = 0; j < r.length; j++) {
            double res = raw[j] / sum + penalty - target[j];
            r[j] = res;
            objective += res * res;
        }
        return objective;
    }

    /** The Jacobian at x, from the model and its sum that {@link #evaluate} left there. */
    @Override
    public void jacobian(double[] x, double[][] jac) {
        int n = model.numExp;
        int amp = layout.amp;
        boolean[] free = layout.free;
        model.computeDerivatives(layout.taus(x), x[layout.shift], x[layout.fwhm]);
        java.util.Arrays.fill(dTotal, 0);
        for (int k = start; k < end; k++) {
            for (int i = 0; i < n; i++) {
                double a = x[amp + i];
                dTotal[i] += a * model.dTau[i][k];
                dTotal[amp + i] += model.component[i][k];
                dTotal[layout.shift] += a * model.dShift[i][k];
                if (model.simulated()) {
                    dTotal[layout.fwhm] += a * model.dFwhm[i][k];
                }
            }
        }
        for (int k = start; k < end; k++) {
            int j = k - start;
            double share = raw[j] / total;
            double dShift = 0;
            double dFwhm = 0;
            for (int i = 0; i < n; i++) {
                double a = x[amp + i];
                if (free[i]) {
                    jac[i][j] = (a * model.dTau[i][k] - share * dTotal[i]) / total;
                }
                if (free[amp + i]) {
                    jac[amp + i][j] = (model.component[i][k] - share * dTotal[amp + i]) / total - (n > 1 ? 1 : 0);
                }
                dShift += a * model.dShift[i][k];
                if (model.simulated()) {
                    dFwhm += a * model.dFwhm[i][k];
                }
            }
            if (free[layout.shift]) {
                jac[layout.shift][j] = (dShift - share * dTotal[layout.shift]) / total;
            }
            if (free[layout.fwhm]) {
                jac[layout.fwhm][j] = (dFwhm - share * dTotal[layout.fwhm]) / total;
            }
        }
    }
}
