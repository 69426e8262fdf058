package org.fullsms.analysis.grouping;

import java.util.ArrayList;
import java.util.List;

/**
 * "Apply groups" (REFERENCE §4 item 6): joins consecutive levels of the same group into group levels that
 * carry the group's intensity; those can then be lifetime-fitted or exported like levels.
 */
public final class GroupLevels {

    private GroupLevels() {
    }

    /** The group levels of {@code step} over the levels it was computed from, in time order. */
    public static List<GroupLevel> apply(List<LevelInput> levels, GroupingStep step) {
        if (levels.size() != step.numLevels()) {
            throw new IllegalArgumentException("step was computed for " + step.numLevels() + " levels, got "
                    + levels.size());
        }
        List<GroupLevel> joined = new ArrayList<>();
        int first = 0;
        for (int j = 1; j <= levels.size(); j++) {
            if (j == levels.size() || step.groupOf(j) != step.groupOf(first)) {
                joined.add(join(levels, step, first, j - 1));
                first = j;
            }
        }
        return joined;
    }

    private static GroupLevel join(List<LevelInput> levels, GroupingStep step, int first, int last) {
        long photons = 0;
        double dwell = 0;
        for (int j = first; j <= last; j++) {
            photons += levels.get(j).photons();
            dwell += levels.get(j).dwellS();
        }
        Group group = step.groups().get(step.groupOf(first));
        return new GroupLevel(group.index(), group.intensityCps(), photons, dwell, levels.get(first).startS(),
                levels.get(last).endS(), first, last);
    }

    /**
     * Display bounds between groups: the mid-points between sorted group intensities (G − 1 values), as the
     * original draws them on the intensity trace.
     */
    public static double[] intensityBounds(GroupingStep step) {
        List<Group> groups = step.groups();
        double[] bounds = new double[Math.max(0, groups.size() - 1)];
        for (int g = 0; g < bounds.length; g++) {
            bounds[g] = (groups.get(g).intensityCps() + groups.get(g + 1).intensityCps()) / 2;
        }
        return bounds;
    }
}
