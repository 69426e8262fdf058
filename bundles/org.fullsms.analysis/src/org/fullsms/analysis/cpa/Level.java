package org.fullsms.analysis.cpa;

/**
 * One intensity level: photons {@code first..last} (inclusive, 0-based), their times and the intensity
 * {@code photons / dwell} as the original computes it.
 *
 * @param first        index of the first photon
 * @param last         index of the last photon (inclusive)
 * @param startNs      absolute time of photon {@code first}
 * @param endNs        absolute time of photon {@code last}
 * @param photons      {@code last − first + 1}
 * @param intensityCps photons per second of dwell (infinite when the dwell is 0)
 */
public record Level(int first, int last, long startNs, long endNs, int photons, double intensityCps) {

    /** Builds the level for {@code times[first..last]}. */
    static Level of(long[] times, int first, int last) {
        long start = times[first];
        long end = times[last];
        int photons = last - first + 1;
        return new Level(first, last, start, end, photons, photons / ((end - start) / 1e9));
    }

    public long dwellNs() {
        return endNs - startNs;
    }

    public double dwellS() {
        return (endNs - startNs) / 1e9;
    }

    public double startS() {
        return startNs / 1e9;
    }

    public double endS() {
        return endNs / 1e9;
    }
}
