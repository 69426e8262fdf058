package org.fullsms.analysis.simulation;

import java.util.Arrays;

/**
 * One intensity state of the emitter: detected emission rate and a 1–3-exponential decay
 * {@code Σ a_i exp(-t/τ_i)} with amplitude fractions {@code a_i} summing to 1 (Full SMS's "amplitudes").
 *
 * @param intensityCps detected emitter photons per second (background excluded)
 * @param lifetimesNs  τ_i in ns
 * @param amplitudes   a_i, same length, summing to 1
 */
public record EmitterState(double intensityCps, double[] lifetimesNs, double[] amplitudes) {

    public EmitterState {
        if (!(intensityCps >= 0) || Double.isInfinite(intensityCps)) {
            throw new IllegalArgumentException("intensity must be >= 0 cps: " + intensityCps);
        }
        if (lifetimesNs == null || amplitudes == null || lifetimesNs.length != amplitudes.length
                || lifetimesNs.length < 1 || lifetimesNs.length > 3) {
            throw new IllegalArgumentException("1 to 3 lifetimes with as many amplitudes are needed");
        }
        double sum = 0;
        for (int i = 0; i < lifetimesNs.length; i++) {
            if (!(lifetimesNs[i] > 0) || !(amplitudes[i] >= 0)) {
                throw new IllegalArgumentException("lifetimes must be > 0 and amplitudes >= 0");
            }
            sum += amplitudes[i];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("amplitudes must sum to 1: " + Arrays.toString(amplitudes));
        }
        lifetimesNs = lifetimesNs.clone();
        amplitudes = amplitudes.clone();
    }

    /** A single-exponential state. */
    public static EmitterState single(double intensityCps, double lifetimeNs) {
        return new EmitterState(intensityCps, new double[] { lifetimeNs }, new double[] { 1 });
    }

    /** Fractions of photons per component: {@code a_i τ_i / Σ a_j τ_j}. */
    public double[] intensityFractions() {
        double total = 0;
        for (int i = 0; i < lifetimesNs.length; i++) {
            total += amplitudes[i] * lifetimesNs[i];
        }
        double[] f = new double[lifetimesNs.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = amplitudes[i] * lifetimesNs[i] / total;
        }
        return f;
    }

    /** Amplitude-weighted mean lifetime {@code Σ a_i τ_i} (what the original reports as average lifetime). */
    public double meanLifetimeNs() {
        double m = 0;
        for (int i = 0; i < lifetimesNs.length; i++) {
            m += amplitudes[i] * lifetimesNs[i];
        }
        return m;
    }
}
