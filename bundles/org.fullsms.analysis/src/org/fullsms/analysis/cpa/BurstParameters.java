package org.fullsms.analysis.cpa;

/**
 * Photon-burst criteria (REFERENCE §3.5/§3.6). A level is a burst when its intensity exceeds the threshold
 * and its dwell is shorter than {@code minDwellS}.
 *
 * @param minDwellS           levels shorter than this may be bursts (default 0.001 s)
 * @param useSigmaThreshold   threshold = weighted mean + {@code sigmaFactor}·weighted SD (default true);
 *                            otherwise {@code definedThresholdCps}
 * @param sigmaFactor         default 3.0
 * @param definedThresholdCps default 5000 cps (GUI minimum 300)
 */
public record BurstParameters(double minDwellS, boolean useSigmaThreshold, double sigmaFactor,
        double definedThresholdCps) {

    public BurstParameters {
        if (!(minDwellS > 0) || !(sigmaFactor >= 0) || !(definedThresholdCps > 0)) {
            throw new IllegalArgumentException("burst settings must be positive (dwell " + minDwellS
                    + " s, sigma " + sigmaFactor + ", threshold " + definedThresholdCps + " cps)");
        }
    }

    /** The original's defaults. */
    public static BurstParameters defaults() {
        return new BurstParameters(0.001, true, 3.0, 5000);
    }

    /** Intensity threshold for a result's levels. */
    public double thresholdCps(ChangePointResult result) {
        return useSigmaThreshold ? result.weightedMeanCps() + sigmaFactor * result.weightedSdCps()
                : definedThresholdCps;
    }
}
