package org.fullsms.analysis.correlation;

/**
 * Pair counts at one bin width: bins centred on jΔτ, j = −K … K, bin j covering [edges[j], edges[j+1]).
 * Arrays are shared, not copied: treat them as read-only.
 *
 * @param binNs        bin width Δτ
 * @param binCentresNs bin centres, symmetric around 0
 * @param edgesNs      bin edges, one more than bins
 * @param counts       pairs per bin
 */
public record CorrelationHistogram(double binNs, double[] binCentresNs, double[] edgesNs, long[] counts) {

    public int size() {
        return counts.length;
    }

    /** Index of the zero bin. */
    public int zeroIndex() {
        return counts.length / 2;
    }
}
