package org.fullsms.analysis.lifetime;

/**
 * Amplitude-weighted Σaτ/Σa and intensity-weighted Σaτ²/Σaτ mean lifetimes with standard errors by the delta
 * method on the fit's covariance (a dependent amplitude a<sub>d</sub> = 1 − Σ others enters through the chain
 * rule).
 */
record MeanLifetimes(double amplitudeWeighted, double amplitudeWeightedStd, double intensityWeighted,
        double intensityWeightedStd) {

    static MeanLifetimes of(ParameterLayout layout, double[] x, double[][] cov) {
        int n = layout.numExp;
        double sumA = 0;
        double sumAT = 0;
        double sumATT = 0;
        for (int i = 0; i < n; i++) {
            double a = x[layout.amp + i];
            double t = x[i];
            sumA += a;
            sumAT += a * t;
            sumATT += a * t * t;
        }
        double amp = sumAT / sumA;
        double intensity = sumATT / sumAT;
        int p = layout.size();
        double[] gradAmp = new double[p];
        double[] gradInt = new double[p];
        for (int i = 0; i < n; i++) {
            double a = x[layout.amp + i];
            double t = x[i];
            gradAmp[i] = a / sumA;
            gradAmp[layout.amp + i] = (t - amp) / sumA;
            gradInt[i] = a * (2 * t - intensity) / sumAT;
            gradInt[layout.amp + i] = t * (t - intensity) / sumAT;
        }
        int d = layout.dependentAmplitude;
        if (d >= 0) {
            for (int i = 0; i < n; i++) {
                if (i != d) {
                    gradAmp[layout.amp + i] -= gradAmp[layout.amp + d];
                    gradInt[layout.amp + i] -= gradInt[layout.amp + d];
                }
            }
            gradAmp[layout.amp + d] = 0;
            gradInt[layout.amp + d] = 0;
        }
        return new MeanLifetimes(amp, propagate(gradAmp, cov, layout.free), intensity,
                propagate(gradInt, cov, layout.free));
    }

    private static double propagate(double[] grad, double[][] cov, boolean[] free) {
        if (cov == null) {
            return Double.NaN;
        }
        double var = 0;
        for (int i = 0; i < grad.length; i++) {
            if (!free[i] || grad[i] == 0) {
                continue;
            }
            for (int j = 0; j < grad.length; j++) {
                if (free[j] && grad[j] != 0) {
                    var += grad[i] * cov[i][j] * grad[j];
                }
            }
        }
        return Math.sqrt(Math.max(0, var));
    }
}
