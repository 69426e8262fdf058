package org.fullsms.analysis.grouping;

/**
 * One group of a grouping step (hard assignment).
 *
 * @param index       position in the step's groups, ascending intensity from 0
 * @param intensityCps Σ photons / Σ dwell of the member levels
 * @param photons     Σ photons of the member levels
 * @param dwellS      Σ dwell of the member levels
 * @param numLevels   number of member levels
 */
public record Group(int index, double intensityCps, long photons, double dwellS, int numLevels) {
}
