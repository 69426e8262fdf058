package org.fullsms.analysis.cpa;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Settings of one change point analysis (REFERENCE §3.4/§3.6 defaults).
 *
 * @param confidencePercent confidence of the test in percent, 0 &lt; c &lt; 100 (the original offers 99, 95,
 *                          90, 69); must equal {@code criticalValues.confidencePercent()}
 * @param minPhotons        segments with fewer photons are not tested (default 20, GUI range 5–100)
 * @param boundaryOffset    a change point must lie at least this many photons from both segment ends
 *                          (default 7, GUI range 0–20)
 * @param levelBoundaries   how level ranges are cut (default {@link LevelBoundaries#NON_OVERLAPPING})
 * @param endTimeNs         when present, only photons with time ≤ this value are analysed
 * @param criticalValues    τ_a/τ_b tables for {@code confidencePercent}
 */
public record ChangePointParameters(double confidencePercent, int minPhotons, int boundaryOffset,
        LevelBoundaries levelBoundaries, OptionalLong endTimeNs, CriticalValues criticalValues) {

    public static final int DEFAULT_MIN_PHOTONS = 20;
    public static final int DEFAULT_BOUNDARY_OFFSET = 7;

    public ChangePointParameters {
        checkConfidence(confidencePercent);
        if (minPhotons < 4 || minPhotons > 1000) {
            throw new IllegalArgumentException("minimum photons per segment must be 4–1000, not " + minPhotons);
        }
        if (boundaryOffset < 0 || boundaryOffset > 500) {
            throw new IllegalArgumentException("boundary offset must be 0–500 photons, not " + boundaryOffset);
        }
        Objects.requireNonNull(levelBoundaries, "levelBoundaries");
        Objects.requireNonNull(endTimeNs, "endTimeNs");
        Objects.requireNonNull(criticalValues, "criticalValues");
        if (Math.abs(criticalValues.confidencePercent() - confidencePercent) > 1e-9) {
            throw new IllegalArgumentException("critical values are for " + criticalValues.confidencePercent()
                    + " %, but the confidence is " + confidencePercent + " %");
        }
    }

    /** Defaults (20 photons, offset 7, non-overlapping levels, no end time) with the project's own tables. */
    public static ChangePointParameters of(double confidencePercent) {
        return of(CriticalValues.forConfidence(confidencePercent));
    }

    /** Defaults with the given tables (their confidence is used). */
    public static ChangePointParameters of(CriticalValues criticalValues) {
        return new ChangePointParameters(criticalValues.confidencePercent(), DEFAULT_MIN_PHOTONS,
                DEFAULT_BOUNDARY_OFFSET, LevelBoundaries.NON_OVERLAPPING, OptionalLong.empty(), criticalValues);
    }

    public ChangePointParameters withMinPhotons(int value) {
        return new ChangePointParameters(confidencePercent, value, boundaryOffset, levelBoundaries, endTimeNs,
                criticalValues);
    }

    public ChangePointParameters withBoundaryOffset(int value) {
        return new ChangePointParameters(confidencePercent, minPhotons, value, levelBoundaries, endTimeNs,
                criticalValues);
    }

    public ChangePointParameters withLevelBoundaries(LevelBoundaries value) {
        return new ChangePointParameters(confidencePercent, minPhotons, boundaryOffset, value, endTimeNs,
                criticalValues);
    }

    public ChangePointParameters withEndTimeNs(long value) {
        return new ChangePointParameters(confidencePercent, minPhotons, boundaryOffset, levelBoundaries,
                OptionalLong.of(value), criticalValues);
    }

    /** Rejects a confidence outside the open interval (0, 100) with a message the user can act on. */
    static void checkConfidence(double percent) {
        if (!(percent > 0 && percent < 100)) {
            throw new IllegalArgumentException("confidence must be between 0 and 100 % (exclusive), not " + percent);
        }
    }
}
