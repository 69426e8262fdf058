package org.fullsms.analysis.lifetime;

import java.util.List;

/**
 * What a fit and a model evaluation ({@link LifetimeFitter#evaluate}) share, checked and prepared the same way:
 * the decay's counts, the IRF minus its background on the decay's channels, the decay background, the window and
 * the reconvolution model. One instance per fit (the model holds buffers).
 */
final class FitInputs {

    final DecayHistogram decay;
    final double[] counts;
    final double width;
    /** The original's unweighted, normalised least squares ({@link FitSettings.Weighting#ORIGINAL_UNWEIGHTED}). */
    final boolean original;
    final boolean likelihood;
    final double irfBackground;
    final double background;
    final FitRange range;
    final ReconvolutionModel model;

    /** Why a decay cannot be fitted or evaluated, with the status of the failed result. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        final FitStatus status;

        Rejected(FitStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private FitInputs(DecayHistogram decay, boolean original, boolean likelihood, double irfBackground,
            double background, FitRange range, ReconvolutionModel model) {
        this.decay = decay;
        this.counts = decay.counts();
        this.width = decay.channelWidthNs();
        this.original = original;
        this.likelihood = likelihood;
        this.irfBackground = irfBackground;
        this.background = background;
        this.range = range;
        this.model = model;
    }

    /**
     * Checks the decay, parameters and IRF and prepares them.
     *
     * @param notes receives remarks (IRF rebinned or padded, …)
     * @throws Rejected when the decay cannot be fitted, with the reason
     */
    static FitInputs prepare(DecayHistogram decay, Irf irf, FitParameters p, FitSettings s, List<String> notes)
            throws Rejected {
        if (decay == null || decay.length() == 0) {
            throw new Rejected(FitStatus.EMPTY_HISTOGRAM, "the decay histogram has no channels");
        }
        double[] counts = decay.counts();
        if (!countsValid(counts)) {
            throw new Rejected(FitStatus.INVALID_PARAMETERS, "the decay has negative or non-finite counts");
        }
        double total = decay.total();
        if (total == 0) {
            throw new Rejected(FitStatus.EMPTY_HISTOGRAM, "the decay histogram has no counts");
        }
        if (total <= LifetimeFitter.MIN_PHOTONS) {
            throw new Rejected(FitStatus.TOO_FEW_PHOTONS,
                    (long) total + " photons; more than " + LifetimeFitter.MIN_PHOTONS + " are needed");
        }
        String problem = p.problem(s.simulateIrf());
        if (problem != null) {
            throw new Rejected(FitStatus.INVALID_PARAMETERS, problem);
        }
        boolean original = s.method() == FitSettings.Method.LEAST_SQUARES
                && s.weighting() == FitSettings.Weighting.ORIGINAL_UNWEIGHTED;
        double irfBackground = 0;
        double[] preparedIrf = null;
        if (!s.simulateIrf()) {
            if (irf == null) {
                throw new Rejected(FitStatus.INVALID_IRF, "no IRF given and the IRF is not simulated");
            }
            double[] grid;
            try {
                grid = irf.onGridOf(decay, notes);
            } catch (IllegalArgumentException e) {
                throw new Rejected(FitStatus.INVALID_IRF, e.getMessage());
            }
            // The baseline is estimated on the whole measured IRF: the part that overlaps the decay's channels
            // can start on the rise.
            irfBackground = Double.isNaN(s.irfBackground()) ? Backgrounds.irf(irf.counts()) : s.irfBackground();
            preparedIrf = prepareIrf(grid, irfBackground, original);
            if (preparedIrf == null) {
                throw new Rejected(FitStatus.INVALID_IRF, "the IRF has no counts above its background");
            }
        }
        double background = Double.isNaN(s.decayBackground())
                ? Backgrounds.decay(counts, s.range().backgroundPercent())
                : s.decayBackground();
        boolean likelihood = s.method() == FitSettings.Method.MAXIMUM_LIKELIHOOD;
        FitRange range;
        try {
            range = FitRange.find(counts, decay.channelWidthNs(), background, s.startMode(), s.manualStart(),
                    s.autoEnd(), s.manualEnd(), likelihood, s.range());
        } catch (IllegalArgumentException e) {
            throw new Rejected(FitStatus.INVALID_PARAMETERS, e.getMessage());
        }
        ReconvolutionModel model = new ReconvolutionModel(p.numExp(), preparedIrf, counts.length,
                decay.peakChannel(), range.end(), decay.channelWidthNs());
        return new FitInputs(decay, original, likelihood, irfBackground, background, range, model);
    }

    /** The layout of the original's normalised model. */
    ParameterLayout originalLayout(FitParameters p, boolean simulated) {
        return ParameterLayout.original(p, width, simulated);
    }

    /**
     * The layout of the counts model. An automatic background is fitted only when the window holds channels before
     * the rise; a window that starts on the rise and ends in the tail cannot tell a background from a long
     * lifetime.
     */
    ParameterLayout countsLayout(FitParameters p, boolean simulated) {
        boolean preRise = range.start() < Backgrounds.estimate(counts).riseChannel();
        return ParameterLayout.counts(p, width, background, !preRise, simulated);
    }

    /**
     * Sets an automatic shift (free, {@code NaN} start) of {@code x} where the rises of model and data line up,
     * within the shift's bounds.
     */
    void alignShift(FitParameters p, ParameterLayout layout, CountsProblem problem, double[] x) {
        if (Double.isNaN(p.shiftNs().start()) && !p.shiftNs().fixed()) {
            double[] smoothed = FitRange.movingAverage(counts, FitRange.SMOOTHING_FOR_ALIGNMENT);
            int shift = layout.shift;
            x[shift] = Math.min(Math.max(problem.alignedShift(x, smoothed), layout.lower[shift]),
                    layout.upper[shift]);
        }
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

    /**
     * Whether every count is finite and not negative. A method of its own: a loop over the channels in the larger
     * {@link #prepare} makes the compiler compile all of it once more, for the loop alone (on-stack replacement).
     */
    private static boolean countsValid(double[] counts) {
        for (double c : counts) {
            if (!(c >= 0) || Double.isInfinite(c)) {
                return false;
            }
        }
        return true;
    }
}
