package org.fullsms.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.fullsms.analysis.lifetime.DecayHistogram;

/**
 * A particle's decays and lifetime fits. List entries may be {@code null} (no histogram for that level);
 * {@code levels} follows the particle's levels (whole levels are fitted, with or without a region of interest);
 * {@code groupLevels} follows the selected grouping step's group levels and {@code groups} its groups.
 *
 * @param wholeTrace  the whole-trace (or whole-ROI) decay, or {@code null}
 * @param levels      one per level
 * @param groupLevels one per group level
 * @param groups      one per group
 * @param roi         whether the decays were built inside the region of interest ("ROI applied")
 */
public record LifetimeExport(FittedDecay wholeTrace, List<FittedDecay> levels, List<FittedDecay> groupLevels,
        List<FittedDecay> groups, boolean roi) {

    public LifetimeExport {
        levels = copy(levels);
        groupLevels = copy(groupLevels);
        groups = copy(groups);
    }

    /** Unmodifiable copy that keeps null entries ({@code List.copyOf} rejects them). */
    private static List<FittedDecay> copy(List<FittedDecay> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * The same fits over empty histograms: all the dataset-wide files (whole-trace lifetimes, Parquet tables) read,
     * so an export need not hold every particle's histograms until they are written.
     */
    public LifetimeExport fitsOnly() {
        return new LifetimeExport(fitOnly(wholeTrace), fitsOnly(levels), fitsOnly(groupLevels), fitsOnly(groups), roi);
    }

    private static List<FittedDecay> fitsOnly(List<FittedDecay> list) {
        List<FittedDecay> out = new ArrayList<>(list.size());
        list.forEach(d -> out.add(fitOnly(d)));
        return out;
    }

    private static FittedDecay fitOnly(FittedDecay d) {
        return d == null ? null
                : new FittedDecay(DecayHistogram.of(d.histogram().channelWidthNs(), new double[0]), d.fit());
    }

    /** The largest number of exponentials of any fit here, 0 when nothing is fitted. */
    public int maxExponentials() {
        int max = wholeTrace != null && wholeTrace.fitted() ? wholeTrace.fit().numExp() : 0;
        for (List<FittedDecay> list : List.of(levels, groupLevels, groups)) {
            for (FittedDecay d : list) {
                if (d != null && d.fitted()) {
                    max = Math.max(max, d.fit().numExp());
                }
            }
        }
        return max;
    }
}
