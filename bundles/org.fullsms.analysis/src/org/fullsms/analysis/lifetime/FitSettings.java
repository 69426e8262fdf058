package org.fullsms.analysis.lifetime;

/**
 * How a decay is fitted.
 *
 * @param method             least squares or maximum likelihood
 * @param weighting          least-squares weighting (ignored for maximum likelihood)
 * @param startMode          how the window start is found
 * @param manualStart        start channel for {@link StartMode#MANUAL}
 * @param autoEnd            find the window end automatically
 * @param manualEnd          end channel (exclusive) when not automatic; negative = the original's default
 * @param simulateIrf        fit a Gaussian IRF (FWHM is a parameter) instead of using a measured one
 * @param decayBackground    decay background in counts per channel, {@code NaN} = estimate it
 * @param irfBackground      IRF background in counts per channel, {@code NaN} = estimate it
 * @param range              the §3.6 range and background settings
 * @param maxIterations      iteration limit of the optimiser
 */
public record FitSettings(Method method, Weighting weighting, StartMode startMode, int manualStart, boolean autoEnd,
        int manualEnd, boolean simulateIrf, double decayBackground, double irfBackground, LifetimeSettings range,
        int maxIterations) {

    /** Fit method. */
    public enum Method {
        /** Bounded least squares. */
        LEAST_SQUARES,
        /** Bounded Poisson maximum likelihood (minimum deviance). */
        MAXIMUM_LIKELIHOOD
    }

    /** Least-squares weighting. */
    public enum Weighting {
        /**
         * Poisson-weighted (default): counts fitted directly by Mighell's (1999) χ²<sub>γ</sub> =
         * Σ (d + min(d, 1) − m)² / (d + 1), a data-weighted least squares that stays nearly unbiased at low
         * counts. Model S·Σ a<sub>i</sub>(IRF ⊛ e<sup>−t/τ<sub>i</sub></sup>) + background with Σ a<sub>i</sub> = 1;
         * standard errors from (JᵀWJ)<sup>−1</sup>.
         */
        MIGHELL,
        /**
         * Classic Poisson weighting by the data, Neyman's χ² = Σ (d − m)² / max(d, 1); biased low where channels
         * hold few counts. Kept for comparison.
         */
        NEYMAN,
        /**
         * The original Full SMS: background-subtracted data and model both normalised to unit area, unweighted,
         * independent amplitudes with a (1 − Σ a<sub>i</sub>) penalty on every point for 2–3 exponentials;
         * standard errors from (JᵀJ)<sup>−1</sup> scaled by the residual variance.
         */
        ORIGINAL_UNWEIGHTED
    }

    /** Default iteration limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 500;

    public FitSettings {
        if (method == null || weighting == null || startMode == null || range == null) {
            throw new IllegalArgumentException("method, weighting, start mode and range settings are required");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
    }

    /**
     * The original dialog's defaults: least squares (Poisson-weighted, {@link Weighting#MIGHELL}), manual start at channel 0, no
     * automatic end, measured IRF, both backgrounds estimated, §3.6 settings.
     */
    public static FitSettings defaults() {
        return new FitSettings(Method.LEAST_SQUARES, Weighting.MIGHELL, StartMode.MANUAL, 0, false, -1, false,
                Double.NaN, Double.NaN, LifetimeSettings.defaults(), DEFAULT_MAX_ITERATIONS);
    }

    /** These settings with another method. */
    public FitSettings withMethod(Method value) {
        return new FitSettings(value, weighting, startMode, manualStart, autoEnd, manualEnd, simulateIrf,
                decayBackground, irfBackground, range, maxIterations);
    }

    /** These settings with another least-squares weighting. */
    public FitSettings withWeighting(Weighting value) {
        return new FitSettings(method, value, startMode, manualStart, autoEnd, manualEnd, simulateIrf,
                decayBackground, irfBackground, range, maxIterations);
    }

    /** These settings with another window: start mode (and manual start), automatic end or a manual end. */
    public FitSettings withWindow(StartMode mode, int start, boolean automaticEnd, int end) {
        return new FitSettings(method, weighting, mode, start, automaticEnd, end, simulateIrf, decayBackground,
                irfBackground, range, maxIterations);
    }

    /** These settings with the IRF simulated (or measured). */
    public FitSettings withSimulatedIrf(boolean value) {
        return new FitSettings(method, weighting, startMode, manualStart, autoEnd, manualEnd, value, decayBackground,
                irfBackground, range, maxIterations);
    }

    /** These settings with given backgrounds ({@code NaN} = estimate). */
    public FitSettings withBackgrounds(double decay, double irf) {
        return new FitSettings(method, weighting, startMode, manualStart, autoEnd, manualEnd, simulateIrf, decay,
                irf, range, maxIterations);
    }

    /** These settings with another iteration limit. */
    public FitSettings withMaxIterations(int value) {
        return new FitSettings(method, weighting, startMode, manualStart, autoEnd, manualEnd, simulateIrf,
                decayBackground, irfBackground, range, value);
    }
}
