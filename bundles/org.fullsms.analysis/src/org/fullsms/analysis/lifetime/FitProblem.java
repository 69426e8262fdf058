package org.fullsms.analysis.lifetime;

/**
 * A bounded nonlinear fit in the form the optimiser needs: a residual vector r(x) whose Gauss–Newton matrix
 * JᵀJ approximates half the Hessian of the objective and Jᵀr half its gradient. For least squares the
 * objective is Σ r²; for Poisson maximum likelihood r = (m − d)/√m and the objective is the deviance (Fisher
 * scoring).
 */
interface FitProblem {

    /** Number of residuals. */
    int residuals();

    /** Number of parameters (free, fixed and dependent). */
    int parameters();

    /** Lower bounds, one per parameter. */
    double[] lower();

    /** Upper bounds, one per parameter. */
    double[] upper();

    /** Which parameters the optimiser may move. */
    boolean[] free();

    /** Puts dependent parameters in line with the others (e.g. the last amplitude = 1 − Σ others). */
    void project(double[] x);

    /**
     * Fills the residuals; returns the objective or {@code NaN} when x is unusable. The problem keeps what
     * {@link #jacobian} needs at this x until the next call.
     */
    double evaluate(double[] x, double[] residuals);

    /**
     * Fills the columns ∂r/∂x<sub>j</sub> of the free parameters (rows of {@code jacobian} of fixed parameters are
     * left untouched) at x, the point of the last {@link #evaluate}: the optimiser asks for them only at the points
     * it accepts, so a rejected trial step costs the residuals alone.
     */
    void jacobian(double[] x, double[][] jacobian);
}
