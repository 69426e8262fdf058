package org.fullsms.analysis.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * One {@link KernelGrid} iteration against the exact E-step and M-step computed over every (level, group) pair in
 * log space: every group's Σp·t, Σp·n and Σp within {@link #REL_TOL} of the exact sums (plus a floor far below
 * any group that matters), and Σ_m Σ_j p_mj = number of levels.
 */
class KernelGridTest {

    /** The grid promises 1e-10 (KernelGrid.ACCURACY); measured errors are near 1e-13. */
    private static final double REL_TOL = 1e-9;

    /** Global grouping's first step: one group per level, levels of 60 particles with their own state rates. */
    @Test
    void oneGroupPerLevelMatchesTheExactSums() {
        Random random = new Random(3);
        int levels = 2400;
        double[] photons = new double[levels];
        double[] dwell = new double[levels];
        for (int j = 0; j < levels; j++) {
            // Each particle's two states scatter by ±10 % around 2 and 20 kcps, as the simulator draws them.
            double rate = (j % 2 == 0 ? 2000 : 20000) * (0.9 + 0.2 * ((j / 40) % 60) / 60.0);
            dwell[j] = 0.005 + 2 * random.nextDouble() * random.nextDouble();
            photons[j] = Math.max(20, Math.round(rate * dwell[j] + Math.sqrt(rate * dwell[j]) * random.nextGaussian()));
        }
        double[] groupDwell = dwell.clone();
        double[] groupPhotons = photons.clone();
        assertMatchesExact(photons, dwell, groupDwell, groupPhotons);
    }

    /**
     * Groups far fewer than levels and levels far from every group (in the kernels' tails): such levels need the
     * fine grid or the exact sums, and groups fed only by tails need exact read-back.
     */
    @Test
    void levelsInTheTailsOfEveryGroupMatchTheExactSums() {
        Random random = new Random(5);
        int levels = 1500;
        int groups = 1100;
        double[] photons = new double[levels];
        double[] dwell = new double[levels];
        for (int j = 0; j < levels; j++) {
            // Most levels among the groups; some just beyond them (in their kernels' tails), some far away.
            double rate = j % 50 == 0 ? 300 + 200_000 * random.nextDouble()
                    : j % 50 == 25 ? 2800 + 700 * random.nextDouble() : 2000 + 400 * random.nextDouble();
            dwell[j] = 0.01 + random.nextDouble();
            photons[j] = Math.max(20, Math.round(rate * dwell[j]));
        }
        double[] groupDwell = new double[groups];
        double[] groupPhotons = new double[groups];
        for (int m = 0; m < groups; m++) {
            double rate = m % 100 == 0 ? 10 + 1e6 * random.nextDouble() : 1900 + 600 * random.nextDouble();
            groupDwell[m] = Math.exp(-12 * random.nextDouble());
            groupPhotons[m] = rate * groupDwell[m];
        }
        assertMatchesExact(photons, dwell, groupDwell, groupPhotons);
    }

    private static void assertMatchesExact(double[] photons, double[] dwell, double[] groupDwell,
            double[] groupPhotons) {
        int groups = groupDwell.length;
        double[] logWeight = new double[groups];
        double[] intensity = new double[groups];
        double[] logIntensity = new double[groups];
        for (int m = 0; m < groups; m++) {
            logWeight[m] = Math.log(groupDwell[m]);
            intensity[m] = groupPhotons[m] / groupDwell[m];
            logIntensity[m] = Math.log(intensity[m]);
        }
        IntensityIndex index = new IntensityIndex();
        index.build(logWeight, intensity, logIntensity, groups);
        double[][] got = new double[GridBand.QUANTITIES][groups];
        new KernelGrid(photons, dwell).iterate(index, groupDwell, groups, got);

        double[][] want = new double[GridBand.QUANTITIES][groups];
        double[] s = new double[groups];
        for (int j = 0; j < photons.length; j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int m = 0; m < groups; m++) {
                s[m] = logWeight[m] + photons[j] * logIntensity[m] - intensity[m] * dwell[j];
                max = Math.max(max, s[m]);
            }
            double sum = 0;
            for (int m = 0; m < groups; m++) {
                sum += Math.exp(s[m] - max);
            }
            for (int m = 0; m < groups; m++) {
                double p = Math.exp(s[m] - max) / sum;
                want[0][m] += p * dwell[j];
                want[1][m] += p * photons[j];
                want[2][m] += p;
            }
        }
        double counted = 0;
        for (int m = 0; m < groups; m++) {
            for (int q = 0; q < GridBand.QUANTITIES; q++) {
                double floor = 1e-15 * (q == 0 ? sum(dwell) : q == 1 ? sum(photons) : photons.length);
                assertEquals(want[q][m], got[q][m], REL_TOL * want[q][m] + floor, "group " + m + ", sum " + q);
            }
            counted += got[2][m];
        }
        assertEquals(photons.length, counted, REL_TOL * photons.length, "Σ p = number of levels");
        assertTrue(counted > 0);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
