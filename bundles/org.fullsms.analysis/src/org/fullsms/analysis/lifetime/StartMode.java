package org.fullsms.analysis.lifetime;

/** How the first channel of the fit window is chosen (the original's "Start" combo box, REFERENCE §5). */
public enum StartMode {
    /** The channel given in the settings (0 when blank). */
    MANUAL,
    /** First channel above {@link LifetimeSettings#startPercent()} of the maximum. */
    CLOSE_TO_MAX,
    /** Middle between {@link #RISE_START} and {@link #CLOSE_TO_MAX}. */
    RISE_MIDDLE,
    /** Where the rise leaves the background (the background estimator's limit). */
    RISE_START,
    /** {@link #RISE_START} moved earlier by min(peak − rise, 10) channels. */
    SAFE_RISE_START
}
