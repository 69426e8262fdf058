package org.fullsms.analysis.correlation;

/**
 * Settings of the correlation. The first three fix which pairs are counted ({@link Correlogram}); the others
 * only change how the counts are evaluated, so they can be changed without recounting (see
 * {@link CorrelationAnalysis#evaluate}).
 *
 * @param windowNs       largest |τ| shown; bins lie wholly inside ±window (default 500 ns, the original's)
 * @param binNs          bin width Δτ, exactly (default 0.5 ns); the zero bin is centred on τ = 0
 * @param difftimeNs     delay added to every channel 2 photon, to put the coincidence peak at τ = 0
 *                       (default 0)
 * @param periodNs       laser repetition period for pulsed excitation, 0 for continuous wave (default 0);
 *                       chooses the g²(0) estimate and the fit model
 * @param backgroundCps1 uncorrelated background rate of channel 1 in counts/s, 0 for no background
 *                       correction (default 0)
 * @param backgroundCps2 the same for channel 2
 * @param fit            whether to fit the model (default true)
 */
public record CorrelationParameters(double windowNs, double binNs, double difftimeNs, double periodNs,
        double backgroundCps1, double backgroundCps2, boolean fit) {

    public static final double DEFAULT_WINDOW_NS = 500;
    public static final double DEFAULT_BIN_NS = 0.5;
    public static final int MAX_BINS_PER_SIDE = 1_000_000;

    public CorrelationParameters {
        if (!(binNs > 0) || !Double.isFinite(binNs)) {
            throw new IllegalArgumentException("correlation bin must be a finite number > 0 ns, got " + binNs);
        }
        if (!Double.isFinite(windowNs)) {
            throw new IllegalArgumentException("correlation window must be a finite number of ns, got " + windowNs);
        }
        if (windowNs < binNs) {
            throw new IllegalArgumentException("correlation window (" + windowNs
                    + " ns) must be at least one bin (" + binNs + " ns)");
        }
        if (windowNs / binNs > MAX_BINS_PER_SIDE) {
            // The correlogram keeps 4 longs per bin per side: 1e6 bins per side is 32 MB.
            throw new IllegalArgumentException("correlation window / bin = " + windowNs / binNs
                    + " bins per side is too many (at most " + MAX_BINS_PER_SIDE + ")");
        }
        if (!Double.isFinite(difftimeNs)) {
            throw new IllegalArgumentException("difftime must be a finite number of ns, got " + difftimeNs);
        }
        if (!(periodNs >= 0) || !Double.isFinite(periodNs)) {
            throw new IllegalArgumentException("repetition period must be 0 (continuous wave) or a finite number"
                    + " > 0 ns, got " + periodNs);
        }
        if (periodNs > 0 && windowNs < 1.5 * periodNs + binNs) {
            throw new IllegalArgumentException("pulsed g²(0) compares the centre peak with the side peaks: window ("
                    + windowNs + " ns) must be at least 1.5 × the period (" + periodNs + " ns) + one bin");
        }
        checkBackground(backgroundCps1, 1);
        checkBackground(backgroundCps2, 2);
    }

    private static void checkBackground(double cps, int channel) {
        if (!(cps >= 0) || !Double.isFinite(cps)) {
            throw new IllegalArgumentException("background of channel " + channel
                    + " must be a finite rate >= 0 counts/s, got " + cps);
        }
    }

    /** Window 500 ns, bin 0.5 ns, difftime 0, continuous wave, no background correction, fit on. */
    public static CorrelationParameters defaults() {
        return new CorrelationParameters(DEFAULT_WINDOW_NS, DEFAULT_BIN_NS, 0, 0, 0, 0, true);
    }

    /** Window, bin and difftime as given; other settings default. */
    public static CorrelationParameters of(double windowNs, double binNs, double difftimeNs) {
        return new CorrelationParameters(windowNs, binNs, difftimeNs, 0, 0, 0, true);
    }

    public CorrelationParameters withBinNs(double newBinNs) {
        return new CorrelationParameters(windowNs, newBinNs, difftimeNs, periodNs, backgroundCps1, backgroundCps2,
                fit);
    }

    public CorrelationParameters withWindowNs(double newWindowNs) {
        return new CorrelationParameters(newWindowNs, binNs, difftimeNs, periodNs, backgroundCps1, backgroundCps2,
                fit);
    }

    /** Pulsed excitation with this repetition period (0 = continuous wave). */
    public CorrelationParameters withPeriodNs(double newPeriodNs) {
        return new CorrelationParameters(windowNs, binNs, difftimeNs, newPeriodNs, backgroundCps1, backgroundCps2,
                fit);
    }

    /** Background correction with these rates in counts/s (0, 0 = none). */
    public CorrelationParameters withBackgroundCps(double channel1, double channel2) {
        return new CorrelationParameters(windowNs, binNs, difftimeNs, periodNs, channel1, channel2, fit);
    }

    public CorrelationParameters withFit(boolean newFit) {
        return new CorrelationParameters(windowNs, binNs, difftimeNs, periodNs, backgroundCps1, backgroundCps2,
                newFit);
    }

    /** True when pulsed excitation was declared. */
    public boolean pulsed() {
        return periodNs > 0;
    }

    /** True when a background rate was given for either channel. */
    public boolean backgroundCorrected() {
        return backgroundCps1 > 0 || backgroundCps2 > 0;
    }

    /** Bins each side of the zero bin: the largest K with (K + ½)·bin ≤ window. */
    int halfBins() {
        // The small slack keeps e.g. window 1.5, bin 1.0 (exactly K = 1) from losing a bin to rounding.
        return (int) Math.floor(windowNs / binNs - 0.5 + 1e-9);
    }
}
