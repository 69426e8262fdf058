package org.fullsms.analysis.correlation;

/** Continuous wave antibunching dip g²(τ) = A·(1 − (1 − g0)·exp(−|τ|/τ_a)); parameters (A, g0, τ_a). */
record CwDipModel(double minTauNs, double maxTauNs) implements G2Model {

    @Override
    public String name() {
        return G2Fit.CW;
    }

    @Override
    public int parameterCount() {
        return 3;
    }

    @Override
    public void evaluate(double[] theta, double[] edges, double[] g, double[][] d) {
        double a = theta[AMPLITUDE];
        double depth = 1 - theta[G0];
        double[] mean = new double[2];
        for (int i = 0; i < g.length; i++) {
            mean[0] = 0;
            mean[1] = 0;
            G2Model.laplaceMean(edges[i], edges[i + 1], theta[TAU], mean);
            g[i] = a * (1 - depth * mean[0]);
            d[i][AMPLITUDE] = 1 - depth * mean[0];
            d[i][G0] = a * mean[0];
            d[i][TAU] = -a * depth * mean[1];
        }
    }

    @Override
    public void clamp(double[] theta) {
        theta[TAU] = Math.max(minTauNs, Math.min(maxTauNs, theta[TAU]));
        theta[G0] = Math.max(0, theta[G0]);
    }
}
