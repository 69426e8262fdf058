package org.fullsms.export;

import java.util.List;

import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.analysis.grouping.LevelInput;

/**
 * One particle's share of a global grouping: the combined result (its selected step is exported), the
 * particle's position among the globally grouped particles, and that particle's own levels as they were given
 * to {@code GlobalGrouping} (in the particle's own time).
 */
public record GlobalGroupingExport(GlobalGroupingResult result, int particleIndex, List<LevelInput> levels) {

    public GlobalGroupingExport {
        levels = List.copyOf(levels);
        if (particleIndex < 0 || particleIndex >= result.particles()) {
            throw new IllegalArgumentException("particle index " + particleIndex + " out of range 0.."
                    + (result.particles() - 1));
        }
        int[] offsets = result.particleOffsets();
        int count = offsets[particleIndex + 1] - offsets[particleIndex];
        if (count != levels.size()) {
            throw new IllegalArgumentException("global grouping has " + count + " levels for particle "
                    + particleIndex + ", got " + levels.size());
        }
    }
}
