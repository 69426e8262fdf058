package org.fullsms.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.grouping.GroupLevel;
import org.fullsms.analysis.grouping.GroupLevels;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.analysis.lifetime.LifetimeFitter;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.model.MicroTimes;
import org.fullsms.runtime.state.FitTarget;

/**
 * Fits a particle's decays the way the original offers them: the whole trace (or its ROI), every level, and every
 * group and every group level (consecutive levels of one group, merged) of the selected grouping step. Histograms
 * share the dataset's channel grid. The whole trace is fitted first and the others start from its fit
 * ({@link LifetimeFitter#runParticle}).
 */
public final class LifetimeFits {

    /** What to fit and how. */
    public record Request(HistogramBinning binning, Irf irf, FitParameters parameters, FitSettings settings) {
    }

    /** A decay histogram and its fit. */
    public record Fit(DecayHistogram histogram, FitResult result) {
    }

    private LifetimeFits() {
    }

    /**
     * The settings the command line and the workbench fit particles with (issue 19): the dialog's defaults (manual
     * start at channel 0) with the window ending where the particle's decay ends, by the original's automatic end
     * on the whole trace (or ROI), which its levels and groups share. The channels after it hold what is left of
     * the decay below 20 × the background (or 1 % of the maximum): half of a 25 ns window and half of every fit's
     * cost, at some precision for lifetimes of several ns (docs/lifetime.md, "Window of a particle's fits").
     */
    public static FitSettings defaultSettings() {
        FitSettings d = FitSettings.defaults();
        return d.withWindow(d.startMode(), d.manualStart(), true, d.manualEnd());
    }

    /**
     * @param times  the particle's absolute times (ns), to cut the ROI
     * @param micro  its micro times
     * @param levels its levels, or an empty list
     * @param step   the selected grouping step (for group and group-level fits), or null
     * @param roi    its region of interest, or null for the whole trace
     */
    public static Map<FitTarget, Fit> fit(long[] times, MicroTimes micro, List<Level> levels, GroupingStep step,
            RegionOfInterest roi, Request request, IProgressMonitor monitor) {
        List<FitTarget> targets = new ArrayList<>();
        List<DecayHistogram> histograms = new ArrayList<>();
        if (roi == null) {
            targets.add(FitTarget.WHOLE);
            histograms.add(DecayHistogram.build(micro, 0, micro.size(), request.binning()));
        } else {
            targets.add(new FitTarget(FitTarget.Kind.ROI, 0));
            histograms.add(DecayHistograms.roi(micro, times, roi, request.binning()));
        }
        for (int i = 0; i < levels.size(); i++) {
            targets.add(new FitTarget(FitTarget.Kind.LEVEL, i));
            histograms.add(DecayHistogram.build(micro, levels.get(i).first(), levels.get(i).last() + 1,
                    request.binning()));
        }
        if (step != null) {
            for (int g = 0; g < step.numGroups(); g++) {
                targets.add(new FitTarget(FitTarget.Kind.GROUP, g));
                histograms.add(DecayHistograms.group(micro, levels, step, g, request.binning()));
            }
            List<GroupLevel> groupLevels = GroupLevels.apply(GroupingInputs.levelInputs(levels), step);
            for (int i = 0; i < groupLevels.size(); i++) {
                targets.add(new FitTarget(FitTarget.Kind.GROUP_LEVEL, i));
                histograms.add(DecayHistograms.groupLevel(micro, levels, groupLevels.get(i), request.binning()));
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, histograms.size());
        List<FitResult> results = new LifetimeFitter().runParticle(histograms, request.irf(), request.parameters(),
                request.settings(), progress);
        Map<FitTarget, Fit> map = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            map.put(targets.get(i), new Fit(histograms.get(i), results.get(i)));
        }
        return map;
    }
}
