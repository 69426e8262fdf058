package org.fullsms.analysis.grouping;

/**
 * A run of consecutive levels that belong to one group, joined by "apply groups".
 *
 * @param group        index of the group in its step
 * @param intensityCps the group's intensity (not the run's own photons / dwell), as the original shows it
 * @param photons      Σ photons of the joined levels
 * @param dwellS       Σ dwell of the joined levels
 * @param startS       start of the first joined level
 * @param endS         end of the last joined level
 * @param firstLevel   index of the first joined level
 * @param lastLevel    index of the last joined level (inclusive)
 */
public record GroupLevel(int group, double intensityCps, long photons, double dwellS, double startS, double endS,
        int firstLevel, int lastLevel) {
}
