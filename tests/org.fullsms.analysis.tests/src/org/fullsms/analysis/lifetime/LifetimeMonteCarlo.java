package org.fullsms.analysis.lifetime;

import java.util.Arrays;
import java.util.Locale;

/**
 * Generates the Monte Carlo table of docs/lifetime.md (not a test): bias and spread of τ against the photon count
 * for each method, on seeded Poisson decays (Gaussian IRF 0.2 ns FWHM, 0.016 ns channels, 1000 channels,
 * background 1 % of the photons). Run by hand with {@code nice}; 100 repetitions per point.
 */
public final class LifetimeMonteCarlo {

    private static final int REPETITIONS = 100;

    private LifetimeMonteCarlo() {
    }

    public static void main(String[] args) {
        double w = Synthetic.WIDTH;
        double[] irf = Synthetic.irf(Synthetic.CHANNELS, w);
        FitSettings base = FitSettings.defaults();
        FitSettings[] methods = { base, base.withWeighting(FitSettings.Weighting.NEYMAN),
                base.withWeighting(FitSettings.Weighting.ORIGINAL_UNWEIGHTED),
                base.withMethod(FitSettings.Method.MAXIMUM_LIKELIHOOD) };
        String[] names = { "LS Mighell (default)", "LS Neyman", "LS original unweighted", "ML" };
        table(irf, w, new double[] { 2.0 }, new double[] { 1 }, methods, names, new double[] { 1e2, 1e3, 1e4, 1e5, 1e6 });
        table(irf, w, new double[] { 0.5, 4.0 }, new double[] { 0.6, 0.4 }, methods, names,
                new double[] { 1e3, 1e4, 1e5, 1e6 });
    }

    private static void table(double[] irf, double w, double[] tau, double[] amp, FitSettings[] methods,
            String[] names, double[] photonCounts) {
        LifetimeFitter fitter = new LifetimeFitter();
        System.out.printf(Locale.ROOT, "%n%d-exponential, τ = %s ns, a = %s; %d repetitions per cell%n%n",
                tau.length, Arrays.toString(tau), Arrays.toString(amp), REPETITIONS);
        StringBuilder header = new StringBuilder("| photons | method |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (int i = 0; i < tau.length; i++) {
            header.append(String.format(Locale.ROOT, " τ%d bias | τ%d SD | median SE |", i + 1, i + 1));
            rule.append("---|---|---|");
        }
        System.out.println(header.append(" failed | flagged |"));
        System.out.println(rule.append("---|---|"));
        for (double photons : photonCounts) {
            double background = 0.01 * photons / Synthetic.CHANNELS;
            double[] expected = Synthetic.expected(irf, w, tau, amp, 0, 0.99 * photons, background);
            for (int m = 0; m < methods.length; m++) {
                double[][] values = new double[tau.length][REPETITIONS];
                double[][] se = new double[tau.length][REPETITIONS];
                int ok = 0;
                int failed = 0;
                int flagged = 0;
                for (int r = 0; r < REPETITIONS; r++) {
                    DecayHistogram decay = DecayHistogram.of(w, Synthetic.poisson(expected, 1000L * r + 7));
                    FitResult result = fitter.fit(decay, Irf.of(w, irf), FitParameters.defaults(tau.length),
                            methods[m]);
                    if (!result.ok()) {
                        failed++;
                        continue;
                    }
                    // flagged fits (at a bound, poor χ²red, not converged) have values and stay in the statistics
                    flagged += result.status() == FitStatus.OK ? 0 : 1;
                    double[] sorted = result.tauNs().clone();
                    double[] errors = result.tauStdNs();
                    Integer[] order = new Integer[sorted.length];
                    for (int i = 0; i < order.length; i++) {
                        order[i] = i;
                    }
                    Arrays.sort(order, (a, b) -> Double.compare(sorted[a], sorted[b]));
                    for (int i = 0; i < tau.length; i++) {
                        values[i][ok] = sorted[order[i]];
                        se[i][ok] = errors[order[i]];
                    }
                    ok++;
                }
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %.0e | %s |", photons, names[m]));
                for (int i = 0; i < tau.length; i++) {
                    double mean = 0;
                    for (int r = 0; r < ok; r++) {
                        mean += values[i][r];
                    }
                    mean /= Math.max(ok, 1);
                    double var = 0;
                    for (int r = 0; r < ok; r++) {
                        var += (values[i][r] - mean) * (values[i][r] - mean);
                    }
                    double sd = Math.sqrt(var / Math.max(ok - 1, 1));
                    row.append(String.format(Locale.ROOT, " %+.1f %% | %.1f %% | %.1f %% |",
                            100 * (mean / tau[i] - 1), 100 * sd / tau[i], 100 * median(se[i], ok) / tau[i]));
                }
                System.out.println(row.append(' ').append(failed).append(" | ").append(flagged).append(" |"));
            }
        }
    }

    /** Median of the first {@code n} values (NaN standard errors sort last). */
    private static double median(double[] values, int n) {
        double[] copy = Arrays.copyOf(values, n);
        Arrays.sort(copy);
        return n == 0 ? Double.NaN : copy[n / 2];
    }
}
