package org.fullsms.analysis.correlation;

/**
 * Counts channel-1/channel-2 photon pairs with delay τ = t2 + difftime − t1 in [−M·f, M·f) into base bins
 * [m·f, (m+1)·f). Sorted two-pointer pass: for each channel 1 photon the first channel 2 photon inside the
 * window only moves forward, so the work is O(N1 + N2 + pairs) and nothing is allocated per photon or pair.
 */
final class PairCounter {

    private PairCounter() {
    }

    /**
     * Adds the pairs of one particle to {@code hist} (length 2·m) and returns how many were added. Times are
     * taken relative to {@code origin} so that they stay small and exact as doubles.
     */
    static long count(SortedChannel ch1, SortedChannel ch2, long origin, double difftime, double f, int m,
            long[] hist) {
        final long[] abs1 = ch1.abs();
        final double[] micro1 = ch1.micro();
        final long[] abs2 = ch2.abs();
        final double[] micro2 = ch2.micro();
        final int n1 = abs1.length;
        final int n2 = abs2.length;
        final double lo = -m * f;
        final double hi = m * f;
        final double inverse = 1 / f;
        long pairs = 0;
        int start = 0;
        for (int i = 0; i < n1; i++) {
            final double t1 = (double) (abs1[i] - origin) + micro1[i];
            while (start < n2 && ((double) (abs2[start] - origin) + micro2[start] + difftime) - t1 < lo) {
                start++;
            }
            for (int j = start; j < n2; j++) {
                final double tau = ((double) (abs2[j] - origin) + micro2[j] + difftime) - t1;
                if (tau >= hi) {
                    break;
                }
                // The product with 1/f may be off by one ulp; the two checks make the bin agree exactly
                // with the edges m·f that the histogram reports.
                int k = (int) Math.floor(tau * inverse);
                if (tau < k * f) {
                    k--;
                } else if (tau >= (k + 1) * f) {
                    k++;
                }
                hist[k + m]++;
                pairs++;
            }
        }
        return pairs;
    }
}
