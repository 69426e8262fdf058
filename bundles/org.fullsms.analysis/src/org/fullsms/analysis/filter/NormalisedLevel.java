package org.fullsms.analysis.filter;

/**
 * A level's intensity after the intensity–lifetime normalisation, the level itself keeping its measured values.
 *
 * @param intensityCps round(I<sub>norm</sub>·dwell)/dwell (counts/s), or the measured intensity when the
 *                     normalisation left the level as it was
 * @param photons      the photons that intensity stands for over the level's dwell
 * @param moved        whether the level was put onto the line ("Only Drift" leaves levels at or below it)
 */
public record NormalisedLevel(double intensityCps, long photons, boolean moved) {

    /**
     * The original's normalisation of one level: I<sub>norm</sub> = (τ − intercept)/slope from the line; with
     * {@code onlyDrift} (the original's default) only a level brighter than the line predicts (I > I<sub>norm</sub>:
     * intensity lost to drift of the excitation, or gained, shows as intensity without the matching lifetime) is
     * moved, otherwise every level. A moved level gets round(I<sub>norm</sub>·dwell) photons (never fewer than 0) and
     * that count over its dwell as intensity.
     *
     * @return the normalised level, or null when it cannot be normalised: no lifetime, no finite intensity, or no
     *         dwell
     */
    public static NormalisedLevel of(LevelFeatures level, TauIntensityRegression line, boolean onlyDrift) {
        double dwell = level.dwellS();
        if (!level.fitted() || !Double.isFinite(level.intensityCps()) || !(dwell > 0) || !Double.isFinite(dwell)) {
            return null;
        }
        double target = line.intensityAt(level.tauNs());
        if (onlyDrift && target >= level.intensityCps()) {
            return new NormalisedLevel(level.intensityCps(), level.photons(), false);
        }
        long photons = Math.max(0, Math.round(target * dwell));
        return new NormalisedLevel(photons / dwell, photons, true);
    }
}
