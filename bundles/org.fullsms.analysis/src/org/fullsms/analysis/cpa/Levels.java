package org.fullsms.analysis.cpa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds levels from change points and computes dwell-weighted intensity statistics (REFERENCE §3.3). */
public final class Levels {

    private Levels() {
    }

    /**
     * Levels of {@code times[0..numPhotons)} cut at the sorted, unique {@code changePoints}. No change
     * point gives one level over all photons.
     */
    public static List<Level> build(long[] times, int numPhotons, int[] changePoints, LevelBoundaries mode) {
        int m = changePoints.length;
        List<Level> levels = new ArrayList<>(m + 1);
        if (numPhotons == 0) {
            return levels;
        }
        int last = numPhotons - 1;
        for (int i = 0; i <= m; i++) {
            int first = i == 0 ? 0 : changePoints[i - 1];
            int end = i == m ? last : changePoints[i] - 1;
            // The original's middle levels (all but the first and the two last) reach the next change point.
            if (mode == LevelBoundaries.ORIGINAL_SHARED_PHOTON && i >= 1 && i <= m - 2) {
                end = changePoints[i];
            }
            levels.add(Level.of(times, first, end));
        }
        return Collections.unmodifiableList(levels);
    }

    /**
     * Dwell-weighted mean and standard deviation (ddof 0) of the level intensities, as statsmodels'
     * {@code DescrStatsW(intensities, weights=dwell fractions)}: {@code {mean, sd}}; NaN for no levels.
     *
     * @throws IllegalArgumentException for a level of zero dwell (infinite intensity with weight 0 has no
     *                                  defined contribution; the engine never makes such a level)
     */
    public static double[] weightedMeanAndSd(List<Level> levels) {
        int n = levels.size();
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        requirePositiveDwell(levels);
        double totalDwell = 0;
        for (Level level : levels) {
            totalDwell += level.dwellS();
        }
        double sumW = 0;
        double sumWx = 0;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = levels.get(i).dwellS() / totalDwell;
            sumW += w[i];
            sumWx += w[i] * levels.get(i).intensityCps();
        }
        double mean = sumWx / sumW;
        double sumWd = 0;
        for (int i = 0; i < n; i++) {
            double d = levels.get(i).intensityCps() - mean;
            sumWd += w[i] * d * d;
        }
        return new double[] {mean, Math.sqrt(sumWd / sumW)};
    }

    /** Throws IllegalArgumentException naming the first level of zero dwell (whose intensity is infinite). */
    static void requirePositiveDwell(List<Level> levels) {
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            if (level.dwellNs() <= 0) {
                throw new IllegalArgumentException("level " + i + " (photons " + level.first() + "–" + level.last()
                        + ") has zero dwell time, so it has no intensity");
            }
        }
    }
}
