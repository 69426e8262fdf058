package org.fullsms.analysis.cpa;

import java.util.List;

/**
 * Outcome of {@link ChangePointAnalysis#run}. Arrays are copied in and out, so the record is immutable.
 *
 * @param engineId         {@link ChangePointAnalysis#ID}
 * @param engineVersion    {@link ChangePointAnalysis#VERSION}
 * @param parameters       the settings used
 * @param numPhotons       photons analysed (those up to the end time)
 * @param analysed         false when there were too few photons (then no change points and no levels)
 * @param changePoints     sorted unique 0-based index of the first photon of each new level
 * @param regionFirst      first photon of each change point's confidence region
 * @param regionLast       last photon (inclusive) of each change point's confidence region
 * @param levels           levels cut at the change points (see {@link LevelBoundaries})
 * @param weightedMeanCps  dwell-weighted mean level intensity
 * @param weightedSdCps    dwell-weighted standard deviation of the level intensities
 * @param warnings         messages for the user (e.g. too few photons)
 */
public record ChangePointResult(String engineId, String engineVersion, ChangePointParameters parameters,
        int numPhotons, boolean analysed, int[] changePoints, int[] regionFirst, int[] regionLast,
        List<Level> levels, double weightedMeanCps, double weightedSdCps, List<String> warnings) {

    public ChangePointResult {
        if (regionFirst.length != changePoints.length || regionLast.length != changePoints.length) {
            throw new IllegalArgumentException("one confidence region per change point");
        }
        changePoints = changePoints.clone();
        regionFirst = regionFirst.clone();
        regionLast = regionLast.clone();
        levels = List.copyOf(levels);
        warnings = List.copyOf(warnings);
    }

    @Override
    public int[] changePoints() {
        return changePoints.clone();
    }

    @Override
    public int[] regionFirst() {
        return regionFirst.clone();
    }

    @Override
    public int[] regionLast() {
        return regionLast.clone();
    }

    public int numChangePoints() {
        return changePoints.length;
    }
}
