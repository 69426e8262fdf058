package org.fullsms.analysis.correlation;

/**
 * Photon counts and durations behind a {@link Correlogram}, kept as the sums that the uncorrelated level
 * and the background correction need, so that correlograms of several particles add up exactly. Times in
 * ns, rates per ns.
 *
 * @param particles      number of particles summed
 * @param photons1       channel 1 photons
 * @param photons2       channel 2 photons
 * @param durationNs     Σ T
 * @param pairRate       Σ N1·N2/T: uncorrelated pairs per ns of delay
 * @param pairRateOverT  Σ N1·N2/T², for the finite-duration factor (T − |τ|)/T
 * @param rate1          Σ N1/T
 * @param rate2          Σ N2/T
 * @param minRate1       smallest N1/T of the particles (a background rate must lie below it)
 * @param minRate2       smallest N2/T of the particles
 */
public record Exposure(int particles, long photons1, long photons2, double durationNs, double pairRate,
        double pairRateOverT, double rate1, double rate2, double minRate1, double minRate2) {

    /** The exposure of one particle with n1, n2 photons over duration t (ns). */
    static Exposure of(long n1, long n2, double t) {
        double n1n2 = (double) n1 * n2;
        return new Exposure(1, n1, n2, t, n1n2 / t, n1n2 / t / t, n1 / t, n2 / t, n1 / t, n2 / t);
    }

    Exposure plus(Exposure o) {
        return new Exposure(particles + o.particles, photons1 + o.photons1, photons2 + o.photons2,
                durationNs + o.durationNs, pairRate + o.pairRate, pairRateOverT + o.pairRateOverT, rate1 + o.rate1,
                rate2 + o.rate2, Math.min(minRate1, o.minRate1), Math.min(minRate2, o.minRate2));
    }

    /**
     * Expected uncorrelated pairs with delay in [lo, hi): Σ N1·N2/T² · ∫(T − |τ|)dτ = pairRate·Δτ −
     * pairRateOverT·∫|τ|dτ.
     */
    double expected(double lo, double hi) {
        return pairRate * (hi - lo) - pairRateOverT * absIntegral(lo, hi);
    }

    /**
     * Expected pairs with delay in [lo, hi) that involve background photons, for background rates b1, b2
     * per ns (constant over particles). With signal fractions ρᵢ = 1 − bᵢT/Nᵢ a particle contributes
     * N1·N2·(1 − ρ1ρ2) = b1·T·N2 + b2·T·N1 − b1·b2·T² uncorrelated background pairs (divided by T, and by
     * T² for the finite-duration term).
     */
    double expectedBackground(double lo, double hi, double b1, double b2) {
        double rate = b1 * photons2 + b2 * photons1 - b1 * b2 * durationNs;
        double rateOverT = b1 * rate2 + b2 * rate1 - b1 * b2 * particles;
        return rate * (hi - lo) - rateOverT * absIntegral(lo, hi);
    }

    /** ∫ |τ| dτ over [lo, hi). */
    private static double absIntegral(double lo, double hi) {
        if (lo >= 0) {
            return (hi * hi - lo * lo) / 2;
        }
        if (hi <= 0) {
            return (lo * lo - hi * hi) / 2;
        }
        return (lo * lo + hi * hi) / 2;
    }
}
