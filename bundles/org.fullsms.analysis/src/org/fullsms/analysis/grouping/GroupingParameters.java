package org.fullsms.analysis.grouping;

/**
 * Settings of the AHCA + EM grouping.
 *
 * @param maxIterations      most EM iterations per step (original: 50)
 * @param tolerance          EM stops when Σ|Δp_mj| over all groups and levels is at most this (original: 1e-5)
 * @param minTermProbability terms of ln L with α ≤ this are left out of the BIC's likelihood, as in the original
 *                           (1e-200); 0 keeps every term
 * @param emMode             log-space EM (default) or the original's under-flow behaviour
 */
public record GroupingParameters(int maxIterations, double tolerance, double minTermProbability, EmMode emMode) {

    /** The original's settings and likelihood definition with log-space EM. */
    public static final GroupingParameters DEFAULTS = new GroupingParameters(50, 1e-5, 1e-200, EmMode.LOG_SPACE);

    /** Reproduces the original's numbers, including its EM under-flow (for parity checks). */
    public static final GroupingParameters ORIGINAL = DEFAULTS.withEmMode(EmMode.ORIGINAL_UNDERFLOW);

    /**
     * Log-space EM and the complete likelihood: no term is left out of ln L. The original's rule drops the
     * worst-fitting levels of a step, which can make a too-coarse step win (docs/grouping.md).
     */
    public static final GroupingParameters FULL_LIKELIHOOD = new GroupingParameters(50, 1e-5, 0, EmMode.LOG_SPACE);

    public GroupingParameters {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("EM needs at least one iteration, got " + maxIterations);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("EM tolerance must be >= 0, got " + tolerance);
        }
        if (!(minTermProbability >= 0) || minTermProbability >= 1) {
            throw new IllegalArgumentException("minimum term probability must be in [0, 1), got " + minTermProbability);
        }
        if (emMode == null) {
            throw new IllegalArgumentException("EM mode is required");
        }
    }

    /** The same settings with another EM mode. */
    public GroupingParameters withEmMode(EmMode mode) {
        return new GroupingParameters(maxIterations, tolerance, minTermProbability, mode);
    }
}
