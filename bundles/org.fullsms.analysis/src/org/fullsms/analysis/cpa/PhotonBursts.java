package org.fullsms.analysis.cpa;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Photon bursts (REFERENCE §3.5): short, very bright levels. Detection flags them, removal deletes one
 * change point per burst so that the burst joins its brighter neighbour (the first level joins the second,
 * the last joins the one before), restore puts the deleted change points back. All methods are pure.
 */
public final class PhotonBursts {

    private PhotonBursts() {
    }

    /**
     * Indices of the burst levels of {@code result} (empty when not analysed).
     *
     * @throws IllegalArgumentException when a level has zero dwell: its intensity is infinite, so neither the
     *                                  threshold nor the test would mean anything (the engine never makes one)
     */
    public static int[] detect(ChangePointResult result, BurstParameters params) {
        List<Level> levels = result.levels();
        Levels.requirePositiveDwell(levels);
        double threshold = params.thresholdCps(result);
        return IntStream.range(0, levels.size())
                .filter(i -> levels.get(i).intensityCps() > threshold && levels.get(i).dwellS() < params.minDwellS())
                .toArray();
    }

    /**
     * Merges each burst level of {@code result} into its brighter neighbour; neighbours are judged on the
     * levels before removal. {@code times} must be the photons the result was computed from.
     */
    public static BurstRemoval remove(long[] times, ChangePointResult result, int[] burstLevels) {
        int[] cps = result.changePoints();
        int m = cps.length;
        List<Level> levels = result.levels();
        boolean[] drop = new boolean[m];
        for (int i : burstLevels) {
            if (m == 0) {
                throw new IllegalArgumentException("a trace with a single level has no neighbour to merge a burst into");
            }
            if (i < 0 || i > m) {
                throw new IllegalArgumentException("no level " + i + ": the result has " + (m + 1) + " levels");
            }
            boolean mergeRight = i == 0
                    || i < m && levels.get(i + 1).intensityCps() > levels.get(i - 1).intensityCps();
            drop[mergeRight ? i : i - 1] = true;
        }
        int[] keep = IntStream.range(0, m).filter(j -> !drop[j]).toArray();
        int[] gone = IntStream.range(0, m).filter(j -> drop[j]).toArray();
        int[] first = result.regionFirst();
        int[] last = result.regionLast();
        ChangePointResult merged = withChangePoints(times, result, pick(cps, keep), pick(first, keep), pick(last, keep));
        return new BurstRemoval(merged, burstLevels, pick(cps, gone), pick(first, gone), pick(last, gone));
    }

    /** Puts the change points deleted by {@code removal} back and rebuilds the levels. */
    public static ChangePointResult restore(long[] times, BurstRemoval removal) {
        ChangePointResult r = removal.result();
        int[] cps = concat(r.changePoints(), removal.removedChangePoints());
        int[] first = concat(r.regionFirst(), removal.removedRegionFirst());
        int[] last = concat(r.regionLast(), removal.removedRegionLast());
        Integer[] order = new Integer[cps.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(cps[a], cps[b]));
        int[] idx = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        return withChangePoints(times, r, pick(cps, idx), pick(first, idx), pick(last, idx));
    }

    /** A copy of {@code base} with other change points and freshly built levels. */
    static ChangePointResult withChangePoints(long[] times, ChangePointResult base, int[] cps, int[] first,
            int[] last) {
        List<Level> levels = Levels.build(times, base.numPhotons(), cps, base.parameters().levelBoundaries());
        double[] stats = Levels.weightedMeanAndSd(levels);
        return new ChangePointResult(base.engineId(), base.engineVersion(), base.parameters(), base.numPhotons(),
                base.analysed(), cps, first, last, levels, stats[0], stats[1], base.warnings());
    }

    static int[] pick(int[] values, int[] indices) {
        int[] out = new int[indices.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[indices[i]];
        }
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
