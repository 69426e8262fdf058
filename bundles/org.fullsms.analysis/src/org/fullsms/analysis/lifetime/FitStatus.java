package org.fullsms.analysis.lifetime;

/**
 * Outcome of a lifetime fit. {@link #OK}, {@link #NOT_CONVERGED}, {@link #AT_BOUND} and {@link #POOR_FIT} carry
 * fitted values (see {@link FitResult#ok()}); only {@link #OK} is a usable result without further checks.
 */
public enum FitStatus {
    /** Converged. */
    OK,
    /** Stopped at the iteration limit; values are the last iterate. */
    NOT_CONVERGED,
    /**
     * Converged, but a free lifetime (e.g. τ = 0 ns) or the free IRF shift lies on a bound of its range: the decay
     * does not determine it (too few photons, too short a window, an IRF out of reach); the values are the optimum
     * found.
     */
    AT_BOUND,
    /**
     * Converged, but χ²<sub>red</sub> is not finite or above {@value LifetimeFitter#MAX_CHI2_RED}: the model
     * cannot describe the data (e.g. it predicts no counts where there are some).
     */
    POOR_FIT,
    /** The histogram has no channels or no counts. */
    EMPTY_HISTOGRAM,
    /** Ten photons or fewer (the original fits only above 10). */
    TOO_FEW_PHOTONS,
    /** A start value outside its bounds, an empty window or similar. */
    INVALID_PARAMETERS,
    /** No IRF, an empty IRF, or one that cannot be put on the decay's grid. */
    INVALID_IRF,
    /** The model could not be evaluated (e.g. no signal in the window). */
    FAILED;

    /** The status in words, for people: "too few photons", "not converged" (the constant name is for files). */
    public String label() {
        return switch (this) {
            case OK -> "ok";
            case NOT_CONVERGED -> "not converged";
            case AT_BOUND -> "a value at its bound";
            case POOR_FIT -> "poor fit";
            case EMPTY_HISTOGRAM -> "empty histogram";
            case TOO_FEW_PHOTONS -> "too few photons";
            case INVALID_PARAMETERS -> "invalid parameters";
            case INVALID_IRF -> "unusable IRF";
            case FAILED -> "failed";
        };
    }
}
