package org.fullsms.analysis.lifetime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.math3.special.Gamma;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The lifetime fitting engine: stateless and thread-safe (each fit allocates its own buffers). A fit never
 * throws for bad input: the {@link FitResult} carries a {@link FitStatus} and the reason.
 */
public final class LifetimeFitter {

    /** Engine id. */
    public static final String ID = "lifetime";
    /** Engine version. */
    public static final String VERSION = "1.3.0";
    /** The original fits a histogram only when it has more photons than this. */
    public static final int MIN_PHOTONS = 10;
    /**
     * A fit whose χ²<sub>red</sub> exceeds this (or is not finite) is flagged {@link FitStatus#POOR_FIT}: even a
     * wrong number of exponentials on 10⁶ photons stays far below it, so such a value means the model cannot
     * describe the data at all.
     */
    public static final double MAX_CHI2_RED = 1000;
    /** Probability below which the counts before the rise rule out the fitted background. */
    static final double IMPLAUSIBLE_BACKGROUND = 1e-3;
    /**
     * Only a background below this fraction of the mean count before the rise is replaced: the aim is to avoid
     * Pearson terms of ~1/b that explode, not to second-guess a background that is merely a little low (Neyman's
     * weighting is biased low by design; wrapped decay tails of the previous pulse raise the counts before the rise).
     */
    static final double BACKGROUND_RATIO = 0.1;

    /**
     * Fits each decay in turn with the same IRF, parameters and settings (e.g. all levels of a particle), with
     * progress and cancellation.
     *
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    public List<FitResult> run(List<DecayHistogram> decays, Irf irf, FitParameters parameters, FitSettings settings,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Lifetime fits", decays.size());
        List<FitResult> results = new ArrayList<>(decays.size());
        for (DecayHistogram decay : decays) {
            progress.split(1);
            results.add(fit(decay, irf, parameters, settings));
        }
        return results;
    }

    /**
     * Fits a particle's decays, with progress and cancellation: the first is its whole trace (or ROI), fitted as
     * {@link #fit}; the others are parts of its photons (levels, groups, group levels) and start from its
     * optimum ({@link WarmStart}). With {@link FitSettings#autoEnd()} their windows end where the whole trace's
     * ends: the original's automatic end needs a background estimate, which on a part of a few hundred photons
     * lands on the rise and puts the end before the peak (a window without the decay). Identical histograms (a
     * group level made of one level, a group of all levels) are fitted once.
     *
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    public List<FitResult> runParticle(List<DecayHistogram> decays, Irf irf, FitParameters parameters,
            FitSettings settings, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Lifetime fits", decays.size());
        List<FitResult> results = new ArrayList<>(decays.size());
        if (decays.isEmpty()) {
            return results;
        }
        progress.split(1);
        DecayHistogram whole = decays.get(0);
        FitResult wholeFit = fit(whole, irf, parameters, settings);
        results.add(wholeFit);
        FitSettings partSettings = settings.autoEnd() && wholeFit.endChannel() > 0
                ? settings.withWindow(settings.startMode(), settings.manualStart(), false, wholeFit.endChannel())
                : settings;
        boolean warm = WarmStart.usable(wholeFit, whole.channelWidthNs());
        Map<DecayHistogram, FitResult> fitted = new HashMap<>();
        fitted.put(whole, wholeFit);
        for (DecayHistogram part : decays.subList(1, decays.size())) {
            progress.split(1);
            results.add(fitted.computeIfAbsent(part, d -> fit(d, irf,
                    warm ? WarmStart.from(wholeFit, whole, d, parameters, settings.simulateIrf()) : parameters,
                    partSettings)));
        }
        return results;
    }

    /**
     * Fits one decay.
     *
     * @param decay      the decay histogram
     * @param irf        the measured IRF, or {@code null} when {@link FitSettings#simulateIrf()} is set
     * @param parameters start values, bounds and fixed flags
     * @param settings   method, weighting, window and background settings
     */
    public FitResult fit(DecayHistogram decay, Irf irf, FitParameters parameters, FitSettings settings) {
        List<String> notes = new ArrayList<>();
        int numExp = parameters.numExp();
        try {
            return fitChecked(decay, irf, parameters, settings, notes);
        } catch (RuntimeException e) {
            // Numerical surprises must not reach the user as an exception (issue 6, item 10).
            return FitResult.failed(FitStatus.FAILED, "fit failed: " + e, notes, settings, numExp);
        }
    }

    private FitResult fitChecked(DecayHistogram decay, Irf irf, FitParameters p, FitSettings s, List<String> notes) {
        int numExp = p.numExp();
        if (decay == null || decay.length() == 0) {
            return FitResult.failed(FitStatus.EMPTY_HISTOGRAM, "the decay histogram has no channels", notes, s,
                    numExp);
        }
        double[] counts = decay.counts();
        for (double c : counts) {
            if (!(c >= 0) || Double.isInfinite(c)) {
                return FitResult.failed(FitStatus.INVALID_PARAMETERS, "the decay has negative or non-finite counts",
                        notes, s, numExp);
            }
        }
        double total = decay.total();
        if (total == 0) {
            return FitResult.failed(FitStatus.EMPTY_HISTOGRAM, "the decay histogram has no counts", notes, s, numExp);
        }
        if (total <= MIN_PHOTONS) {
            return FitResult.failed(FitStatus.TOO_FEW_PHOTONS,
                    (long) total + " photons; more than " + MIN_PHOTONS + " are needed", notes, s, numExp);
        }
        String problem = p.problem(s.simulateIrf());
        if (problem != null) {
            return FitResult.failed(FitStatus.INVALID_PARAMETERS, problem, notes, s, numExp);
        }
        boolean original = s.method() == FitSettings.Method.LEAST_SQUARES
                && s.weighting() == FitSettings.Weighting.ORIGINAL_UNWEIGHTED;
        double irfBackground = 0;
        double[] preparedIrf = null;
        if (!s.simulateIrf()) {
            if (irf == null) {
                return FitResult.failed(FitStatus.INVALID_IRF, "no IRF given and the IRF is not simulated", notes, s,
                        numExp);
            }
            double[] grid;
            try {
                grid = irf.onGridOf(decay, notes);
            } catch (IllegalArgumentException e) {
                return FitResult.failed(FitStatus.INVALID_IRF, e.getMessage(), notes, s, numExp);
            }
            // The baseline is estimated on the whole measured IRF: the part that overlaps the decay's channels
            // can start on the rise.
            irfBackground = Double.isNaN(s.irfBackground()) ? Backgrounds.irf(irf.counts()) : s.irfBackground();
            preparedIrf = prepareIrf(grid, irfBackground, original);
            if (preparedIrf == null) {
                return FitResult.failed(FitStatus.INVALID_IRF, "the IRF has no counts above its background", notes,
                        s, numExp);
            }
        }
        double background = Double.isNaN(s.decayBackground())
                ? Backgrounds.decay(counts, s.range().backgroundPercent())
                : s.decayBackground();
        FitRange range;
        try {
            range = FitRange.find(counts, decay.channelWidthNs(), background, s.startMode(), s.manualStart(),
                    s.autoEnd(), s.manualEnd(), s.method() == FitSettings.Method.MAXIMUM_LIKELIHOOD, s.range());
        } catch (IllegalArgumentException e) {
            return FitResult.failed(FitStatus.INVALID_PARAMETERS, e.getMessage(), notes, s, numExp);
        }
        double width = decay.channelWidthNs();
        ReconvolutionModel model = new ReconvolutionModel(numExp, preparedIrf, counts.length, decay.peakChannel(),
                range.end(), width);
        FitContext context = new FitContext(decay, range, background, irfBackground, s, notes);
        if (original) {
            ParameterLayout layout = ParameterLayout.original(p, width, s.simulateIrf());
            NormalisedProblem fitProblem = new NormalisedProblem(layout, model, counts, background, range);
            if (!(fitProblem.dataSum > 0)) {
                return FitResult.failed(FitStatus.FAILED, "no counts above the background in the fit window", notes,
                        s, numExp);
            }
            var optimiser = new BoundedLevenbergMarquardt(fitProblem, BoundedLevenbergMarquardt.Damping.TENFOLD);
            var outcome = optimiser.minimise(layout.start, s.maxIterations());
            if (collapsed(layout, outcome, width)) {
                outcome = better(outcome, optimiser.minimise(equalAmplitudes(layout), s.maxIterations()));
            }
            return ResultAssembler.original(fitProblem, outcome, context);
        }
        // An automatic background is fitted only when the window holds channels before the rise; a window that
        // starts on the rise and ends in the tail cannot tell a background from a long lifetime.
        boolean preRise = range.start() < Backgrounds.estimate(counts).riseChannel();
        ParameterLayout layout = ParameterLayout.counts(p, width, background, !preRise, s.simulateIrf());
        boolean likelihood = s.method() == FitSettings.Method.MAXIMUM_LIKELIHOOD;
        // Maximum likelihood starts from the least-squares (Mighell) optimum: Fisher scoring from a poor start
        // takes wild first steps (the deviance explodes where the model is far below the data).
        CountsProblem fitProblem = new CountsProblem(layout, model, counts, range, false,
                likelihood ? FitSettings.Weighting.MIGHELL : s.weighting());
        if (Double.isNaN(p.shiftNs().start()) && !p.shiftNs().fixed()) {
            double[] smoothed = FitRange.movingAverage(counts, FitRange.SMOOTHING_FOR_ALIGNMENT);
            int shift = layout.shift;
            layout.start[shift] = Math.min(Math.max(fitProblem.alignedShift(layout.start, smoothed),
                    layout.lower[shift]), layout.upper[shift]);
        }
        double[] start = layout.start.clone();
        fitProblem.linearStart(start, true);
        var optimiser = new BoundedLevenbergMarquardt(fitProblem, BoundedLevenbergMarquardt.Damping.NIELSEN);
        var outcome = optimiser.minimise(start, s.maxIterations());
        if (collapsed(layout, outcome, width)) {
            double[] again = equalAmplitudes(layout);
            fitProblem.linearStart(again, false);
            outcome = better(outcome, optimiser.minimise(again, s.maxIterations()));
        }
        if (!likelihood) {
            outcome = backgroundNotZeroWithCounts(layout, fitProblem, optimiser, outcome, s.maxIterations(), notes);
        }
        if (likelihood) {
            var leastSquares = outcome;
            fitProblem = new CountsProblem(layout, model, counts, range, true, s.weighting());
            outcome = new BoundedLevenbergMarquardt(fitProblem, BoundedLevenbergMarquardt.Damping.NIELSEN)
                    .minimise(leastSquares.x(), s.maxIterations());
            outcome = new BoundedLevenbergMarquardt.Outcome(outcome.x(), outcome.objective(),
                    leastSquares.iterations() + outcome.iterations(), outcome.converged(), outcome.normalMatrix(),
                    outcome.residuals());
        }
        return ResultAssembler.counts(fitProblem, outcome, context);
    }

    /**
     * Whether a multi-exponential fit ended with a component squeezed to a lifetime below a tenth of a channel
     * or an amplitude below 0.1 %: often a poor local minimum reached from unequal start amplitudes (the
     * original's 0.6/0.3/0.1), so the fit is repeated once from equal amplitudes and the better one kept.
     */
    private static boolean collapsed(ParameterLayout layout, BoundedLevenbergMarquardt.Outcome outcome,
            double width) {
        int n = layout.numExp;
        if (n < 2) {
            return false;
        }
        double[] x = outcome.x();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[layout.amp + i];
        }
        for (int i = 0; i < n; i++) {
            boolean free = layout.free[i] || layout.free[layout.amp + i] || i == layout.dependentAmplitude;
            if (free && (x[i] < width / 10 || x[layout.amp + i] < 1e-3 * sum)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A least-squares fit can end with the free background (nearly) 0 although channels where the model has no
     * signal (before the rise of a simulated IRF, whose Gaussian tails are exactly 0, or far in a short lifetime's
     * tail) hold counts: data weights hardly see single counts, so the background trades against the tail, but for
     * Poisson counts an expected ~0 makes them (nearly) impossible and Pearson's χ² explodes (χ²red ≈ 1e26–1e299
     * was reported as OK). When the fitted background b is below {@value #BACKGROUND_RATIO} of the mean C/K of the
     * C counts in the K such channels and those counts are implausible under it (P(Poisson(K·b) ≥ C) below
     * {@value #IMPLAUSIBLE_BACKGROUND}), the fit is repeated with the background held at C/K. Channels without
     * signal expect less than {@value CountsProblem#SIGNAL_FLOOR} counts from the decay; when the fit is left with
     * an absurd χ²red (above {@value #MAX_CHI2_RED}), the rule is tried again on the channels that expect less than
     * {@value CountsProblem#FAINT_SIGNAL} (a window that ends before a short lifetime's tail falls below 10⁻⁶
     * counts keeps single background counts where it expects 10⁻⁶ to 10⁻³, each a Pearson term of 10³ to 10⁶).
     */
    private static BoundedLevenbergMarquardt.Outcome backgroundNotZeroWithCounts(ParameterLayout layout,
            CountsProblem problem, BoundedLevenbergMarquardt optimiser, BoundedLevenbergMarquardt.Outcome outcome,
            int maxIterations, List<String> notes) {
        if (!layout.free[layout.background]) {
            return outcome;
        }
        var held = holdBackground(layout, problem, optimiser, outcome, maxIterations, notes,
                CountsProblem.SIGNAL_FLOOR);
        if (held == outcome && !(problem.pearsonReduced(outcome.x()) <= MAX_CHI2_RED)) {
            held = holdBackground(layout, problem, optimiser, outcome, maxIterations, notes,
                    CountsProblem.FAINT_SIGNAL);
        }
        return held;
    }

    /** The rule of {@link #backgroundNotZeroWithCounts} on the channels that expect less than {@code floor}. */
    private static BoundedLevenbergMarquardt.Outcome holdBackground(ParameterLayout layout, CountsProblem problem,
            BoundedLevenbergMarquardt optimiser, BoundedLevenbergMarquardt.Outcome outcome, int maxIterations,
            List<String> notes, double floor) {
        int bg = layout.background;
        double[] x = outcome.x();
        double[] empty = problem.countsWithoutSignal(x, floor);
        double counts = empty[0];
        double channels = empty[1];
        if (!(counts >= 1)) {
            return outcome;
        }
        double held = counts / channels;
        // P(X ≥ C) for X ~ Poisson(μ) is the regularised lower incomplete gamma function P(C, μ)
        if (x[bg] >= BACKGROUND_RATIO * held || !(held > layout.lower[bg]) || held > layout.upper[bg]
                || Gamma.regularizedGammaP(counts, channels * x[bg]) >= IMPLAUSIBLE_BACKGROUND) {
            return outcome;
        }
        layout.hold(bg, held);
        double[] again = x.clone();
        again[bg] = held;
        var refit = optimiser.minimise(again, maxIterations);
        notes.add(String.format(Locale.ROOT, "the fitted background (%.3g counts per channel) cannot explain the %.0f "
                + "counts in %.0f channels without signal: background held at their mean, %.4g counts per channel",
                x[bg], counts, channels, held));
        return new BoundedLevenbergMarquardt.Outcome(refit.x(), refit.objective(),
                outcome.iterations() + refit.iterations(), refit.converged(), refit.normalMatrix(), refit.residuals());
    }

    /** The start with every free (or dependent) amplitude set to 1/n. */
    private static double[] equalAmplitudes(ParameterLayout layout) {
        double[] x = layout.start.clone();
        for (int i = 0; i < layout.numExp; i++) {
            if (layout.free[layout.amp + i] || i == layout.dependentAmplitude) {
                x[layout.amp + i] = 1.0 / layout.numExp;
            }
        }
        layout.projectAmplitudes(x);
        return x;
    }

    private static BoundedLevenbergMarquardt.Outcome better(BoundedLevenbergMarquardt.Outcome first,
            BoundedLevenbergMarquardt.Outcome second) {
        var best = second.objective() < first.objective() ? second : first;
        return new BoundedLevenbergMarquardt.Outcome(best.x(), best.objective(),
                first.iterations() + second.iterations(), best.converged(), best.normalMatrix(), best.residuals());
    }

    /**
     * IRF minus its background, then unit peak (original mode, as the original) or unit area. For unit area only
     * the IRF's support is kept: the channels around the peak where the IRF, smoothed over
     * {@value #IRF_SUPPORT_SMOOTHING} channels, stays above its background. Clipping the noise of the baseline at 0
     * instead leaves a flat pedestal of ~0.3 counts per channel of a 1-count baseline, which, convolved, makes a
     * flat component that takes the place of the decay's background (fitted backgrounds 40 % low, long lifetimes
     * biased on the reference cases).
     */
    private static double[] prepareIrf(double[] grid, double background, boolean original) {
        for (int k = 0; k < grid.length; k++) {
            grid[k] -= background;
        }
        if (!original) {
            keepSupport(grid);
        }
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double v : grid) {
            max = Math.max(max, v);
            sum += v;
        }
        double norm = original ? max : sum;
        if (!(max > 0) || !(norm > 0)) {
            return null;
        }
        for (int k = 0; k < grid.length; k++) {
            grid[k] /= norm;
        }
        return grid;
    }

    /** Channels the IRF is smoothed over to find where it meets its baseline. */
    static final int IRF_SUPPORT_SMOOTHING = 9;

    /** Sets every channel outside the IRF's support to 0, and negative channels inside it to 0. */
    private static void keepSupport(double[] irf) {
        double[] smooth = FitRange.movingAverage(irf, IRF_SUPPORT_SMOOTHING);
        int peak = DecayHistogram.argMax(smooth);
        if (peak < 0) {
            return;
        }
        int first = peak;
        while (first > 0 && smooth[first - 1] > 0) {
            first--;
        }
        int last = peak;
        while (last < irf.length - 1 && smooth[last + 1] > 0) {
            last++;
        }
        for (int k = 0; k < irf.length; k++) {
            if (k < first || k > last || irf[k] < 0) {
                irf[k] = 0;
            }
        }
    }

    /** What the result assembly needs besides the problem and the optimiser outcome. */
    record FitContext(DecayHistogram decay, FitRange range, double background, double irfBackground,
            FitSettings settings, List<String> notes) {
    }
}
