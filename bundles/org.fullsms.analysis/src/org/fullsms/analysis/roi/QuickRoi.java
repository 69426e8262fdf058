package org.fullsms.analysis.roi;

import java.util.List;

import org.fullsms.analysis.grouping.LevelInput;

/**
 * The original's Quick ROI (REFERENCE §7): trims a dim (photobleached) end. If the last level is below the
 * intensity threshold, walk back over the levels at or below it summing their dwell; if that dim tail lasts at
 * least the minimum time and at least two levels remain before it, the region ends where the last bright level
 * ends. Otherwise the region is the whole trace. The start is never moved.
 */
public final class QuickRoi {

    private QuickRoi() {
    }

    public static RegionOfInterest find(List<LevelInput> levels, QuickRoiParameters params) {
        RegionOfInterest whole = RegionOfInterest.whole(levels);
        int last = levels.size() - 1;
        if (!(levels.get(last).intensityCps() < params.minIntensityCps())) {
            return whole;
        }
        int first = last;
        double dimDwell = 0;
        while (first >= 0 && levels.get(first).intensityCps() <= params.minIntensityCps()) {
            dimDwell += levels.get(first).dwellS();
            first--;
        }
        // first is now the last bright level; first + 1 levels remain before the dim tail.
        if (dimDwell >= params.minDwellS() && first + 1 >= 2) {
            return new RegionOfInterest(whole.startS(), levels.get(first).endS());
        }
        return whole;
    }
}
