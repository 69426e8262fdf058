package org.fullsms.analysis.grouping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The structures that let grouping skip work, each against the brute force it replaces, on inputs full of exact
 * ties: the pruned merge search, the intensity index's scan and the group sorter.
 */
class SearchStructuresTest {

    /**
     * Groups whose photons and dwells come from a few values each, so that many merge merits tie (rounding makes
     * some pairs' merits equal just above 0), and groups of 40 kinds repeated, whose identical pairs all have merit
     * exactly 0, the largest: the first pair in row-major order must win.
     */
    @Test
    void prunedMergeSearchFindsTheAllPairsPair() {
        Random random = new Random(11);
        for (int round = 0; round < 6; round++) {
            int groups = MergeSearch.PRUNED_FROM + 300 * round;
            double[] photons = new double[groups];
            double[] dwell = new double[groups];
            for (int g = 0; g < groups; g++) {
                if (round == 5) {
                    int kind = random.nextInt(40);
                    dwell[g] = 0.5 + 0.01 * kind;
                    photons[g] = Math.round(dwell[g] * 100 * Math.pow(1.5, kind));
                } else if (round % 2 == 0) {
                    dwell[g] = 0.01 * (1 + random.nextInt(4));
                    photons[g] = 20 + random.nextInt(60);
                } else {
                    dwell[g] = 0.001 + 3 * random.nextDouble();
                    photons[g] = Math.max(20, Math.round(dwell[g] * 2000 * (1 + 9 * random.nextInt(2))
                            * (0.9 + 0.2 * random.nextDouble())));
                }
            }
            assertEquals(allPairs(photons, dwell, groups), MergeSearch.bestPair(photons, dwell, groups),
                    "round " + round);
        }
    }

    /** The first pair (row-major) of largest merit, as the original's loop finds it. */
    private static long allPairs(double[] photons, double[] dwell, int groups) {
        double best = Double.NEGATIVE_INFINITY;
        long pair = -1;
        for (int j = 0; j < groups; j++) {
            for (int m = j + 1; m < groups; m++) {
                double n = photons[m] + photons[j];
                double merit = n * Math.log(n / (dwell[m] + dwell[j])) - photons[m] * Math.log(photons[m] / dwell[m])
                        - photons[j] * Math.log(photons[j] / dwell[j]);
                if (merit > best) {
                    best = merit;
                    pair = (long) j * groups + m;
                }
            }
        }
        return pair;
    }

    /**
     * For random levels: the scan's maximum and its group (lowest index among ties) are the brute force's, and
     * every group within the cut of the maximum is visited.
     */
    @Test
    void intensityIndexVisitsEveryGroupThatMatters() {
        Random random = new Random(13);
        int groups = 700;
        double[] logWeight = new double[groups];
        double[] intensity = new double[groups];
        double[] logIntensity = new double[groups];
        for (int m = 0; m < groups; m++) {
            // Duplicated groups (same weight and intensity) tie for every level.
            int source = m % 7 == 6 ? m - 1 : m;
            boolean dead = m % 97 == 5;
            logWeight[m] = dead ? Double.NEGATIVE_INFINITY
                    : source == m ? -12 * random.nextDouble() : logWeight[source];
            intensity[m] = source == m ? 500 * Math.exp(5 * random.nextDouble()) : intensity[source];
            logIntensity[m] = Math.log(intensity[m]);
        }
        IntensityIndex index = new IntensityIndex();
        index.build(logWeight, intensity, logIntensity, groups);
        int[] ranks = new int[groups];
        double[] s = new double[groups];
        double[] best = new double[2];
        int[] position = new int[1];
        for (int trial = 0; trial < 2000; trial++) {
            double n = 20 + Math.floor(Math.exp(9 * random.nextDouble()));
            double t = n / (300 * Math.exp(6 * random.nextDouble()));
            double peak = Math.log(n / t);
            index.positions(new double[] { peak }, new int[] { 0 }, position);
            double margin = 1e-12 * (n * (Math.abs(peak) + 2) + 1e3);
            int count = index.scan(n, t, position[0], margin, ExactEStep.CUT, ranks, s, best);
            double max = Double.NEGATIVE_INFINITY;
            int arg = -1;
            for (int m = 0; m < groups; m++) {
                double value = logWeight[m] + n * logIntensity[m] - intensity[m] * t;
                if (value > max) {
                    max = value;
                    arg = m;
                }
            }
            assertEquals(max, best[0], 0.0, "maximum, trial " + trial);
            assertEquals(arg, (int) best[1], "its group, trial " + trial);
            boolean[] visited = new boolean[groups];
            for (int i = 0; i < count; i++) {
                visited[index.group(ranks[i])] = true;
            }
            for (int m = 0; m < groups; m++) {
                double value = logWeight[m] + n * logIntensity[m] - intensity[m] * t;
                assertTrue(visited[m] || value < max + ExactEStep.CUT, "group " + m + " skipped, trial " + trial);
            }
        }
    }

    @Test
    void groupSorterSortsStablyByKey() {
        Random random = new Random(17);
        int count = 5000;
        double[] key = new double[count];
        for (int i = 0; i < count; i++) {
            key[i] = random.nextInt(300) / 7.0;
        }
        GroupSorter sorter = new GroupSorter();
        int[] order = sorter.buffer(count);
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        sorter.sort(order, count, key);
        int[] expected = IntStream.range(0, count).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> key[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, Arrays.copyOf(order, count));
    }
}
