package org.fullsms.analysis.lifetime;

/** Outcome of a lifetime fit. Only {@link #OK} and {@link #NOT_CONVERGED} carry fitted values. */
public enum FitStatus {
    /** Converged. */
    OK,
    /** Stopped at the iteration limit; values are the last iterate. */
    NOT_CONVERGED,
    /** The histogram has no channels or no counts. */
    EMPTY_HISTOGRAM,
    /** Ten photons or fewer (the original fits only above 10). */
    TOO_FEW_PHOTONS,
    /** A start value outside its bounds, an empty window or similar. */
    INVALID_PARAMETERS,
    /** No IRF, an empty IRF, or one that cannot be put on the decay's grid. */
    INVALID_IRF,
    /** The model could not be evaluated (e.g. no signal in the window). */
    FAILED
}
