package org.fullsms.export;

import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.GroupingResult;

/**
 * A particle's grouping as exported: the input it was computed from (whole-trace levels, or the levels clipped
 * to the region of interest), the result with its selected step, and whether it was computed with "Use ROI"
 * (then the grouped files get the original's {@code (ROI)} names).
 */
public record GroupingExport(GroupingInput input, GroupingResult result, boolean withRoi) {

    public GroupingExport {
        if (input == null || result == null) {
            throw new IllegalArgumentException("grouping export needs its input and result");
        }
        if (result.selected().numLevels() != input.levels().size()) {
            throw new IllegalArgumentException("grouping result is for " + result.selected().numLevels()
                    + " levels, its input has " + input.levels().size());
        }
    }
}
