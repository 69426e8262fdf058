package org.fullsms.ui.actions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.grouping.GroupLevel;
import org.fullsms.analysis.grouping.GroupLevels;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.model.Photons;
import org.fullsms.runtime.GroupingInputs;
import org.fullsms.runtime.TimeIndex;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;

/** The decay histogram of one fit target of a particle, on the file's channel grid (call off the UI thread). */
public final class DecayData {

    private DecayData() {
    }

    public static DecayHistogram histogram(ParticleAnalysis a, FitTarget target, HistogramBinning binning)
            throws IOException {
        Photons photons = a.particle().photons();
        double[] micro = photons.microNs();
        List<Level> levels = a.levels().map(r -> r.levels()).orElse(List.of());
        return switch (target.kind()) {
            case WHOLE_TRACE -> DecayHistogram.build(micro, 0, micro.length, binning);
            case ROI -> {
                long[] times = photons.absoluteNs();
                var roi = a.roi().orElseThrow(() -> new IOException("no region of interest set"));
                yield DecayHistogram.build(micro, TimeIndex.firstAtOrAfter(times, roi.startS()),
                        TimeIndex.firstAtOrAfter(times, roi.endS()), binning);
            }
            case LEVEL -> {
                Level l = levels.get(target.index());
                yield DecayHistogram.build(micro, l.first(), l.last() + 1, binning);
            }
            case GROUP, GROUP_LEVEL -> {
                GroupingStep step = ParticleGroups.step(a).orElseThrow(() -> new IOException("not grouped"));
                List<int[]> ranges = new ArrayList<>();
                if (target.kind() == FitTarget.Kind.GROUP) {
                    for (int i = 0; i < levels.size() && i < step.numLevels(); i++) {
                        if (step.groupOf(i) == target.index()) {
                            ranges.add(new int[] {levels.get(i).first(), levels.get(i).last() + 1});
                        }
                    }
                } else {
                    GroupLevel g = GroupLevels.apply(GroupingInputs.levelInputs(levels), step).get(target.index());
                    ranges.add(new int[] {levels.get(g.firstLevel()).first(), levels.get(g.lastLevel()).last() + 1});
                }
                yield DecayHistogram.build(micro, ranges.stream().mapToInt(r -> r[0]).toArray(),
                        ranges.stream().mapToInt(r -> r[1]).toArray(), binning);
            }
        };
    }
}
