package org.fullsms.analysis.lifetime;

/**
 * The counts model m<sub>k</sub> = S·Σ a<sub>i</sub>c<sub>i</sub>[k] + b on the window, fitted by weighted least
 * squares (Mighell's χ²<sub>γ</sub> or Neyman's χ², see {@link FitSettings.Weighting}) or Poisson maximum
 * likelihood (deviance, Fisher scoring).
 * Parameters: τ<sub>i</sub> (ns), amplitude fractions a<sub>i</sub> (one of them dependent: 1 − Σ others), scale
 * S, shift (channels), background b (counts per channel) and the simulated IRF's FWHM (channels).
 */
final class CountsProblem extends WindowedProblem {

    /** Floor of the model in the likelihood, so an empty model channel is costly but finite. */
    static final double MODEL_FLOOR = 1e-10;
    /** Expected counts from the decay below which a channel holds no signal for {@link #countsWithoutSignal}. */
    static final double SIGNAL_FLOOR = 1e-6;
    /**
     * The same for a fit whose χ²red would be absurd otherwise: a count where the decay expects 10⁻⁶ to 10⁻³ of
     * one, far in a short lifetime's tail, is a Pearson term of 10³ to 10⁶ unless the background explains it.
     */
    static final double FAINT_SIGNAL = 1e-3;

    private final double[] data;
    private final boolean likelihood;
    private final double[] weight;
    /** Least-squares target per window channel: d, or d + min(d, 1) for Mighell's statistic. */
    private final double[] target;
    /** Buffers per window channel: Σ a_i·c_i, a weighted sum of derivatives, the likelihood's weights 1/√m. */
    private final double[] mixture;
    private final double[] combined;
    private final double[] modelWeight;

    CountsProblem(ParameterLayout layout, ReconvolutionModel model, double[] data, FitRange range,
            boolean likelihood, FitSettings.Weighting weighting) {
        super(layout, model, range);
        this.data = data;
        this.likelihood = likelihood;
        this.weight = new double[end - start];
        this.target = new double[end - start];
        this.mixture = new double[end - start];
        this.combined = new double[end - start];
        this.modelWeight = new double[end - start];
        boolean mighell = weighting != FitSettings.Weighting.NEYMAN;
        for (int k = start; k < end; k++) {
            double d = data[k];
            weight[k - start] = 1 / Math.sqrt(mighell ? d + 1 : Math.max(d, 1));
            target[k - start] = mighell ? d + Math.min(d, 1) : d;
        }
    }

    @Override
    public void project(double[] x) {
        layout.projectAmplitudes(x);
    }

    /** Fills {@code out[k - start]} with the model counts for parameters x. */
    void fitted(double[] x, double[] out) {
        model.compute(layout.taus(x), x[layout.shift], x[layout.fwhm]);
        int n = model.numExp;
        for (int k = start; k < end; k++) {
            double m = 0;
            for (int i = 0; i < n; i++) {
                m += x[layout.amp + i] * model.component[i][k];
            }
            out[k - start] = x[layout.scale] * m + x[layout.background];
        }
    }

    /**
     * Improves the start of the linear parameters for the start lifetimes and shift: amplitudes (as scale ×
     * fractions) and background by weighted linear least squares when all of them are free and the solution is
     * feasible (and {@code amplitudes} is set), else the scale alone from the window's counts above the
     * background. Saves the optimiser its first, wildest steps.
     */
    void linearStart(double[] x, boolean amplitudes) {
        int n = model.numExp;
        model.compute(layout.taus(x), x[layout.shift], x[layout.fwhm]);
        // a single exponential has its one amplitude fixed at 1 (dependent index 0), so it qualifies as well
        boolean allFree = amplitudes && layout.free[layout.background];
        for (int i = 0; i < n && allFree; i++) {
            allFree = i == layout.dependentAmplitude || layout.free[layout.amp + i];
        }
        if (allFree && solveLinear(x)) {
            return;
        }
        double modelSum = 0;
        double dataSum = 0;
        double excess = 0;
        for (int k = start; k < end; k++) {
            for (int i = 0; i < n; i++) {
                modelSum += x[layout.amp + i] * model.component[i][k];
            }
            dataSum += data[k] - x[layout.background];
            excess += Math.max(data[k] - x[layout.background], 0);
        }
        // The estimated background can be far too high for a few hundred photons (it is capped at 5 % of a noisy
        // maximum), so the window's counts minus the background can be ≤ 0; the scale then started at ~0, where
        // the model has no signal and no gradient in τ, shift or FWHM, and τ collapsed to its lower bound.
        // The positive excess over the background is a usable scale in every case.
        double signal = dataSum > 0.5 * excess ? dataSum : excess;
        x[layout.scale] = modelSum > 0 ? Math.max(signal, 1) / modelSum : 1;
    }

    /**
     * The scale S that minimises the objective for the other values of x, within its bounds: for least squares the
     * closed form Σ w²·c·(t − b) / Σ w²·c² (c = Σ a<sub>i</sub>c<sub>i</sub>, t the target, w the weights); for
     * maximum likelihood the root of the deviance's derivative Σ c·(1 − d/m), by Newton's method from the
     * least-squares value (the deviance is convex in S). x itself is not changed.
     */
    double bestScale(double[] x) {
        model.compute(layout.taus(x), x[layout.shift], x[layout.fwhm]);
        weightedSum(x, model.component, mixture);
        double bg = x[layout.background];
        int length = end - start;
        double numerator = 0;
        double denominator = 0;
        for (int j = 0; j < length; j++) {
            double w2 = weight[j] * weight[j];
            numerator += w2 * mixture[j] * (target[j] - bg);
            denominator += w2 * mixture[j] * mixture[j];
        }
        double lo = layout.lower[layout.scale];
        double hi = layout.upper[layout.scale];
        if (!(denominator > 0)) {
            return x[layout.scale];
        }
        double scale = Math.min(Math.max(numerator / denominator, lo), hi);
        if (!likelihood) {
            return scale;
        }
        if (!(scale > 0)) {
            scale = Math.max(lo, Double.MIN_NORMAL);
        }
        for (int iteration = 0; iteration < MAX_SCALE_ITERATIONS; iteration++) {
            double gradient = 0;
            double curvature = 0;
            for (int j = 0; j < length; j++) {
                double c = mixture[j];
                double m = Math.max(scale * c + bg, MODEL_FLOOR);
                double d = data[start + j];
                gradient += c * (1 - d / m);
                curvature += c * c * d / (m * m);
            }
            if (!(curvature > 0)) {
                break;
            }
            double next = scale - gradient / curvature;
            // a Newton step from below the root can overshoot to S ≤ 0, where the model of a channel with counts
            // would be ≤ 0: halve the way instead
            next = next > 0 ? next : scale / 2;
            next = Math.min(Math.max(next, lo), hi);
            boolean done = Math.abs(next - scale) <= 1e-15 * scale;
            scale = next;
            if (done) {
                break;
            }
        }
        return scale;
    }

    /** Newton steps {@link #bestScale} takes at most (it converges quadratically in a few). */
    private static final int MAX_SCALE_ITERATIONS = 100;

    /**
     * Counts and number of the window channels where the model without background is below {@code floor} counts
     * (before the rise of a Gaussian IRF, whose tails are exactly 0, and far in the tail): there only the
     * background can explain counts.
     *
     * @return {counts, channels}
     */
    double[] countsWithoutSignal(double[] x, double floor) {
        model.compute(layout.taus(x), x[layout.shift], x[layout.fwhm]);
        int n = model.numExp;
        double sum = 0;
        int channels = 0;
        for (int k = start; k < end; k++) {
            double signal = 0;
            for (int i = 0; i < n; i++) {
                signal += x[layout.amp + i] * model.component[i][k];
            }
            if (x[layout.scale] * signal < floor) {
                sum += data[k];
                channels++;
            }
        }
        return new double[] { sum, channels };
    }

    /**
     * Pearson's χ² per degree of freedom of the model at x, Σ (d − m)²/m over the window divided by the channels
     * less the free parameters, as the result reports it: +∞ when a channel with counts expects none.
     */
    double pearsonReduced(double[] x) {
        double[] m = new double[end - start];
        fitted(x, m);
        double sum = 0;
        for (int j = 0; j < m.length; j++) {
            double d = data[start + j];
            if (m[j] > 0) {
                sum += (d - m[j]) * (d - m[j]) / m[j];
            } else if (d > 0) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return sum / Math.max(1, m.length - ResultAssembler.countFree(layout));
    }

    /**
     * The shift (channels) that puts the half-maximum crossing on the rise of the start model at that of the
     * smoothed data: a cheap start that keeps the optimiser out of the poor minima a wrong shift leads to.
     */
    double alignedShift(double[] x, double[] smoothedData) {
        int n = model.numExp;
        double[] curve = new double[end];
        model.compute(layout.taus(x), x[layout.shift], x[layout.fwhm]);
        for (int k = 0; k < end; k++) {
            for (int i = 0; i < n; i++) {
                curve[k] += x[layout.amp + i] * model.component[i][k];
            }
        }
        double modelRise = halfRise(curve, end, 0);
        double dataRise = halfRise(smoothedData, end, x[layout.background]);
        return Double.isNaN(modelRise) || Double.isNaN(dataRise) ? x[layout.shift]
                : x[layout.shift] + dataRise - modelRise;
    }

    /** Interpolated position where {@code values − base} first reaches half its maximum over [0, end). */
    private static double halfRise(double[] values, int end, double base) {
        int peak = 0;
        for (int k = 1; k < end; k++) {
            if (values[k] > values[peak]) {
                peak = k;
            }
        }
        double half = base + (values[peak] - base) / 2;
        for (int k = 1; k <= peak; k++) {
            if (values[k] >= half && values[k - 1] < half) {
                return k - 1 + (half - values[k - 1]) / (values[k] - values[k - 1]);
            }
        }
        return Double.NaN;
    }

    /** Weighted least squares for component amplitudes and background; false when infeasible. */
    private boolean solveLinear(double[] x) {
        int n = model.numExp;
        int m = n + 1;
        double[][] a = new double[m][m];
        double[] b = new double[m];
        double[] column = new double[m];
        for (int k = start; k < end; k++) {
            double w2 = weight[k - start] * weight[k - start];
            for (int i = 0; i < n; i++) {
                column[i] = model.component[i][k];
            }
            column[n] = 1;
            for (int i = 0; i < m; i++) {
                b[i] += w2 * column[i] * data[k];
                for (int j = 0; j < m; j++) {
                    a[i][j] += w2 * column[i] * column[j];
                }
            }
        }
        if (!Cholesky.solveInPlace(a, b, m)) {
            return false;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (!(b[i] > 0)) {
                return false;
            }
            total += b[i];
        }
        if (!(b[n] >= layout.lower[layout.background] && b[n] <= layout.upper[layout.background])) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int j = layout.amp + i;
            x[j] = Math.min(Math.max(b[i] / total, layout.lower[j]), layout.upper[j]);
        }
        layout.projectAmplitudes(x);
        x[layout.scale] = total;
        x[layout.background] = b[n];
        return true;
    }

    @Override
    public double evaluate(double[] x, double[] r) {
        model.compute(layout.taus(x), x[layout.shift], x[layout.fwhm]);
        double scale = x[layout.scale];
        double bg = x[layout.background];
        int length = end - start;
        weightedSum(x, model.component, mixture);
        double objective = 0;
        if (likelihood) {
            double[] w = modelWeight;
            for (int j = 0; j < length; j++) {
                double m = scale * mixture[j] + bg;
                double d = data[start + j];
                double mEff = Math.max(m, MODEL_FLOOR);
                w[j] = 1 / Math.sqrt(mEff);
                objective += 2 * (mEff - d + (d > 0 ? d * Math.log(d / mEff) : 0));
                r[j] = (m - d) * w[j];
            }
        } else {
            double[] w = weight;
            for (int j = 0; j < length; j++) {
                double res = (scale * mixture[j] + bg - target[j]) * w[j];
                r[j] = res;
                objective += res * res;
            }
        }
        return objective;
    }

    /**
     * The Jacobian, one parameter at a time over the window: each row is a plain loop over the channels that the
     * compiler turns into vector instructions, where a loop over channels filling every row at once cannot be (the
     * values are the same, term for term). Uses the components, their mixture and (likelihood) the model's
     * weights that {@link #evaluate} left at x.
     */
    @Override
    public void jacobian(double[] x, double[][] jac) {
        int n = model.numExp;
        model.computeDerivatives(layout.taus(x), x[layout.shift], x[layout.fwhm]);
        double scale = x[layout.scale];
        int amp = layout.amp;
        boolean[] free = layout.free;
        int length = end - start;
        double[] w = likelihood ? modelWeight : weight;
        int dependent = layout.dependentAmplitude;
        for (int i = 0; i < n; i++) {
            if (free[i]) {
                double factor = scale * x[amp + i];
                double[] dTau = model.dTau[i];
                double[] row = jac[i];
                for (int j = 0; j < length; j++) {
                    row[j] = factor * dTau[start + j] * w[j];
                }
            }
            if (free[amp + i]) {
                double[] c = model.component[i];
                double[] cDependent = model.component[dependent];
                double[] row = jac[amp + i];
                for (int j = 0; j < length; j++) {
                    row[j] = scale * (c[start + j] - cDependent[start + j]) * w[j];
                }
            }
        }
        if (free[layout.scale]) {
            double[] row = jac[layout.scale];
            for (int j = 0; j < length; j++) {
                row[j] = mixture[j] * w[j];
            }
        }
        if (free[layout.shift]) {
            scaledRow(x, model.dShift, scale, w, jac[layout.shift]);
        }
        if (free[layout.background]) {
            System.arraycopy(w, 0, jac[layout.background], 0, length);
        }
        if (free[layout.fwhm]) {
            scaledRow(x, model.dFwhm, scale, w, jac[layout.fwhm]);
        }
    }

    /**
     * {@code out[j] = Σ a_i·values[i][start + j]} over the window, a<sub>i</sub> the amplitudes of x, summed from 0
     * in component order, the first two components in one pass over the channels.
     */
    private void weightedSum(double[] x, double[][] values, double[] out) {
        int length = end - start;
        int n = model.numExp;
        double a0 = x[layout.amp];
        double[] v0 = values[0];
        if (n == 1) {
            for (int j = 0; j < length; j++) {
                out[j] = 0.0 + a0 * v0[start + j];
            }
            return;
        }
        double a1 = x[layout.amp + 1];
        double[] v1 = values[1];
        for (int j = 0; j < length; j++) {
            out[j] = 0.0 + a0 * v0[start + j] + a1 * v1[start + j];
        }
        for (int i = 2; i < n; i++) {
            double a = x[layout.amp + i];
            double[] v = values[i];
            for (int j = 0; j < length; j++) {
                out[j] += a * v[start + j];
            }
        }
    }

    /** A Jacobian row {@code S·Σ a_i·derivative[i]·w} of a parameter every component depends on. */
    private void scaledRow(double[] x, double[][] derivative, double scale, double[] w, double[] row) {
        weightedSum(x, derivative, combined);
        for (int j = 0; j < end - start; j++) {
            row[j] = scale * combined[j] * w[j];
        }
    }
}
