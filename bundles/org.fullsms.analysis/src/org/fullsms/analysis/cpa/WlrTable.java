package org.fullsms.analysis.cpa;

/**
 * Data-independent parts of the weighted likelihood ratio for every segment size n = 2 … {@link #MAX_N},
 * computed once (about 12 MB, immutable after class initialisation, so shared safely between threads).
 * <p>
 * The harmonic sums u and v2 are summed left to right (1/k + 1/(k+1) + … + 1/(n−1)) exactly as the
 * original's pre-tabulated sums; the row for n is the row for n−1 plus 1/(n−1), which performs the very
 * same floating-point additions, so the whole triangle costs O(MAX_N²/2) additions instead of O(MAX_N³).
 */
final class WlrTable {

    /** Largest segment (window) size: the cascade never tests more than 1000 photons; one spare. */
    static final int MAX_N = 1001;

    /** {@code U[n][k] = −Σ_{j=k}^{n−1} 1/j} for 1 ≤ k &lt; n. */
    private static final double[][] U = new double[MAX_N + 1][];
    /** {@code SIGMA[n][k]}: the errata standard deviation of the centred log-likelihood ratio. */
    private static final double[][] SIGMA = new double[MAX_N + 1][];
    /** {@code W[n][k] = ½·ln(4k(n−k)/n²)}: the weight that favours change points away from the edges. */
    private static final double[][] W = new double[MAX_N + 1][];

    static {
        double[] s1 = new double[MAX_N + 1];
        double[] s2 = new double[MAX_N + 1];
        for (int n = 2; n <= MAX_N; n++) {
            double inv = 1.0 / (n - 1);
            double inv2 = 1.0 / ((double) (n - 1) * (n - 1));
            for (int k = 1; k < n - 1; k++) {
                s1[k] += inv;
                s2[k] += inv2;
            }
            s1[n - 1] = inv;
            s2[n - 1] = inv2;
            double[] u = new double[n];
            double[] sigma = new double[n];
            double[] w = new double[n];
            double sigmaE = Math.PI * Math.PI / 6.0 - s2[1];
            for (int k = 1; k < n; k++) {
                u[k] = -s1[k];
                double nk = n - k;
                double var = 4.0 * k * k * s2[k] + 4.0 * nk * nk * s2[n - k] - 8.0 * k * nk * sigmaE;
                sigma[k] = Math.sqrt(var);
                w[k] = 0.5 * Math.log(4.0 * k * nk / ((double) n * n));
            }
            U[n] = u;
            SIGMA[n] = sigma;
            W[n] = w;
        }
    }

    private WlrTable() {
    }

    static double[] u(int n) {
        return U[n];
    }

    static double[] sigma(int n) {
        return SIGMA[n];
    }

    static double[] w(int n) {
        return W[n];
    }
}
