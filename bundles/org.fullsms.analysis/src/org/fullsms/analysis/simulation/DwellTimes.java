package org.fullsms.analysis.simulation;

import java.util.random.RandomGenerator;

/**
 * How long the emitter stays in a state: exponential with a mean, or a power law {@code p(t) ∝ t^-alpha}
 * truncated to [min, max] (blinking quantum dots).
 *
 * @param kind  the distribution
 * @param meanS exponential mean (s)
 * @param alpha power-law exponent (> 1 typical; 1 allowed)
 * @param minS  power-law lower cut (s)
 * @param maxS  power-law upper cut (s)
 */
public record DwellTimes(Kind kind, double meanS, double alpha, double minS, double maxS) {

    /** Dwell-time distributions. */
    public enum Kind {
        EXPONENTIAL, POWER_LAW
    }

    public DwellTimes {
        if (kind == Kind.EXPONENTIAL && !(meanS > 0)) {
            throw new IllegalArgumentException("exponential dwell needs a mean > 0 s");
        }
        if (kind == Kind.POWER_LAW && (!(alpha > 0) || !(minS > 0) || !(maxS > minS))) {
            throw new IllegalArgumentException("power-law dwell needs alpha > 0 and 0 < min < max");
        }
    }

    public static DwellTimes exponential(double meanS) {
        return new DwellTimes(Kind.EXPONENTIAL, meanS, Double.NaN, Double.NaN, Double.NaN);
    }

    public static DwellTimes powerLaw(double alpha, double minS, double maxS) {
        return new DwellTimes(Kind.POWER_LAW, Double.NaN, alpha, minS, maxS);
    }

    /** One dwell time in seconds. */
    double sample(RandomGenerator rng) {
        if (kind == Kind.EXPONENTIAL) {
            return meanS * rng.nextExponential();
        }
        double u = rng.nextDouble();
        if (Math.abs(alpha - 1) < 1e-12) {
            return minS * Math.pow(maxS / minS, u);
        }
        // inverse CDF of the truncated power law
        double e = 1 - alpha;
        double lo = Math.pow(minS, e);
        double hi = Math.pow(maxS, e);
        return Math.pow(lo + u * (hi - lo), 1 / e);
    }
}
