package org.fullsms.analysis.lifetime;

/**
 * The Durbin–Watson statistic of fit residuals and the original's lower critical bounds (REFERENCE §5):
 * 5 % and 1 % from Turner's (2020) response surface d<sub>L</sub> = 2 + β₁/√n + β₂/n + β₃/n<sup>3/2</sup> +
 * β₄/n² (3 exponentials use the 5-parameter coefficients), 0.3 % and 0.1 % from the normal approximation
 * 2 − 3σ and 2 − 3.28σ with σ² = 4n²(n−2)/((n+1)(n−1)³); all rounded to 3 decimals.
 */
public final class DurbinWatson {

    /** β₁..β₄ at 5 % for 1, 2, 3 exponentials. */
    private static final double[][] FIVE_PERCENT = {
            { -3.312097, -3.332536, -3.632166, 19.31135 },
            { -3.447993, -4.229294, -28.91627, 80.00972 },
            { -3.535331, -4.085190, -47.63654, 127.7127 } };
    /** β₁..β₄ at 1 %. */
    private static final double[][] ONE_PERCENT = {
            { -4.642915, -4.052984, 5.966592, 14.91894 },
            { -4.655069, -7.296073, -5.300441, 60.11130 },
            { -4.675041, -8.518908, -15.25711, 96.32291 } };

    private DurbinWatson() {
    }

    /** d = Σ(r<sub>k</sub> − r<sub>k−1</sub>)² / Σ r<sub>k</sub>²; NaN for fewer than 2 residuals or all zero. */
    public static double statistic(double[] residuals) {
        if (residuals.length < 2) {
            return Double.NaN;
        }
        double num = 0;
        double den = residuals[0] * residuals[0];
        for (int k = 1; k < residuals.length; k++) {
            double diff = residuals[k] - residuals[k - 1];
            num += diff * diff;
            den += residuals[k] * residuals[k];
        }
        return den > 0 ? num / den : Double.NaN;
    }

    /** Lower bounds at 5 %, 1 %, 0.3 % and 0.1 % for {@code n} residuals of a fit with {@code numExp} exponentials. */
    public static double[] bounds(int n, int numExp) {
        if (numExp < 1 || numExp > 3) {
            throw new IllegalArgumentException("1 to 3 exponentials, got " + numExp);
        }
        if (n < 3) {
            return new double[] { Double.NaN, Double.NaN, Double.NaN, Double.NaN };
        }
        double sigma = Math.sqrt(4.0 * n * n * (n - 2) / ((n + 1) * Math.pow(n - 1, 3)));
        return new double[] { round3(surface(FIVE_PERCENT[numExp - 1], n)),
                round3(surface(ONE_PERCENT[numExp - 1], n)), round3(2 - 3 * sigma), round3(2 - 3.28 * sigma) };
    }

    private static double surface(double[] b, int n) {
        double root = Math.sqrt(n);
        return 2 + b[0] / root + b[1] / n + b[2] / (n * root) + b[3] / ((double) n * n);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
