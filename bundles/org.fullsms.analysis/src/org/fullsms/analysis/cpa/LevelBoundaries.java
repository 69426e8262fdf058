package org.fullsms.analysis.cpa;

/** How photon index ranges of levels are cut at the change points. */
public enum LevelBoundaries {
    /** Level i runs from its change point to the photon before the next one: first..c1−1, c1..c2−1, …, cm..N−1. */
    NON_OVERLAPPING,
    /**
     * The original Full SMS ranges (REFERENCE §3.3), for comparisons: 0..c1−1, then c(i−1)..c(i) for the
     * middle levels (adjacent levels share the change-point photon), c(m−1)..c(m)−1 for the level before
     * the last change point and cm..N−1 for the last level.
     */
    ORIGINAL_SHARED_PHOTON
}
