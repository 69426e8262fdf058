package org.fullsms.analysis.grouping;

/** How the EM refinement treats levels whose likelihood under every group is below the smallest double. */
public enum EmMode {
    /** Log space throughout (log-sum-exp): no under-flow; the default. */
    LOG_SPACE,
    /**
     * Mimics the original's linear-space arithmetic: when every group's α for some level under-flows to 0, the
     * original divides 0/0, its convergence test sees NaN and stops after that iteration, and the level goes to
     * group 0. Only for reproducing the original's numbers (see docs/grouping.md).
     */
    ORIGINAL_UNDERFLOW
}
