package org.fullsms.runtime.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.filter.FilterPoint;
import org.fullsms.analysis.filter.LevelFeatures;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.analysis.filter.Normalisation;
import org.fullsms.analysis.filter.NormalisedLevel;
import org.fullsms.analysis.filter.TauIntensityRegression;
import org.fullsms.analysis.grouping.Group;
import org.fullsms.analysis.grouping.GroupLevel;
import org.fullsms.analysis.grouping.GroupLevels;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.runtime.DecayHistograms;
import org.fullsms.runtime.GroupingInputs;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * The points of the Filtering view: every level (or group level, or group) of the given particles with its
 * features, the filters' verdict and its normalised intensity. Reads only the analysis state, never photons, so it
 * is quick enough to redo on every change of a filter.
 *
 * <p>
 * Levels are the levels in use (after burst removal), each with its {@link FitTarget.Kind#LEVEL} fit. Group levels
 * and groups are those of the grouping step the particle's fits use, and only when that step covers all its levels
 * (grouped without an ROI cutting them): group levels and groups are fitted then only, and the intensity trace
 * shows group levels then only. A group level has its group's intensity and its own photons and dwell, as the
 * original shows it.
 */
public final class FilterPoints {

    private FilterPoints() {
    }

    /**
     * @param particles the particles, in the order their points are wanted
     * @param kind      levels, group levels or groups
     * @param roiOnly   only levels and group levels that share time with the particle's region of interest (no
     *                  effect on groups, or on particles without one)
     * @param filtering the filters and normalisation to apply
     */
    public static List<FilterPoint> of(List<ParticleAnalysis> particles, LevelKind kind, boolean roiOnly,
            LevelFiltering filtering) {
        List<FilterPoint> points = new ArrayList<>();
        for (ParticleAnalysis a : particles) {
            List<Level> levels = a.levels().filter(ChangePointResult::analysed).map(ChangePointResult::levels)
                    .orElse(List.of());
            if (levels.isEmpty()) {
                continue;
            }
            RegionOfInterest roi = roiOnly ? a.roi().orElse(null) : null;
            Map<FitTarget, FitResult> fits = a.fits();
            Builder b = new Builder(a.particle().name(), fits, filtering, points);
            switch (kind) {
                case LEVEL -> {
                    for (int i = 0; i < levels.size(); i++) {
                        Level l = levels.get(i);
                        if (overlaps(roi, l.startS(), l.endS())) {
                            b.add(kind, i, l.startS(), l.endS(), l.photons(), l.intensityCps(), l.dwellS());
                        }
                    }
                }
                case GROUP_LEVEL -> DecayHistograms.fittedStep(a).ifPresent(step -> {
                    List<GroupLevel> joined = GroupLevels.apply(GroupingInputs.levelInputs(levels), step);
                    for (int i = 0; i < joined.size(); i++) {
                        GroupLevel g = joined.get(i);
                        if (overlaps(roi, g.startS(), g.endS())) {
                            b.add(kind, i, g.startS(), g.endS(), g.photons(), g.intensityCps(), g.dwellS());
                        }
                    }
                });
                case GROUP -> DecayHistograms.fittedStep(a).ifPresent(step -> addGroups(b, step));
            }
        }
        return points;
    }

    private static void addGroups(Builder b, GroupingStep step) {
        for (Group g : step.groups()) {
            b.add(LevelKind.GROUP, g.index(), Double.NaN, Double.NaN, g.photons(), g.intensityCps(), g.dwellS());
        }
    }

    /** Makes the points of one particle. */
    private record Builder(String particle, Map<FitTarget, FitResult> fits,
            LevelFiltering filtering, List<FilterPoint> out) {

        void add(LevelKind kind, int index, double startS, double endS, long photons, double intensityCps,
                double dwellS) {
            LevelFeatures f = LevelFeatures.of(photons, intensityCps, dwellS, fits.get(target(kind, index)));
            Normalisation n = filtering.normalisation();
            NormalisedLevel normalised = n == null ? null : n.of(particle, kind, index).orElse(null);
            out.add(new FilterPoint(particle, kind, index, startS, endS, f, filtering.settings().evaluate(f),
                    normalised));
        }
    }

    /** The fit a point's features come from. */
    public static FitTarget target(LevelKind kind, int index) {
        return new FitTarget(switch (kind) {
            case LEVEL -> FitTarget.Kind.LEVEL;
            case GROUP_LEVEL -> FitTarget.Kind.GROUP_LEVEL;
            case GROUP -> FitTarget.Kind.GROUP;
        }, index);
    }

    private static boolean overlaps(RegionOfInterest roi, double startS, double endS) {
        return roi == null || Math.min(endS, roi.endS()) > Math.max(startS, roi.startS())
                || (startS == endS && roi.contains(startS));
    }

    /**
     * The τ ~ I line through the points that pass the filters, from their measured intensities (a normalisation
     * never feeds its own line).
     *
     * @throws IllegalArgumentException when those points do not determine a line (the message says why)
     */
    public static TauIntensityRegression line(List<FilterPoint> points, boolean throughOrigin) {
        List<FilterPoint> used = points.stream().filter(FilterPoint::passes).toList();
        double[] intensity = new double[used.size()];
        double[] tau = new double[used.size()];
        for (int i = 0; i < used.size(); i++) {
            intensity[i] = used.get(i).features().intensityCps();
            tau[i] = used.get(i).features().tauNs();
        }
        return TauIntensityRegression.fit(intensity, tau, throughOrigin);
    }

    /**
     * The original's normalisation of the points that pass the filters and have a lifetime; a filtered-out or
     * unfitted point is left out (keeps its measured intensity).
     */
    public static Normalisation normalise(List<FilterPoint> points, TauIntensityRegression line, boolean onlyDrift) {
        List<Normalisation.Entry> entries = new ArrayList<>();
        for (FilterPoint p : points) {
            if (!p.passes()) {
                continue;
            }
            NormalisedLevel n = NormalisedLevel.of(p.features(), line, onlyDrift);
            if (n != null) {
                entries.add(new Normalisation.Entry(p.particle(), p.kind(), p.index(), n));
            }
        }
        return new Normalisation(line, onlyDrift, entries);
    }

    /** The number of points that pass the filters. */
    public static int passing(List<FilterPoint> points) {
        return (int) points.stream().filter(FilterPoint::passes).count();
    }
}
