package org.fullsms.analysis.correlation;

import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Poisson maximum-likelihood fit of a {@link G2Model} to pair counts. The expected count of bin i is
 * μᵢ = Bᵢ + Sᵢ·g(τᵢ; θ), with Bᵢ the expected background pairs and Sᵢ the expected uncorrelated signal
 * pairs, so the fitted g is background-corrected whenever B is given.
 * <p>
 * Levenberg–Marquardt on the Poisson deviance: each step solves (JᵀWJ + λ·diag(JᵀWJ))·δ = JᵀW(n − μ) with
 * W = 1/μ (Fisher scoring, whose fixed point is the likelihood maximum), is projected onto the allowed box
 * ({@link G2Model#clamp}) and is kept only if the deviance falls. Several starting time constants are tried
 * and the lowest deviance kept. Errors come from the sandwich covariance H⁻¹·(JᵀWVWJ)·H⁻¹, H = JᵀWJ, V = μ,
 * which stays right where weights are floored. Not thread-safe: one instance per fit.
 */
final class G2Fitter {

    private static final int MAX_ITERATIONS = 300;
    private static final double MIN_PAIRS = 10;
    private static final double DEVIANCE_TOLERANCE = 1e-6;

    private final G2Model model;
    private final double[] edges;
    private final double[] counts;
    private final double[] background;
    private final double[] signal;
    private final double weightFloor;
    private final int p;
    private final double[] mu;
    private final double[][] jacobian;
    private int iterationsUsed;

    G2Fitter(G2Model model, CorrelationHistogram histogram, double[] background, double[] signal) {
        this.model = model;
        this.edges = histogram.edgesNs();
        int n = histogram.size();
        this.counts = new double[n];
        for (int i = 0; i < n; i++) {
            counts[i] = histogram.counts()[i];
        }
        this.background = background;
        this.signal = signal;
        double meanSignal = 0;
        for (double s : signal) {
            meanSignal += s / n;
        }
        // Bins whose model falls to ~0 (an ideal emitter's dip) would get unbounded weight; 1 % of the
        // plateau keeps the steps tame. The sandwich covariance accounts for it.
        this.weightFloor = Math.max(0.01 * meanSignal, 1e-9);
        this.p = model.parameterCount();
        this.mu = new double[n];
        this.jacobian = new double[n][p];
    }

    /** Fits from each start (the time constant varies) and returns the best; never throws for bad data. */
    G2Fit fit(double[][] starts) {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        if (total < MIN_PAIRS) {
            return G2Fit.failed(model.name(), "too few pairs to fit (" + (long) total + ")");
        }
        if (counts.length <= p + 1) {
            return G2Fit.failed(model.name(), "too few bins to fit (" + counts.length + ")");
        }
        double[] best = null;
        double bestDeviance = Double.POSITIVE_INFINITY;
        boolean bestConverged = false;
        for (double[] start : starts) {
            double[] theta = minimise(start.clone());
            double deviance = deviance(evaluate(theta));
            if (deviance < bestDeviance) {
                bestDeviance = deviance;
                best = theta;
                bestConverged = iterationsUsed < MAX_ITERATIONS;
            }
        }
        if (best == null) {
            return G2Fit.failed(model.name(), "fit failed: no start gave a finite likelihood");
        }
        if (!bestConverged) {
            return G2Fit.failed(model.name(), "fit did not converge in " + MAX_ITERATIONS + " iterations");
        }
        return summarise(best);
    }

    /** Damped Fisher scoring from θ; sets {@link #iterationsUsed} (MAX_ITERATIONS = not converged). */
    private double[] minimise(double[] theta) {
        iterationsUsed = MAX_ITERATIONS;
        model.clamp(theta);
        double deviance = deviance(evaluate(theta));
        double lambda = 1e-3;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] h = new double[p][p];
            double[] g = new double[p];
            for (int i = 0; i < counts.length; i++) {
                double w = 1 / Math.max(mu[i], weightFloor);
                double r = counts[i] - mu[i];
                for (int k = 0; k < p; k++) {
                    g[k] += w * r * jacobian[i][k];
                    for (int l = 0; l <= k; l++) {
                        h[k][l] += w * jacobian[i][k] * jacobian[i][l];
                    }
                }
            }
            for (int k = 0; k < p; k++) {
                for (int l = 0; l < k; l++) {
                    h[l][k] = h[k][l];
                }
            }
            boolean improved = false;
            while (lambda < 1e12) {
                double[] trial = step(theta, h, g, lambda);
                double trialDeviance = trial == null ? Double.POSITIVE_INFINITY : deviance(evaluate(trial));
                if (trialDeviance < deviance) {
                    // The deviance is on the χ² scale: a gain below 1e-6 moves no parameter by a visible
                    // fraction of its error.
                    boolean done = deviance - trialDeviance < DEVIANCE_TOLERANCE;
                    theta = trial;
                    deviance = trialDeviance;
                    lambda = Math.max(lambda / 10, 1e-12);
                    improved = !done;
                    break;
                }
                lambda *= 10;
            }
            // mu and jacobian now hold the accepted trial, i.e. the new theta (or nothing changed: stop).
            if (!improved) {
                iterationsUsed = iteration;
                break;
            }
        }
        return theta;
    }

    /** θ + δ with (H + λ·diag H)·δ = g, projected onto the allowed box; null if singular. */
    private double[] step(double[] theta, double[][] h, double[] g, double lambda) {
        double[][] a = new double[p][p];
        for (int k = 0; k < p; k++) {
            a[k] = h[k].clone();
            a[k][k] += lambda * Math.max(h[k][k], 1e-12);
        }
        DecompositionSolver solver = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver();
        if (!solver.isNonSingular()) {
            return null;
        }
        double[] delta = solver.solve(new ArrayRealVector(g, false)).toArray();
        double[] trial = new double[p];
        for (int k = 0; k < p; k++) {
            trial[k] = theta[k] + delta[k];
        }
        model.clamp(trial);
        return trial;
    }

    /** μᵢ = Bᵢ + Sᵢ·g(τᵢ) into {@link #mu} and ∂μᵢ/∂θ into {@link #jacobian}; returns {@link #mu}. */
    private double[] evaluate(double[] theta) {
        model.evaluate(theta, edges, mu, jacobian);
        for (int i = 0; i < mu.length; i++) {
            mu[i] = background[i] + signal[i] * mu[i];
            for (int k = 0; k < p; k++) {
                jacobian[i][k] *= signal[i];
            }
        }
        return mu;
    }

    /** Poisson deviance 2·Σ[n·ln(n/μ) − (n − μ)], μ floored so that negative μ is never rewarded. */
    private double deviance(double[] expected) {
        double sum = 0;
        for (int i = 0; i < expected.length; i++) {
            double m = Math.max(expected[i], 1e-12 * weightFloor);
            sum += (counts[i] > 0 ? counts[i] * Math.log(counts[i] / m) : 0) - (counts[i] - m);
        }
        return 2 * sum;
    }

    private G2Fit summarise(double[] theta) {
        int n = counts.length;
        evaluate(theta);
        double[][] h = new double[p][p];
        double[][] b = new double[p][p];
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double w = 1 / Math.max(mu[i], weightFloor);
            double variance = Math.max(mu[i], 0);
            for (int k = 0; k < p; k++) {
                for (int l = 0; l < p; l++) {
                    double jj = jacobian[i][k] * jacobian[i][l];
                    h[k][l] += w * jj;
                    b[k][l] += w * w * variance * jj;
                }
            }
            if (mu[i] > 0) {
                chi2 += (counts[i] - mu[i]) * (counts[i] - mu[i]) / mu[i];
            }
        }
        RealMatrix hInverse;
        try {
            hInverse = new LUDecomposition(new Array2DRowRealMatrix(h, false)).getSolver().getInverse();
        } catch (MathIllegalArgumentException e) {
            return G2Fit.failed(model.name(), "parameters not determined by the data (singular information matrix)");
        }
        RealMatrix cov = hInverse.multiply(new Array2DRowRealMatrix(b, false)).multiply(hInverse);
        double[] err = new double[p];
        for (int k = 0; k < p; k++) {
            err[k] = Math.sqrt(Math.max(cov.getEntry(k, k), 0));
        }
        boolean pulsed = p > PulseTrainModel.FLOOR;
        double floor = pulsed ? theta[PulseTrainModel.FLOOR] : 0;
        double floorErr = pulsed ? err[PulseTrainModel.FLOOR] : 0;
        return new G2Fit(model.name(), theta[G2Model.G0], err[G2Model.G0], theta[G2Model.TAU], err[G2Model.TAU],
                theta[G2Model.AMPLITUDE], err[G2Model.AMPLITUDE], floor, floorErr, chi2 / (n - p), true, "ok");
    }
}
