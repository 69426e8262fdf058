package org.fullsms.analysis.grouping;

/**
 * One intensity level as grouping sees it.
 *
 * @param photons number of photons in the level (at least 1)
 * @param dwellS  dwell time in seconds (positive, finite); the grouping likelihood uses this, not end − start
 * @param startS  start time in seconds (used to order, clip and join levels)
 * @param endS    end time in seconds, not before {@code startS}
 */
public record LevelInput(long photons, double dwellS, double startS, double endS) {

    public LevelInput {
        if (photons < 1) {
            throw new IllegalArgumentException("a level needs at least one photon, got " + photons);
        }
        if (!(dwellS > 0) || !Double.isFinite(dwellS)) {
            throw new IllegalArgumentException("a level needs a positive finite dwell time, got " + dwellS + " s");
        }
        if (!Double.isFinite(startS) || !Double.isFinite(endS) || endS < startS) {
            throw new IllegalArgumentException("level times must be finite with end >= start, got " + startS + " .. "
                    + endS + " s");
        }
    }

    /** Photons per second over the dwell time. */
    public double intensityCps() {
        return photons / dwellS;
    }
}
