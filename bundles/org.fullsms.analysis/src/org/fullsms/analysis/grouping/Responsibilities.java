package org.fullsms.analysis.grouping;

import java.util.Arrays;

/**
 * The responsibilities p_mj of one E-step, stored sparsely per level (level j owns entries
 * [start[j], start[j + 1])) and double-buffered, with Σ_mj |Δp_mj| against the previous E-step's: the original's
 * convergence measure. Memory is O(non-zero p) rather than O(G·J).
 *
 * <p>Owns its buffers; not thread-safe.
 */
final class Responsibilities {

    private final int levels;
    private int[] startCur;
    private int[] startNext;
    private int[] groupCur = new int[0];
    private int[] groupNext = new int[0];
    private double[] pCur = new double[0];
    private double[] pNext = new double[0];
    private double[] previous = new double[0];
    private int out;
    private double change;

    Responsibilities(int levels) {
        this.levels = levels;
        this.startCur = new int[levels + 1];
        this.startNext = new int[levels + 1];
    }

    void ensureGroups(int groups) {
        if (previous.length < groups) {
            previous = new double[groups];
        }
    }

    /** Makes the hard assignment (p = 1 for each level's group) the previous responsibilities. */
    void setHard(int[] assignment) {
        if (pCur.length < levels) {
            groupCur = Arrays.copyOf(groupCur, levels);
            pCur = Arrays.copyOf(pCur, levels);
        }
        for (int j = 0; j < levels; j++) {
            startCur[j] = j;
            groupCur[j] = assignment[j];
            pCur[j] = 1;
        }
        startCur[levels] = levels;
    }

    /** Starts storing a new E-step, levels in order. */
    void begin() {
        out = 0;
        change = 0;
    }

    /** Level j's responsibilities: {@code p[i]} for group {@code groups[i]}, i &lt; count. */
    void put(int j, int[] groups, double[] p, int count) {
        if (out + count > pNext.length) {
            int capacity = Math.max(2 * pNext.length, out + count);
            groupNext = Arrays.copyOf(groupNext, capacity);
            pNext = Arrays.copyOf(pNext, capacity);
        }
        startNext[j] = out;
        // Previous responsibilities of this level, scattered for lookup by group.
        int oldStart = startCur[j];
        int oldEnd = startCur[j + 1];
        double oldSum = 0;
        for (int k = oldStart; k < oldEnd; k++) {
            previous[groupCur[k]] = pCur[k];
            oldSum += pCur[k];
        }
        double oldMatched = 0;
        for (int i = 0; i < count; i++) {
            int m = groups[i];
            double before = previous[m];
            change += Math.abs(p[i] - before);
            oldMatched += before;
            groupNext[out] = m;
            pNext[out++] = p[i];
        }
        // Groups that had responsibility before and have none now.
        change += Math.max(0, oldSum - oldMatched);
        for (int k = oldStart; k < oldEnd; k++) {
            previous[groupCur[k]] = 0;
        }
    }

    /** Ends the E-step: its responsibilities become the previous ones. */
    void end() {
        startNext[levels] = out;
        int[] s = startCur;
        startCur = startNext;
        startNext = s;
        int[] g = groupCur;
        groupCur = groupNext;
        groupNext = g;
        double[] p = pCur;
        pCur = pNext;
        pNext = p;
    }

    /** Σ|Δp_mj| of the last E-step against the one before. */
    double lastChange() {
        return change;
    }
}
