package org.fullsms.analysis.correlation;

/**
 * Pulsed excitation: peaks at multiples of the period P, each a two-sided exponential (the difference of two
 * exponential emission delays), on a flat floor: g²(τ) = c + A·Σ_k w_k·exp(−|τ − kP|/τ), w_0 = g0 and
 * w_k = 1 for the side peaks. Parameters (A, g0, τ, c). Uniform background only raises c, so g0 is the
 * centre-peak area relative to a side peak above the floor.
 */
record PulseTrainModel(double periodNs, double minTauNs, double maxTauNs) implements G2Model {

    static final int FLOOR = 3;

    @Override
    public String name() {
        return G2Fit.PULSED;
    }

    @Override
    public int parameterCount() {
        return 4;
    }

    @Override
    public void evaluate(double[] theta, double[] edges, double[] g, double[][] d) {
        double a = theta[AMPLITUDE];
        double g0 = theta[G0];
        double tau = theta[TAU];
        double reach = REACH * tau;
        double[] mean = new double[2];
        for (int i = 0; i < g.length; i++) {
            double side = 0;
            double sideDerivative = 0;
            double centre = 0;
            double centreDerivative = 0;
            // Only peaks within reach of the bin contribute (peaks outside the window included).
            int firstPeak = (int) Math.floor((edges[i] - reach) / periodNs);
            int lastPeak = (int) Math.ceil((edges[i + 1] + reach) / periodNs);
            for (int k = firstPeak; k <= lastPeak; k++) {
                if (!G2Model.laplaceMean(edges[i] - k * periodNs, edges[i + 1] - k * periodNs, tau, mean)) {
                    continue;
                }
                if (k == 0) {
                    centre = mean[0];
                    centreDerivative = mean[1];
                } else {
                    side += mean[0];
                    sideDerivative += mean[1];
                }
            }
            double peaks = g0 * centre + side;
            g[i] = theta[FLOOR] + a * peaks;
            d[i][AMPLITUDE] = peaks;
            d[i][G0] = a * centre;
            d[i][TAU] = a * (g0 * centreDerivative + sideDerivative);
            d[i][FLOOR] = 1;
        }
    }

    @Override
    public void clamp(double[] theta) {
        theta[TAU] = Math.max(minTauNs, Math.min(maxTauNs, theta[TAU]));
        theta[G0] = Math.max(0, theta[G0]);
    }
}
