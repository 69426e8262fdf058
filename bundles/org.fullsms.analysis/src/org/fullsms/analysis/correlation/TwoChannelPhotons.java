package org.fullsms.analysis.correlation;

/**
 * The photons of one particle in its two detection channels, as stored in the HDF5 file: absolute times in
 * ns ({@code Absolute Times (ns)}, {@code Absolute Times 2 (ns)}) and micro times in ns. A photon's time is
 * absolute + micro. The arrays are not copied (they can hold millions of photons): do not change them while
 * an analysis runs. Checks (second channel present, matching lengths, finite micro times) are made by
 * {@link CorrelationAnalysis} so that the message can name the particle.
 *
 * @param name       label used in error messages, e.g. {@code "Particle 3"}
 * @param abs1       channel 1 absolute times (ns)
 * @param micro1     channel 1 micro times (ns), same length as {@code abs1}
 * @param abs2       channel 2 absolute times (ns); {@code null} when the particle has no second channel
 * @param micro2     channel 2 micro times (ns); {@code null} when the particle has no second channel
 * @param durationNs measurement duration T used for the uncorrelated level N1·N2·Δτ/T; {@code NaN} means
 *                   "from the data": last photon − first photon over both channels
 */
public record TwoChannelPhotons(String name, long[] abs1, double[] micro1, long[] abs2, double[] micro2,
        double durationNs) {

    /** Photons whose duration is taken from the data (last − first photon). */
    public static TwoChannelPhotons of(String name, long[] abs1, double[] micro1, long[] abs2, double[] micro2) {
        return new TwoChannelPhotons(name, abs1, micro1, abs2, micro2, Double.NaN);
    }

    /** Photon count of channel 1 (0 when absent). */
    public int count1() {
        return abs1 == null ? 0 : abs1.length;
    }

    /** Photon count of channel 2 (0 when absent). */
    public int count2() {
        return abs2 == null ? 0 : abs2.length;
    }
}
