package org.fullsms.analysis.lifetime;

/**
 * Levenberg–Marquardt with box bounds by projection and an active set: a free parameter sitting on a bound
 * whose gradient points outwards is held for the step; trial points are clipped into the box. Marquardt's
 * diagonal scaling makes it insensitive to parameter units (amplitudes in counts next to lifetimes in ns).
 * One instance per fit; not thread-safe, but cheap to create.
 */
final class BoundedLevenbergMarquardt {

    static final double LAMBDA_MAX = 1e14;
    /** Fraction of the distance to a bound that an overshooting step goes. */
    static final double BOUND_APPROACH = 0.9;
    /** Accepted steps over which a fit that stops when stalled must lower the objective by {@link #STALL_DECREASE}. */
    static final int STALL_STEPS = 10;
    /** Decrease of the objective (χ² units) below which a fit has stalled. */
    static final double STALL_DECREASE = 1e-3;

    /** Outcome of a minimisation. */
    record Outcome(double[] x, double objective, int iterations, boolean converged, double[][] normalMatrix,
            double[] residuals) {
    }

    /**
     * How the damping λ follows the outcome of a trial step, with the start λ and the stopping tolerances: an
     * accepted step that lowers the objective by less than {@code fTolerance} (relative) or moves every
     * parameter by less than {@code xTolerance} (relative) ends the fit.
     */
    enum Damping {
        /**
         * λ/10 after a success, ×10 after a failure, start 1e-3, tight tolerances: best for the original's
         * normalised problem, whose near-flat directions need them to reach the original's minima.
         */
        TENFOLD(1e-3, 1e-12, 1e-10),
        /**
         * Nielsen's gain-ratio rule, start 1e-2: fewer iterations and better minima on the counts problems. A
         * relative 1e-9 is a χ² change of ~1e-6 for 1000 channels, far below statistical relevance (scipy's
         * least_squares stops at 1e-8).
         */
        NIELSEN(1e-2, 1e-9, 1e-8);

        final double start;
        final double fTolerance;
        final double xTolerance;

        Damping(double start, double fTolerance, double xTolerance) {
            this.start = start;
            this.fTolerance = fTolerance;
            this.xTolerance = xTolerance;
        }
    }

    private final FitProblem problem;
    private final Damping damping;
    private final boolean stopWhenStalled;
    private final int n;
    private final int p;
    private final double[] lower;
    private final double[] upper;
    private final boolean[] free;
    /** Free Jacobian rows and then the residuals, their parameter indices, and four products: see normalEquations. */
    private final double[][] rows;
    private final int[] index;
    private final double[] block = new double[4];

    BoundedLevenbergMarquardt(FitProblem problem, Damping damping) {
        this(problem, damping, false);
    }

    /**
     * @param stopWhenStalled also stop when the objective, a χ² or a deviance, fell by less than
     *                        {@value #STALL_DECREASE} over the last {@value #STALL_STEPS} accepted steps: the fit crawls
     *                        along a valley whose floor is flat to that (a χ² difference of 10⁻³ is 3 % of a standard
     *                        error of a parameter along it), as two exponentials fitted to a decay of one lifetime do
     *                        for hundreds of steps. A fit that converges in {@value #STALL_STEPS} steps or fewer is not
     *                        affected.
     */
    BoundedLevenbergMarquardt(FitProblem problem, Damping damping, boolean stopWhenStalled) {
        this.problem = problem;
        this.damping = damping;
        this.stopWhenStalled = stopWhenStalled;
        this.n = problem.residuals();
        this.p = problem.parameters();
        this.lower = problem.lower();
        this.upper = problem.upper();
        this.free = problem.free();
        this.rows = new double[p + 1][];
        this.index = new int[p];
    }

    Outcome minimise(double[] start, int maxIterations) {
        double[] x = start.clone();
        clip(x);
        problem.project(x);
        double[] r = new double[n];
        double[] rTrial = new double[n];
        double[][] jac = new double[p][n];
        double[] xTrial = new double[p];
        double[] g = new double[p];
        double[][] h = new double[p][p];
        double[][] a = new double[p][p];
        double[] step = new double[p];
        boolean[] moving = new boolean[p];
        boolean[] approached = new boolean[p];
        boolean[] approachedTrial = new boolean[p];
        double f = problem.evaluate(x, r);
        if (!Double.isFinite(f)) {
            return new Outcome(x, f, 0, false, null, r);
        }
        problem.jacobian(x, jac);
        double lambda = damping.start;
        boolean nielsen = damping == Damping.NIELSEN;
        double nu = 2;
        int iteration = 0;
        boolean converged = false;
        // the objective after each of the last STALL_STEPS accepted steps, by step number modulo STALL_STEPS
        double[] recent = stopWhenStalled ? new double[STALL_STEPS] : null;
        int acceptedSteps = 0;
        while (iteration < maxIterations && !converged) {
            iteration++;
            normalEquations(jac, r, g, h);
            for (int i = 0; i < p; i++) {
                moving[i] = free[i] && !(x[i] <= lower[i] && g[i] > 0) && !(x[i] >= upper[i] && g[i] < 0);
            }
            boolean accepted = false;
            while (!accepted) {
                if (!solveDamped(h, g, lambda, moving, a, step)) {
                    lambda *= 10;
                } else {
                    for (int i = 0; i < p; i++) {
                        xTrial[i] = towardsBound(x[i], step[i], lower[i], upper[i], approached[i]);
                        approachedTrial[i] = xTrial[i] != x[i] + step[i];
                    }
                    problem.project(xTrial);
                    double fTrial = problem.evaluate(xTrial, rTrial);
                    if (Double.isFinite(fTrial) && fTrial <= f) {
                        double rho = (f - fTrial) / predictedDecrease(g, h, x, xTrial);
                        accepted = true;
                        converged = f - fTrial <= damping.fTolerance * Math.abs(f) + 1e-300 || smallStep(x, xTrial);
                        if (recent != null) {
                            int slot = acceptedSteps % STALL_STEPS;
                            converged |= acceptedSteps >= STALL_STEPS && recent[slot] - fTrial < STALL_DECREASE;
                            recent[slot] = fTrial;
                            acceptedSteps++;
                        }
                        System.arraycopy(xTrial, 0, x, 0, p);
                        System.arraycopy(approachedTrial, 0, approached, 0, p);
                        double[] swap = r;
                        r = rTrial;
                        rTrial = swap;
                        problem.jacobian(x, jac);
                        f = fTrial;
                        // Nielsen: shrink λ by up to 3 when the quadratic model predicted the decrease well
                        double shrink = nielsen ? Math.max(1.0 / 3, 1 - Math.pow(2 * Math.min(rho, 1) - 1, 3)) : 0.1;
                        lambda = Math.max(lambda * shrink, 1e-12);
                        nu = 2;
                    } else {
                        lambda *= nielsen ? nu : 10;
                        nu *= 2;
                    }
                }
                if (!accepted && lambda > LAMBDA_MAX) {
                    // No downhill step exists at any damping: x is a (bounded) stationary point.
                    converged = true;
                    break;
                }
            }
        }
        normalEquations(jac, r, g, h);
        return new Outcome(x, f, iteration, converged, h, r);
    }

    /** Decrease of the objective predicted by its Gauss–Newton model: −(2gᵀδ + δᵀHδ); NaN-safe positive. */
    private double predictedDecrease(double[] g, double[][] h, double[] x, double[] next) {
        double predicted = 0;
        for (int i = 0; i < p; i++) {
            double di = next[i] - x[i];
            double hd = 0;
            for (int j = 0; j < p; j++) {
                hd += h[i][j] * (next[j] - x[j]);
            }
            predicted -= 2 * g[i] * di + di * hd;
        }
        return predicted > 0 ? predicted : Double.POSITIVE_INFINITY;
    }

    private boolean smallStep(double[] x, double[] next) {
        for (int i = 0; i < p; i++) {
            if (Math.abs(next[i] - x[i]) > damping.xTolerance * (Math.abs(x[i]) + damping.xTolerance)) {
                return false;
            }
        }
        return true;
    }

    /**
     * x + step, but a step that would cross a bound from inside stops at {@link #BOUND_APPROACH} of the way to
     * it, so a parameter does not land on a bound in one overshoot (which traps multi-exponential fits in poor
     * minima); when the previous accepted step was already stopped this way ({@code again}) it lands on the
     * bound, where the active set can hold it.
     */
    private static double towardsBound(double x, double step, double lo, double hi, boolean again) {
        double next = x + step;
        if (next < lo) {
            return x > lo && !again ? x + BOUND_APPROACH * (lo - x) : lo;
        }
        if (next > hi) {
            return x < hi && !again ? x + BOUND_APPROACH * (hi - x) : hi;
        }
        return next;
    }

    private void clip(double[] x) {
        for (int i = 0; i < p; i++) {
            if (x[i] < lower[i]) {
                x[i] = lower[i];
            } else if (x[i] > upper[i]) {
                x[i] = upper[i];
            }
        }
    }

    /**
     * g = Jᵀr and h = JᵀJ over free parameters (others zero): the lower triangle of the products of the free
     * Jacobian rows and the residuals (as one more row, whose products with the rows are g), two rows against two
     * columns at a time, each in its own running sum (in channel order, as one product at a time would). A single
     * running sum is a chain of dependent additions that waits on the adder at every channel, and each pass over
     * the channels loads four values for four products instead of two for one (the normal equations are a third
     * of a fit's time); blocks of the lower triangle only compute 40 products for the 35 of 7 free parameters.
     */
    private void normalEquations(double[][] jac, double[] r, double[] g, double[][] h) {
        int m = 0;
        for (int i = 0; i < p; i++) {
            java.util.Arrays.fill(h[i], 0);
            g[i] = 0;
            if (free[i]) {
                rows[m] = jac[i];
                index[m++] = i;
            }
        }
        rows[m] = r;
        int last = m;
        for (int a = 0; a <= last; a += 2) {
            int b = Math.min(a + 1, last);
            for (int c = 0; c <= b; c += 2) {
                int d = Math.min(c + 1, last);
                products(rows[a], rows[b], rows[c], rows[d], block);
                store(a, c, block[0], m, g, h);
                store(a, d, block[1], m, g, h);
                store(b, c, block[2], m, g, h);
                store(b, d, block[3], m, g, h);
            }
        }
    }

    /**
     * Stores the product of rows u and v (v ≤ u; others are the upper triangle's, stored from their mirror): in h,
     * symmetric, or in g when u is the residuals (m); the residuals' own product is not needed.
     */
    private void store(int u, int v, double value, int m, double[] g, double[][] h) {
        if (v > u || v == m) {
            return;
        }
        if (u == m) {
            g[index[v]] = value;
        } else {
            h[index[u]][index[v]] = value;
            h[index[v]][index[u]] = value;
        }
    }

    /** out = {Σ a·c, Σ a·d, Σ b·c, Σ b·d} over the residuals. */
    private void products(double[] a, double[] b, double[] c, double[] d, double[] out) {
        double ac = 0;
        double ad = 0;
        double bc = 0;
        double bd = 0;
        for (int k = 0; k < n; k++) {
            double ak = a[k];
            double bk = b[k];
            double ck = c[k];
            double dk = d[k];
            ac += ak * ck;
            ad += ak * dk;
            bc += bk * ck;
            bd += bk * dk;
        }
        out[0] = ac;
        out[1] = ad;
        out[2] = bc;
        out[3] = bd;
    }

    /** Solves (H + λ·diag H) δ = −g over the moving parameters; false when not positive definite. */
    private boolean solveDamped(double[][] h, double[] g, double lambda, boolean[] moving, double[][] a,
            double[] step) {
        double maxDiag = 0;
        for (int i = 0; i < p; i++) {
            if (moving[i]) {
                maxDiag = Math.max(maxDiag, h[i][i]);
            }
        }
        double floor = maxDiag > 0 ? 1e-15 * maxDiag : 1e-300;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                a[i][j] = moving[i] && moving[j] ? h[i][j] : 0;
            }
            a[i][i] = moving[i] ? h[i][i] + lambda * Math.max(h[i][i], floor) : 1;
            step[i] = moving[i] ? -g[i] : 0;
        }
        return Cholesky.solveInPlace(a, step, p);
    }
}
