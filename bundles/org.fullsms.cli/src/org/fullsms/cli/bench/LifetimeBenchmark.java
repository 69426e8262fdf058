package org.fullsms.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.lifetime.Convolution;
import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.analysis.lifetime.LifetimeFitter;
import org.fullsms.analysis.lifetime.StartMode;

/**
 * Lifetime fitting speed on simulated decays (Gaussian IRF of 0.25 ns FWHM, 0.016 ns channels, 2-exp 0.5/4 ns
 * with amplitudes 0.6/0.4, 0.5 counts per channel of background): the convolution methods at 1000 and 4096
 * channels, one fit on a 1000-channel window by each method, the fit dialog's preview (the model without a fit), 1000 level fits (5000 photons each) on 2 threads,
 * and a particle's decays one by one against {@link LifetimeFitter#runParticle}.
 */
public final class LifetimeBenchmark implements Benchmark {

    static final double WIDTH = 0.016;
    static final int CHANNELS = 1100;
    static final int WINDOW_START = 100;

    @Override
    public String id() {
        return "lifetime";
    }

    @Override
    public String description() {
        return "lifetime fits: convolution methods, one 2-exp LS/ML fit on 1000 channels, 1000 level fits on 2 threads, "
                + "a particle's decays";
    }

    @Override
    public void run(BenchmarkRun run) throws Exception {
        convolutions(run);
        LifetimeFitter fitter = new LifetimeFitter();
        Irf irf = Irf.of(WIDTH, irf());
        DecayHistogram decay = DecayHistogram.of(WIDTH, simulate(1e5, 1));
        FitSettings window = FitSettings.defaults().withWindow(StartMode.MANUAL, WINDOW_START, false, CHANNELS);
        FitSettings[] settings = { window, window.withWeighting(FitSettings.Weighting.ORIGINAL_UNWEIGHTED),
                window.withMethod(FitSettings.Method.MAXIMUM_LIKELIHOOD) };
        String[] names = { "LS (Mighell)", "LS (original unweighted)", "ML" };
        for (int numExp = 1; numExp <= 3; numExp++) {
            FitParameters parameters = FitParameters.defaults(numExp);
            for (int m = 0; m < settings.length; m++) {
                FitSettings s = settings[m];
                FitResult[] last = new FitResult[1];
                run.time(String.format(Locale.ROOT, "%d-exp %s, 1e5 photons, 1000 channels", numExp, names[m]), 200,
                        301, () -> last[0] = fitter.fit(decay, irf, parameters, s));
                run.note("  status / iterations / tau (ns)", last[0].status() + " / " + last[0].iterations() + " / "
                        + format(last[0].tauNs()));
            }
        }
        // the fit dialog's live preview: the model and residuals for given values, without fitting (issue 17, 1)
        for (int numExp = 1; numExp <= 3; numExp++) {
            FitParameters parameters = FitParameters.defaults(numExp);
            run.time(String.format(Locale.ROOT, "fit dialog preview (model, no fit) %d-exp, 1000 channels", numExp),
                    200, 301, () -> fitter.evaluate(decay, irf, parameters, window));
        }
        levelFits(run, fitter, irf);
        particleFits(run, fitter, irf);
    }

    private static void convolutions(BenchmarkRun run) throws Exception {
        for (int n : new int[] { 1000, 4096 }) {
            double[] irf = new double[n];
            double[] kernel = new double[n];
            for (int k = 0; k < n; k++) {
                irf[k] = Math.exp(-0.5 * Math.pow((k - 0.1 * n) / 7.0, 2));
                kernel[k] = Math.exp(-k * WIDTH / 2.0);
            }
            run.time("convolution direct O(n^2), n = " + n, 20, 51, () -> Convolution.direct(irf, kernel, n));
            run.time("convolution FFT O(n log n), n = " + n, 20, 51, () -> Convolution.fft(irf, kernel, n));
            run.time("convolution exponential recursion O(n), n = " + n, 200, 501,
                    () -> Convolution.exponential(irf, 2.0, WIDTH, n));
        }
    }

    private static void levelFits(BenchmarkRun run, LifetimeFitter fitter, Irf irf) throws Exception {
        List<DecayHistogram> levels = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            levels.add(DecayHistogram.of(WIDTH, simulate(5000, 100 + i)));
        }
        FitSettings settings = FitSettings.defaults().withWindow(StartMode.CLOSE_TO_MAX, 0, true, -1);
        for (int numExp = 1; numExp <= 2; numExp++) {
            FitParameters parameters = FitParameters.defaults(numExp);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                int[] failed = new int[1];
                run.time(numExp + "-exp LS, 1000 levels of 5000 photons, 2 threads", 2, 5, () -> {
                    List<Future<FitResult>> futures = new ArrayList<>();
                    for (DecayHistogram level : levels) {
                        futures.add(pool.submit(() -> fitter.fit(level, irf, parameters, settings)));
                    }
                    failed[0] = 0;
                    for (Future<FitResult> f : futures) {
                        failed[0] += f.get().ok() ? 0 : 1;
                    }
                });
                run.note("  fits without a result", String.valueOf(failed[0]));
            } finally {
                pool.shutdown();
            }
        }
    }

    /**
     * A particle's decays as the workbench and {@code analyze} fit them: its whole trace, {@value #LEVELS} levels of
     * 5000 photons, two groups (alternate levels) and the group levels (one level each, so the levels' histograms
     * again), 2-exp least squares; one by one from the dialog's start values to the last channel but one (before
     * issue 19) and as {@link LifetimeFitter#runParticle} with the automatic end (since).
     */
    private static void particleFits(BenchmarkRun run, LifetimeFitter fitter, Irf irf) throws Exception {
        List<double[]> levels = new ArrayList<>();
        for (int i = 0; i < LEVELS; i++) {
            levels.add(simulate(5000, 2000 + i));
        }
        List<DecayHistogram> decays = new ArrayList<>();
        decays.add(DecayHistogram.of(WIDTH, sum(levels, 0, 1)));
        levels.forEach(l -> decays.add(DecayHistogram.of(WIDTH, l)));
        decays.add(DecayHistogram.of(WIDTH, sum(levels, 0, 2)));
        decays.add(DecayHistogram.of(WIDTH, sum(levels, 1, 2)));
        levels.forEach(l -> decays.add(DecayHistogram.of(WIDTH, l)));
        FitParameters parameters = FitParameters.defaults(2);
        FitSettings lastChannel = FitSettings.defaults();
        FitSettings automaticEnd = lastChannel.withWindow(StartMode.MANUAL, 0, true, -1);
        String label = "2-exp LS, a particle: whole trace, " + LEVELS + " levels, 2 groups, " + LEVELS
                + " group levels, ";
        List<List<FitResult>> last = new ArrayList<>(List.of(List.of(), List.of()));
        run.time(label + "one by one to the last channel", 2, 7,
                () -> last.set(0, fitter.run(decays, irf, parameters, lastChannel, new NullProgressMonitor())));
        run.time(label + "from the whole trace's fit, to its automatic end", 2, 7,
                () -> last.set(1, fitter.runParticle(decays, irf, parameters, automaticEnd,
                        new NullProgressMonitor())));
        for (List<FitResult> results : last) {
            // a result shared by identical histograms is one fit
            List<FitResult> fits = results.stream().distinct().toList();
            int iterations = fits.stream().mapToInt(FitResult::iterations).sum();
            run.note("  fits, iterations, window of the levels", fits.size() + ", " + iterations + ", channels "
                    + results.get(1).startChannel() + " to " + results.get(1).endChannel());
        }
    }

    static final int LEVELS = 30;

    /** Channel-wise sum of every {@code step}-th histogram from {@code first}. */
    private static double[] sum(List<double[]> histograms, int first, int step) {
        double[] out = new double[CHANNELS];
        for (int i = first; i < histograms.size(); i += step) {
            for (int k = 0; k < CHANNELS; k++) {
                out[k] += histograms.get(i)[k];
            }
        }
        return out;
    }

    /** Gaussian IRF, FWHM 0.25 ns at 2 ns, peak 1e4 counts. */
    static double[] irf() {
        double[] irf = Irf.gaussian(CHANNELS, 2.0 / WIDTH, 0.25 / WIDTH);
        for (int k = 0; k < CHANNELS; k++) {
            irf[k] = Math.rint(1e4 * irf[k]);
        }
        return irf;
    }

    /** Poisson sample of the 2-exp decay with {@code photons} signal photons and 0.5 counts/channel. */
    static double[] simulate(double photons, long seed) {
        double[] irf = irf();
        double[] fast = Convolution.exponential(irf, 0.5, WIDTH, CHANNELS);
        double[] slow = Convolution.exponential(irf, 4.0, WIDTH, CHANNELS);
        double[] model = new double[CHANNELS];
        double sum = 0;
        for (int k = 0; k < CHANNELS; k++) {
            model[k] = 0.6 * fast[k] + 0.4 * slow[k];
            sum += model[k];
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] counts = new double[CHANNELS];
        for (int k = 0; k < CHANNELS; k++) {
            counts[k] = poisson(model[k] * photons / sum + 0.5, random);
        }
        return counts;
    }

    /** Knuth's method below 30, normal approximation above (good enough for timing input). */
    private static double poisson(double mean, SplittableRandom random) {
        if (mean > 30) {
            double u = 1 - random.nextDouble();
            double v = random.nextDouble();
            return Math.max(0, Math.rint(mean + Math.sqrt(mean) * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)));
        }
        double limit = Math.exp(-mean);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

    private static String format(double[] values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v));
        }
        return b.toString();
    }
}
