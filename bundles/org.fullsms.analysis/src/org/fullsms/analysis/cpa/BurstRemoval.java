package org.fullsms.analysis.cpa;

/**
 * Outcome of {@link PhotonBursts#remove}: the merged result plus what was taken out, so that
 * {@link PhotonBursts#restore} can put it back.
 *
 * @param result              the result with the burst levels merged into their brighter neighbours
 * @param burstLevels         indices of the burst levels in the result before removal
 * @param removedChangePoints change points deleted, ascending
 * @param removedRegionFirst  their confidence regions (first photon)
 * @param removedRegionLast   their confidence regions (last photon)
 */
public record BurstRemoval(ChangePointResult result, int[] burstLevels, int[] removedChangePoints,
        int[] removedRegionFirst, int[] removedRegionLast) {

    public BurstRemoval {
        burstLevels = burstLevels.clone();
        removedChangePoints = removedChangePoints.clone();
        removedRegionFirst = removedRegionFirst.clone();
        removedRegionLast = removedRegionLast.clone();
    }

    @Override
    public int[] burstLevels() {
        return burstLevels.clone();
    }

    @Override
    public int[] removedChangePoints() {
        return removedChangePoints.clone();
    }

    @Override
    public int[] removedRegionFirst() {
        return removedRegionFirst.clone();
    }

    @Override
    public int[] removedRegionLast() {
        return removedRegionLast.clone();
    }
}
