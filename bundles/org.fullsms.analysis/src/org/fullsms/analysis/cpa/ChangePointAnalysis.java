package org.fullsms.analysis.cpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The change point analysis engine (REFERENCE §3): the original Full SMS window cascade over windows of at
 * most 1000 photons, binary segmentation inside each window with an explicit stack (no recursion), sorted
 * unique change points with confidence regions, then levels. Stateless and thread-safe: each call allocates
 * its own O(window) scratch space.
 */
public final class ChangePointAnalysis {

    public static final String ID = "cpa";
    public static final String VERSION = "1.1.0";

    /** Traces with fewer photons are not analysed (as in the original). */
    public static final int MIN_TRACE_PHOTONS = 200;

    static final int WINDOW = 1000;
    static final int OVERLAP = 200;

    /**
     * Finds the change points of one particle.
     *
     * @param times   absolute photon times in ns, non-decreasing (ties allowed, as at a coarse macro clock)
     * @param params  settings (confidence, tables, limits)
     * @param monitor progress in photons; cancel throws {@code OperationCanceledException}
     * @throws IllegalArgumentException for decreasing times (the message names the index)
     */
    public ChangePointResult run(long[] times, ChangePointParameters params, IProgressMonitor monitor) {
        checkTimes(times);
        int n = params.endTimeNs().isPresent() ? countUpTo(times, params.endTimeNs().getAsLong()) : times.length;
        List<String> warnings = new ArrayList<>();
        if (n < MIN_TRACE_PHOTONS) {
            warnings.add(n == 0 ? "no photons: change point analysis not run"
                    : "only " + n + " photons (fewer than " + MIN_TRACE_PHOTONS
                            + "): change point analysis not run");
            return notAnalysed(params, n, warnings);
        }
        if (times[n - 1] == times[0]) {
            // One instant has no duration, so no level has an intensity; there is nothing to analyse.
            warnings.add("all " + n + " photons have the same time (" + times[0]
                    + " ns): change point analysis not run");
            return notAnalysed(params, n, warnings);
        }
        Found found = cascade(times, n, params, SubMonitor.convert(monitor, "Change points", n));
        int[][] unique = found.sortedUnique();
        // The original's own levels (compatibility mode) may be shorter than the minimum (its golden outputs
        // have 9-photon levels), so that parity holds there only a zero dwell, which has no intensity, is
        // removed; the golden outputs have none.
        boolean original = params.levelBoundaries() == LevelBoundaries.ORIGINAL_SHARED_PHOTON;
        int[] kept = MinimumLevels.keep(times, n, unique[0], params.levelBoundaries(),
                original ? 0 : params.minPhotons());
        int[] cps = PhotonBursts.pick(unique[0], kept);
        List<Level> levels = Levels.build(times, n, cps, params.levelBoundaries());
        double[] stats = Levels.weightedMeanAndSd(levels);
        return new ChangePointResult(ID, VERSION, params, n, true, cps, PhotonBursts.pick(unique[1], kept),
                PhotonBursts.pick(unique[2], kept), levels, stats[0], stats[1], warnings);
    }

    private static ChangePointResult notAnalysed(ChangePointParameters params, int n, List<String> warnings) {
        return new ChangePointResult(ID, VERSION, params, n, false, new int[0], new int[0], new int[0], List.of(),
                Double.NaN, Double.NaN, warnings);
    }


    /** The original's window sequence (REFERENCE §3.2 step 4), each window segmented depth-first. */
    private static Found cascade(long[] times, int n, ChangePointParameters params, SubMonitor progress) {
        Found found = new Found();
        SegmentTest test = new SegmentTest();
        int[] stack = new int[64];
        int last = n - 1;
        int start = 0;
        int end = n > WINDOW ? WINDOW : last;
        int done = 0;
        while (true) {
            // Depth-first binary segmentation: left part (start, c−1) before right part (c, end), like the
            // original's recursion, so "the most recently appended change point" below is the same.
            int top = 0;
            stack[top++] = start;
            stack[top++] = end;
            while (top > 0) {
                int e = stack[--top];
                int s = stack[--top];
                test.run(times, s, e, params.minPhotons(), params.boundaryOffset(), params.criticalValues());
                if (test.changePoint >= 0) {
                    int c = test.changePoint;
                    found.add(c, test.regionFirst, test.regionLast);
                    if (top + 4 > stack.length) {
                        stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    stack[top++] = c;
                    stack[top++] = e;
                    stack[top++] = s;
                    stack[top++] = c - 1;
                }
            }
            progress.split(Math.max(0, end - done));
            done = Math.max(done, end);
            int nextStart;
            int nextEnd;
            if (found.size == 0) {
                if (last >= end + WINDOW - OVERLAP) {
                    nextStart = end - OVERLAP;
                    nextEnd = end + WINDOW - OVERLAP;
                } else if (last - end >= 20) {
                    nextStart = end - OVERLAP;
                    nextEnd = last;
                } else {
                    break;
                }
            } else {
                int recent = found.points[found.size - 1];
                boolean nearEnd = recent > end - OVERLAP && recent < end;
                if (last >= end + WINDOW - OVERLAP) {
                    if (nearEnd) {
                        nextStart = recent;
                        nextEnd = Math.min(recent + WINDOW, last);
                    } else {
                        nextStart = end - OVERLAP;
                        nextEnd = end + WINDOW - OVERLAP;
                    }
                } else if (last - end >= 10) {
                    nextStart = nearEnd ? found.max() : end - OVERLAP;
                    nextEnd = last;
                } else {
                    break;
                }
            }
            if (nextEnd <= end) {
                break; // never loop: each window must reach further than the last
            }
            start = nextStart;
            end = nextEnd;
        }
        return found;
    }

    /**
     * Rejects decreasing times with the first offending index. Equal times are real data (photons within
     * one tick of a coarse macro clock) and are accepted.
     */
    static void checkTimes(long[] times) {
        for (int i = 1; i < times.length; i++) {
            if (times[i] < times[i - 1]) {
                throw new IllegalArgumentException(String.format(
                        "photon times must not decrease: photon %d (%d ns) precedes photon %d (%d ns)", i,
                        times[i], i - 1, times[i - 1]));
            }
        }
    }

    /** Number of photons with time ≤ {@code endNs} (times sorted; all photons tied at endNs count). */
    private static int countUpTo(long[] times, long endNs) {
        int low = 0;
        int high = times.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid] <= endNs) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Change points in the order found, with their regions. */
    private static final class Found {
        int[] points = new int[16];
        int[] first = new int[16];
        int[] last = new int[16];
        int size;

        void add(int point, int regionFirst, int regionLast) {
            if (size == points.length) {
                points = Arrays.copyOf(points, size * 2);
                first = Arrays.copyOf(first, size * 2);
                last = Arrays.copyOf(last, size * 2);
            }
            points[size] = point;
            first[size] = regionFirst;
            last[size] = regionLast;
            size++;
        }

        int max() {
            int m = Integer.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                m = Math.max(m, points[i]);
            }
            return m;
        }

        /**
         * {points, first, last} sorted by point without repeats. A point found by two windows keeps the
         * region that the original keeps: the first in NumPy's unstable argsort order.
         */
        int[][] sortedUnique() {
            int[] found = Arrays.copyOf(points, size);
            int[] order = OriginalArgsort.argsort(found);
            int[] p = new int[size];
            int[] f = new int[size];
            int[] l = new int[size];
            int m = 0;
            for (int index : order) {
                int point = found[index];
                if (m > 0 && p[m - 1] == point) {
                    continue;
                }
                p[m] = point;
                f[m] = first[index];
                l[m] = last[index];
                m++;
            }
            return new int[][] {Arrays.copyOf(p, m), Arrays.copyOf(f, m), Arrays.copyOf(l, m)};
        }
    }
}
