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
     * optimum ({@link WarmStart}), without the repeat of a fit whose component collapses and stopping when they
     * stall (see {@link #fit(DecayHistogram, Irf, FitParameters, FitSettings, boolean)}). With {@link FitSettings#autoEnd()} their windows end where the whole trace's
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
            results.add(fitted.computeIfAbsent(part, d -> warm
                    ? fit(d, irf, WarmStart.from(wholeFit, whole, d, parameters, settings.simulateIrf()), partSettings,
                            true)
                    : fit(d, irf, parameters, partSettings, false)));
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
        return fit(decay, irf, parameters, settings, false);
    }

    /**
     * @param warm started from the optimum of the whole trace the decay is a part of ({@link WarmStart}): a
     *             component that collapses there means the part has fewer lifetimes than the whole (a level of one
     *             state), and a repeat from equal amplitudes starts in the same flat valley, so it is not made; and
     *             the fit stops when it stalls in that valley (least squares: see
     *             {@link BoundedLevenbergMarquardt#BoundedLevenbergMarquardt(FitProblem, BoundedLevenbergMarquardt.Damping, boolean)})
     */
    private FitResult fit(DecayHistogram decay, Irf irf, FitParameters parameters, FitSettings settings,
            boolean warm) {
        List<String> notes = new ArrayList<>();
        int numExp = parameters.numExp();
        try {
            return fitChecked(decay, irf, parameters, settings, warm, notes);
        } catch (RuntimeException e) {
            // Numerical surprises must not reach the user as an exception (issue 6, item 10).
            return FitResult.failed(FitStatus.FAILED, "fit failed: " + e, notes, settings, numExp);
        }
    }

    private FitResult fitChecked(DecayHistogram decay, Irf irf, FitParameters p, FitSettings s, boolean warm,
            List<String> notes) {
        int numExp = p.numExp();
        FitInputs in;
        try {
            in = FitInputs.prepare(decay, irf, p, s, notes);
        } catch (FitInputs.Rejected e) {
            return FitResult.failed(e.status, e.getMessage(), notes, s, numExp);
        }
        double width = in.width;
        double[] counts = in.counts;
        FitContext context = new FitContext(decay, in.range, in.background, in.irfBackground, s, notes);
        if (in.original) {
            ParameterLayout layout = in.originalLayout(p, s.simulateIrf());
            NormalisedProblem fitProblem = new NormalisedProblem(layout, in.model, counts, in.background, in.range);
            if (!(fitProblem.dataSum > 0)) {
                return FitResult.failed(FitStatus.FAILED, NO_COUNTS_ABOVE_BACKGROUND, notes, s, numExp);
            }
            var optimiser = new BoundedLevenbergMarquardt(fitProblem, BoundedLevenbergMarquardt.Damping.TENFOLD);
            var outcome = optimiser.minimise(layout.start, s.maxIterations());
            if (!warm && collapsed(layout, outcome, width)) {
                outcome = better(outcome, optimiser.minimise(equalAmplitudes(layout), s.maxIterations()));
            }
            return ResultAssembler.original(fitProblem, outcome, context);
        }
        ParameterLayout layout = in.countsLayout(p, s.simulateIrf());
        boolean likelihood = in.likelihood;
        // Maximum likelihood starts from the least-squares (Mighell) optimum: Fisher scoring from a poor start
        // takes wild first steps (the deviance explodes where the model is far below the data).
        CountsProblem fitProblem = new CountsProblem(layout, in.model, counts, in.range, false,
                likelihood ? FitSettings.Weighting.MIGHELL : s.weighting());
        in.alignShift(p, layout, fitProblem, layout.start);
        double[] start = layout.start.clone();
        fitProblem.linearStart(start, true);
        var optimiser = new BoundedLevenbergMarquardt(fitProblem, BoundedLevenbergMarquardt.Damping.NIELSEN, warm);
        var outcome = optimiser.minimise(start, s.maxIterations());
        if (!warm && collapsed(layout, outcome, width)) {
            double[] again = equalAmplitudes(layout);
            fitProblem.linearStart(again, false);
            outcome = better(outcome, optimiser.minimise(again, s.maxIterations()));
        }
        if (!likelihood) {
            outcome = backgroundNotZeroWithCounts(layout, fitProblem, optimiser, outcome, s.maxIterations(), notes);
        }
        if (likelihood) {
            var leastSquares = outcome;
            fitProblem = new CountsProblem(layout, in.model, counts, in.range, true, s.weighting());
            outcome = new BoundedLevenbergMarquardt(fitProblem, BoundedLevenbergMarquardt.Damping.NIELSEN)
                    .minimise(leastSquares.x(), s.maxIterations());
            outcome = new BoundedLevenbergMarquardt.Outcome(outcome.x(), outcome.objective(),
                    leastSquares.iterations() + outcome.iterations(), outcome.converged(), outcome.normalMatrix(),
                    outcome.residuals());
        }
        return ResultAssembler.counts(fitProblem, polishScale(fitProblem, outcome), context);
    }

    /**
     * Evaluates the model for the start values of {@code parameters}, without fitting, on the window the fit would
     * use: what the fit dialog's preview draws. The decay, IRF, backgrounds and window are prepared as for
     * {@link #fit}, automatic values (shift, background) take the values a fit starts from, and the overall scale
     * of the Poisson modes (not a parameter the user sets) is the one that minimises the fit's objective for the
     * other values ({@link CountsProblem#bestScale}); the original's normalised model has none. A fit ends with
     * its scale at that optimum too, so the model at a fit's own values (fixed or not,
     * {@link FitParameters#startingAt}) is the fit's curve, {@link FitResult#fittedCounts()}.
     *
     * @param irf the measured IRF, or {@code null} when {@link FitSettings#simulateIrf()} is set
     * @return the curve, or a curve without values and the reason when the decay or parameters cannot be used
     */
    public ModelCurve evaluate(DecayHistogram decay, Irf irf, FitParameters parameters, FitSettings settings) {
        List<String> notes = new ArrayList<>();
        try {
            FitInputs in = FitInputs.prepare(decay, irf, parameters, settings, notes);
            double[] counts = in.counts;
            FitRange range = in.range;
            double[] model = new double[range.length()];
            if (in.original) {
                ParameterLayout layout = in.originalLayout(parameters, settings.simulateIrf());
                NormalisedProblem problem = new NormalisedProblem(layout, in.model, counts, in.background, range);
                if (!(problem.dataSum > 0)) {
                    return ModelCurve.failed(FitStatus.FAILED, NO_COUNTS_ABOVE_BACKGROUND);
                }
                double[] x = layout.start.clone();
                ResultAssembler.originalModel(problem, x, in.background, model);
                return new ModelCurve(FitStatus.OK, "", notes, range.start(), range.end(), in.width, model,
                        ResultAssembler.originalResiduals(counts, range.start(), model), in.background,
                        in.irfBackground, x[layout.shift] * in.width);
            }
            ParameterLayout layout = in.countsLayout(parameters, settings.simulateIrf());
            CountsProblem problem = new CountsProblem(layout, in.model, counts, range, in.likelihood,
                    settings.weighting());
            double[] x = layout.start.clone();
            in.alignShift(parameters, layout, problem, x);
            x[layout.scale] = problem.bestScale(x);
            problem.fitted(x, model);
            return new ModelCurve(FitStatus.OK, "", notes, range.start(), range.end(), in.width, model,
                    ResultAssembler.countsResiduals(counts, range.start(), model), x[layout.background],
                    in.irfBackground, x[layout.shift] * in.width);
        } catch (FitInputs.Rejected e) {
            return ModelCurve.failed(e.status, e.getMessage());
        } catch (RuntimeException e) {
            return ModelCurve.failed(FitStatus.FAILED, "model evaluation failed: " + e);
        }
    }

    private static final String NO_COUNTS_ABOVE_BACKGROUND = "no counts above the background in the fit window";

    /**
     * The outcome with its scale at the exact optimum for the other values ({@link CountsProblem#bestScale}): the
     * optimiser stops within its tolerance of it, and a curve evaluated for the fitted values
     * ({@link #evaluate}) must be the fit's own. The objective cannot grow (it is minimised along the scale).
     */
    private static BoundedLevenbergMarquardt.Outcome polishScale(CountsProblem problem,
            BoundedLevenbergMarquardt.Outcome outcome) {
        ParameterLayout layout = problem.layout;
        if (!layout.free[layout.scale]) {
            return outcome;
        }
        double[] x = outcome.x().clone();
        x[layout.scale] = problem.bestScale(x);
        double objective = problem.evaluate(x, new double[problem.residuals()]);
        if (!(objective <= outcome.objective() * (1 + 1e-12) + 1e-300)) {
            return outcome;
        }
        return new BoundedLevenbergMarquardt.Outcome(x, objective, outcome.iterations(), outcome.converged(),
                outcome.normalMatrix(), outcome.residuals());
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

    /** What the result assembly needs besides the problem and the optimiser outcome. */
    record FitContext(DecayHistogram decay, FitRange range, double background, double irfBackground,
            FitSettings settings, List<String> notes) {
    }
}
