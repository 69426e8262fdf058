package org.fullsms.analysis.cpa;

/**
 * The weighted likelihood ratio test on one segment {@code [start, end)} of photon times (REFERENCE §3.1).
 * Works in a caller-supplied scratch array so that a whole analysis allocates O(window) memory once.
 */
final class SegmentTest {

    /** Outcome of one test: {@code changePoint < 0} means none accepted. */
    int changePoint;
    int regionFirst;
    int regionLast;
    double maxWlr;

    private final double[] wlr;

    SegmentTest() {
        wlr = new double[WlrTable.MAX_N];
    }

    /**
     * Tests {@code times[start, end)} against {@code critical}. Sets {@link #changePoint} (absolute index,
     * or −1) and, when one is accepted, its confidence region.
     */
    void run(long[] times, int start, int end, int minPhotons, int boundaryOffset, CriticalValues critical) {
        changePoint = -1;
        int n = end - start;
        if (n < minPhotons || n < 4) {
            return;
        }
        int kBest = evaluate(times, start, end);
        double best = maxWlr;
        if (kBest < boundaryOffset || n - kBest < boundaryOffset || best < critical.tauA(n)) {
            return;
        }
        // Region = first..last k whose WLR is within tau_b of the maximum (the zeros at the edges count).
        double floor = best - critical.tauB(n);
        int first = 0;
        while (wlr[first] < floor) {
            first++;
        }
        int last = n - 1;
        while (wlr[last] < floor) {
            last--;
        }
        changePoint = start + kBest;
        regionFirst = start + first;
        regionLast = start + last;
    }

    /**
     * Fills the WLR of {@code times[start, end)} (n = end − start, 4 ≤ n ≤ {@link WlrTable#MAX_N}) and
     * returns k*, the first index of its maximum (0 when no WLR is positive); sets {@link #maxWlr}. The
     * WLR keeps 0 at k = 0, 1 and n−1 as in the original.
     * <p>
     * Tied photon times (equal absolute times from a coarse clock) put no photon interval at risk except
     * where a side of the split has no duration at all: V_k = 0 (photon k at the segment's first time) or
     * V_k = 1 (photon k at its last time). There the continuous-time likelihood is infinite, which says
     * nothing about a change of rate, would win the arg-max and, at k &lt; boundary offset, veto every other
     * position of the segment. Such positions keep WLR 0 like the edges: they are never a change point (the
     * level they would cut off has zero dwell). A segment whose photons all share one time (T = 0) has no
     * change point. Without ties V_k lies strictly between 0 and 1, so nothing changes there.
     */
    int evaluate(long[] times, int start, int end) {
        int n = end - start;
        if (n > WlrTable.MAX_N) {
            throw new IllegalStateException("segment of " + n + " photons exceeds " + WlrTable.MAX_N);
        }
        double[] u = WlrTable.u(n);
        double[] sigma = WlrTable.sigma(n);
        double[] w = WlrTable.w(n);
        long t0 = times[start];
        double total = times[end - 1] - t0;
        double best = 0.0;
        int kBest = 0;
        wlr[0] = 0.0;
        wlr[1] = 0.0;
        wlr[n - 1] = 0.0;
        long tEnd = times[end - 1];
        for (int k = 2; k <= n - 2; k++) {
            long tk = times[start + k];
            if (tk == t0 || tk == tEnd) {
                wlr[k] = 0.0;
                continue;
            }
            double v = (tk - t0) / total;
            double nk = n - k;
            double l0 = -2.0 * k * Math.log(v) + 2.0 * k * u[k] - 2.0 * nk * Math.log(1.0 - v) + 2.0 * nk * u[n - k];
            double value = l0 / sigma[k] + w[k];
            wlr[k] = value;
            if (value > best) {
                best = value;
                kBest = k;
            }
        }
        maxWlr = best;
        return kBest;
    }

    /** WLR at relative index k of the last evaluated segment. */
    double wlr(int k) {
        return wlr[k];
    }
}
