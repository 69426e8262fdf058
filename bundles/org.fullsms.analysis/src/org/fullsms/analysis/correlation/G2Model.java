package org.fullsms.analysis.correlation;

/**
 * A fitted shape of g²(τ), averaged over each bin (a 0.5 ns bin is not small against a ~3 ns dip: taking
 * the value at the bin centre would raise the fitted g0 by several per cent), with its derivatives by the
 * parameters. Parameter 0 is always the amplitude, 1 is g0, 2 is the time constant.
 */
sealed interface G2Model permits CwDipModel, PulseTrainModel {

    int AMPLITUDE = 0;
    int G0 = 1;
    int TAU = 2;

    /** A two-sided exponential is treated as 0 beyond this many time constants (e^−25 ≈ 1e−11). */
    double REACH = 25;

    /** {@link G2Fit#CW} or {@link G2Fit#PULSED}. */
    String name();

    int parameterCount();

    /** Fills g[i], the bin mean of the shape over [edges[i], edges[i+1]), and d[i][k] = ∂g[i]/∂θ_k. */
    void evaluate(double[] theta, double[] edges, double[] g, double[][] d);

    /**
     * Keeps the time constant in its allowed range and g0 ≥ 0: g²(0) is a ratio of non-negative rates, and a
     * free g0 below 0 drives the model to μ ≈ 0 at τ = 0, where the Poisson information is wrongly large
     * (errors came out 3–5× too small in simulations). The other parameters are free.
     */
    void clamp(double[] theta);

    /**
     * Mean of exp(−|t|/s) over [a, b) into {@code out[0]} and its derivative by s into {@code out[1]};
     * returns false (leaving {@code out} unchanged) when the interval is so far from 0 that both are below
     * e^−{@value #REACH} relative.
     */
    static boolean laplaceMean(double a, double b, double s, double[] out) {
        double near = a >= 0 ? a : b <= 0 ? -b : 0;
        if (near > REACH * s) {
            return false;
        }
        double integral;
        double derivative;
        if (a >= 0) {
            integral = part(a, b, s, out);
            derivative = out[1];
        } else if (b <= 0) {
            integral = part(-b, -a, s, out);
            derivative = out[1];
        } else {
            integral = part(0, -a, s, out);
            derivative = out[1];
            integral += part(0, b, s, out);
            derivative += out[1];
        }
        out[0] = integral / (b - a);
        out[1] = derivative / (b - a);
        return true;
    }

    /** ∫_u^v exp(−t/s) dt for 0 ≤ u ≤ v; its derivative by s goes to out[1]. */
    private static double part(double u, double v, double s, double[] out) {
        double eu = Math.exp(-u / s);
        double ev = Math.exp(-v / s);
        double difference = -eu * Math.expm1(-(v - u) / s); // eu − ev without cancellation for short bins
        out[1] = difference + (u * eu - v * ev) / s;
        return s * difference;
    }
}
