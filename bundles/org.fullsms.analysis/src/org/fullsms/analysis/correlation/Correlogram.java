package org.fullsms.analysis.correlation;

import java.util.Arrays;

/**
 * Counted photon pairs, kept so that they can be re-binned without recounting: a base histogram of
 * half-bins of width f = bin/2 with zero on an edge, base bin m covering [m·f, (m+1)·f) for
 * m = −M … M−1, M = 2K+1. Any whole multiple p of the counted bin is then an exact merge of 2p base bins,
 * centred on zero: bin j covers [(2j−1)·p·f, (2j+1)·p·f). Memory is 4K+2 longs, independent of the number of
 * photons or pairs (the original keeps every delay as a double). Immutable; thread-safe.
 */
public final class Correlogram {

    private final long[] base;
    private final double baseWidthNs;
    private final int halfBins;
    private final double difftimeNs;
    private final long pairs;
    private final Exposure exposure;

    Correlogram(long[] base, double baseWidthNs, int halfBins, double difftimeNs, long pairs, Exposure exposure) {
        this.base = base;
        this.baseWidthNs = baseWidthNs;
        this.halfBins = halfBins;
        this.difftimeNs = difftimeNs;
        this.pairs = pairs;
        this.exposure = exposure;
    }

    /**
     * A correlogram as saved (a session): the base half-bin counts and what they were counted with.
     *
     * @throws IllegalArgumentException when the parts do not fit together (a damaged file)
     */
    public static Correlogram restore(long[] baseCounts, double binNs, int halfBins, double difftimeNs, long pairs,
            Exposure exposure) {
        if (!(binNs > 0) || !Double.isFinite(binNs)) {
            throw new IllegalArgumentException("correlogram bin must be > 0 ns, got " + binNs);
        }
        if (halfBins < 0 || baseCounts.length != 2 * (2L * halfBins + 1)) {
            throw new IllegalArgumentException("correlogram of " + halfBins + " bins each side needs "
                    + 2 * (2L * halfBins + 1) + " base counts, has " + baseCounts.length);
        }
        long sum = 0;
        for (long c : baseCounts) {
            if (c < 0) {
                throw new IllegalArgumentException("correlogram count " + c + " is negative");
            }
            sum += c;
        }
        if (pairs != sum || !Double.isFinite(difftimeNs) || exposure == null) {
            throw new IllegalArgumentException("correlogram of " + sum + " counted pairs says " + pairs);
        }
        return new Correlogram(baseCounts.clone(), binNs / 2, halfBins, difftimeNs, pairs, exposure);
    }

    /** The bin width the pairs were counted with; re-binning accepts whole multiples of it. */
    public double binNs() {
        return 2 * baseWidthNs;
    }

    /** Bins each side of the zero bin at {@link #binNs()}. */
    public int halfBins() {
        return halfBins;
    }

    /** Largest |τ| counted: (K + ½)·bin. */
    public double coverageNs() {
        return (2 * halfBins + 1) * baseWidthNs;
    }

    public double difftimeNs() {
        return difftimeNs;
    }

    /** Pairs counted inside ±{@link #coverageNs()}. */
    public long pairs() {
        return pairs;
    }

    public Exposure exposure() {
        return exposure;
    }

    /** A copy of the base half-bin counts (index 0 is [−M·f, (−M+1)·f)), e.g. for saving. */
    public long[] baseCounts() {
        return base.clone();
    }

    /** The sum of two correlograms counted with the same bin, window and difftime (several particles). */
    public Correlogram plus(Correlogram other) {
        if (other.baseWidthNs != baseWidthNs || other.halfBins != halfBins || other.difftimeNs != difftimeNs) {
            throw new IllegalArgumentException("cannot add correlograms with different bin, window or difftime ("
                    + binNs() + "/" + other.binNs() + " ns, " + halfBins + "/" + other.halfBins + " bins, "
                    + difftimeNs + "/" + other.difftimeNs + " ns)");
        }
        long[] sum = base.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.base[i];
        }
        return new Correlogram(sum, baseWidthNs, halfBins, difftimeNs, pairs + other.pairs,
                exposure.plus(other.exposure));
    }

    /**
     * The histogram at bin width {@code binNs} (a whole multiple of {@link #binNs()}) with all bins inside
     * ±{@code windowNs} (and inside the counted coverage).
     */
    public CorrelationHistogram histogram(double binNs, double windowNs) {
        int factor = (int) Math.round(binNs / binNs());
        if (factor < 1 || Math.abs(factor * binNs() - binNs) > 1e-9 * binNs) {
            throw new IllegalArgumentException("re-binning needs a whole multiple of the counted bin " + binNs()
                    + " ns, got " + binNs + " ns; correlate again with a finer bin");
        }
        if (!(windowNs >= binNs)) {
            throw new IllegalArgumentException("correlation window (" + windowNs + " ns) must be at least one bin ("
                    + binNs + " ns)");
        }
        int m = 2 * halfBins + 1;
        int byWindow = (int) Math.floor(windowNs / binNs - 0.5 + 1e-9);
        int byCoverage = Math.floorDiv(m / factor - 1, 2);
        if (byCoverage < 0) {
            throw new IllegalArgumentException("bin " + binNs + " ns is wider than the counted window ±"
                    + coverageNs() + " ns");
        }
        int k = Math.min(byWindow, byCoverage);
        int n = 2 * k + 1;
        double[] edges = new double[n + 1];
        double[] centres = new double[n];
        long[] counts = new long[n];
        for (int j = -k; j <= k; j++) {
            int first = (2 * j - 1) * factor; // first base bin, in signed base units
            long c = 0;
            for (int b = first; b < first + 2 * factor; b++) {
                c += base[b + m];
            }
            counts[j + k] = c;
            edges[j + k] = first * baseWidthNs;
            centres[j + k] = j * binNs;
        }
        edges[n] = (2 * k + 1) * factor * baseWidthNs;
        return new CorrelationHistogram(binNs, centres, edges, counts);
    }

    @Override
    public String toString() {
        return "Correlogram[bin " + binNs() + " ns, ±" + coverageNs() + " ns, " + pairs + " pairs, "
                + exposure.particles() + " particle(s)]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Correlogram c && Arrays.equals(base, c.base) && baseWidthNs == c.baseWidthNs
                && halfBins == c.halfBins && difftimeNs == c.difftimeNs && exposure.equals(c.exposure);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(base) * 31 + halfBins;
    }
}
