package org.fullsms.runtime;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.analysis.grouping.GroupLevel;
import org.fullsms.analysis.grouping.GroupLevels;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.model.MicroTimes;
import org.fullsms.model.Photons;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * The decay histogram behind a fit target of a particle, rebuilt from its photons on the dataset's channel grid
 * exactly as {@link LifetimeFits} builds it for fitting. Fits are stored without their histograms (sessions keep
 * no photons), so exports of a reopened analysis get them from here.
 */
public final class DecayHistograms {

    private DecayHistograms() {
    }

    /** Reads the particle's photons (the caller releases them). */
    public static DecayHistogram of(ParticleAnalysis a, FitTarget target, HistogramBinning binning)
            throws IOException {
        Photons photons = a.particle().photons();
        MicroTimes micro = photons.micro();
        List<Level> levels = a.levels().map(r -> r.levels()).orElse(List.of());
        return switch (target.kind()) {
            case WHOLE_TRACE -> DecayHistogram.build(micro, 0, micro.size(), binning);
            case ROI -> roi(micro, photons.absoluteNs(), a.roi().orElseThrow(() -> new IOException(
                    a.particle().name() + ": a fit of the region of interest, but no region of interest is set")),
                    binning);
            case LEVEL -> {
                Level l = level(a, levels, target.index());
                yield DecayHistogram.build(micro, l.first(), l.last() + 1, binning);
            }
            case GROUP -> {
                GroupingStep step = step(a).orElseThrow(() -> new IOException(a.particle().name()
                        + ": a fit of " + target + ", but the particle is not grouped"));
                yield group(micro, levels, step, target.index(), binning);
            }
            case GROUP_LEVEL -> {
                GroupingStep step = step(a).orElseThrow(() -> new IOException(a.particle().name()
                        + ": a fit of " + target + ", but the particle is not grouped"));
                GroupLevel g = GroupLevels.apply(GroupingInputs.levelInputs(levels), step).get(target.index());
                level(a, levels, g.lastLevel()); // saved group levels beyond the levels: a clear message
                yield groupLevel(micro, levels, g, binning);
            }
        };
    }

    /** The photons of the region of interest. */
    public static DecayHistogram roi(MicroTimes micro, long[] times, RegionOfInterest roi, HistogramBinning binning) {
        return DecayHistogram.build(micro, TimeIndex.firstAtOrAfter(times, roi.startS()),
                TimeIndex.firstAtOrAfter(times, roi.endS()), binning);
    }

    /** The photons of every level in group {@code group} of the step. */
    public static DecayHistogram group(MicroTimes micro, List<Level> levels, GroupingStep step, int group,
            HistogramBinning binning) {
        int count = 0;
        for (int i = 0; i < levels.size() && i < step.numLevels(); i++) {
            count += step.groupOf(i) == group ? 1 : 0;
        }
        int[] from = new int[count];
        int[] to = new int[count];
        for (int i = 0, k = 0; i < levels.size() && i < step.numLevels(); i++) {
            if (step.groupOf(i) == group) {
                from[k] = levels.get(i).first();
                to[k++] = levels.get(i).last() + 1;
            }
        }
        return DecayHistogram.build(micro, from, to, binning);
    }

    /** The photons of a group level: its consecutive levels of one group, from the first's to the last's. */
    public static DecayHistogram groupLevel(MicroTimes micro, List<Level> levels, GroupLevel g,
            HistogramBinning binning) {
        return DecayHistogram.build(micro, levels.get(g.firstLevel()).first(), levels.get(g.lastLevel()).last() + 1,
                binning);
    }

    /**
     * The step whose groups and group levels are fitted: the {@link #step} in use when its levels are the particle's
     * levels one to one (no ROI cut them).
     */
    public static Optional<GroupingStep> fittedStep(ParticleAnalysis a) {
        return step(a).filter(s -> coversLevels(a, s));
    }

    /** Whether the step's levels are the particle's levels one to one (no ROI cut them). */
    public static boolean coversLevels(ParticleAnalysis a, GroupingStep step) {
        return a.roi().isEmpty() && a.levels().map(l -> l.levels().size() == step.numLevels()).orElse(false);
    }

    /** The grouping step that applies to a particle: its own selected step, else its share of the global one. */
    public static Optional<GroupingStep> step(ParticleAnalysis a) {
        if (a.grouping().isPresent()) {
            return Optional.of(a.grouping().get().selected());
        }
        GlobalGroupingResult global = a.session().globalGrouping();
        int index = a.session().globalMembers().indexOf(a);
        if (global == null || index < 0) {
            return Optional.empty();
        }
        return Optional.of(global.particleStep(index, global.combined().selectedStep()));
    }

    private static Level level(ParticleAnalysis a, List<Level> levels, int index) throws IOException {
        if (index >= levels.size()) {
            throw new IOException(a.particle().name() + ": a fit of level " + (index + 1) + ", but the particle has "
                    + levels.size() + " levels");
        }
        return levels.get(index);
    }
}
