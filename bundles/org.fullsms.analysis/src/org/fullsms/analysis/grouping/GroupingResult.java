package org.fullsms.analysis.grouping;

import java.util.List;

/**
 * All steps of one grouping run, from the most groups down to one, with the best (maximum BIC) and the
 * selected step. The selected step starts as the best one; {@link #withSelectedStep(int)} picks another, as a
 * click on the BIC plot does.
 */
public record GroupingResult(String engineId, String engineVersion, GroupingParameters parameters,
        List<GroupingStep> steps, int bestStep, int selectedStep) {

    public GroupingResult {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a grouping result needs at least one step");
        }
        checkIndex(bestStep, steps.size());
        checkIndex(selectedStep, steps.size());
    }

    private static void checkIndex(int step, int count) {
        if (step < 0 || step >= count) {
            throw new IllegalArgumentException("step " + step + " out of range 0.." + (count - 1));
        }
    }

    /** This result with {@code step} selected. */
    public GroupingResult withSelectedStep(int step) {
        return new GroupingResult(engineId, engineVersion, parameters, steps, bestStep, step);
    }

    public GroupingStep best() {
        return steps.get(bestStep);
    }

    public GroupingStep selected() {
        return steps.get(selectedStep);
    }

    /** Index of the step with {@code numGroups} groups, or −1 if no step has that many. */
    public int stepWithGroups(int numGroups) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).numGroups() == numGroups) {
                return i;
            }
        }
        return -1;
    }
}
