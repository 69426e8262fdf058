package org.fullsms.runtime.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.filter.Bound;
import org.fullsms.analysis.filter.Feature;
import org.fullsms.analysis.filter.FilterPoint;
import org.fullsms.analysis.filter.FilterSettings;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.analysis.filter.Limit;
import org.fullsms.analysis.filter.Normalisation;
import org.fullsms.analysis.filter.TauIntensityRegression;
import org.fullsms.analysis.grouping.GroupingAnalysis;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.analysis.simulation.DwellTimes;
import org.fullsms.analysis.simulation.EmitterState;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.runtime.DecayBinning;
import org.fullsms.runtime.GroupingInputs;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Filter points from simulated emitters whose lifetime grows in proportion to their intensity (τ = I / 2000
 * counts/s·ns), analysed by the real engines, with the shape of real data: particle 1 resolved, grouped and fitted;
 * particle 2 resolved but not fitted; particle 3 failed to resolve; particle 4 resolved and fitted, with an ROI.
 */
class FilterPointsTest {

    private static final double NS_PER_CPS = 1 / 2000.0;

    private static AnalysisSession session;

    @BeforeAll
    static void analyse() throws IOException {
        List<EmitterState> states = List.of(EmitterState.single(2000, 2000 * NS_PER_CPS),
                EmitterState.single(5000, 5000 * NS_PER_CPS), EmitterState.single(8000, 8000 * NS_PER_CPS));
        SimulationParameters p = SimulationParameters.builder().particles(4).durationS(8).seed(11).states(states)
                .dwell(DwellTimes.exponential(1)).build();
        session = new AnalysisSession(new Simulator().run(p, new NullProgressMonitor()).dataset());
        HistogramBinning binning = DecayBinning.of(session.dataset().allParticles());
        double w = binning.channelWidthNs();
        Irf irf = new Irf(w, Irf.gaussian(2048, 2 / w, 0.15 / w), "simulated Gaussian");
        LifetimeFits.Request request = new LifetimeFits.Request(binning, irf, FitParameters.defaults(1),
                FitSettings.defaults());
        List<ParticleAnalysis> all = session.particles();
        for (int k = 0; k < all.size(); k++) {
            ParticleAnalysis a = all.get(k);
            long[] times = a.particle().photons().absoluteNs();
            if (k == 2) {
                a.setFailure(Stage.LEVELS, "the file's photons of this particle are damaged");
                continue;
            }
            a.setChangePoints(new ChangePointAnalysis().run(times, ChangePointParameters.of(99), null));
            if (k == 3) {
                a.setRoi(new RegionOfInterest(times[0] / 1e9 + 2, times[times.length - 1] / 1e9 - 2));
            }
            if (k == 0) {
                a.setGrouping(new GroupingAnalysis().run(GroupingInputs.of(a).orElseThrow(),
                        GroupingParameters.DEFAULTS, null), true);
            }
            if (k != 1) {
                Map<FitTarget, FitResult> fits = new LinkedHashMap<>();
                LifetimeFits.fit(times, a.particle().photons().micro(), levels(a),
                        a.grouping().map(g -> g.selected()).orElse(null), null, request, new NullProgressMonitor())
                        .forEach((t, f) -> fits.put(t, f.result()));
                a.putFits(fits);
            }
            a.particle().releasePhotons();
        }
    }

    private static List<Level> levels(ParticleAnalysis a) {
        return a.levels().map(ChangePointResult::levels).orElseThrow();
    }

    private static List<FilterPoint> points(LevelKind kind, boolean roiOnly, LevelFiltering filtering) {
        return FilterPoints.of(session.particles(), kind, roiOnly, filtering);
    }

    @Test
    void everyLevelOfEveryResolvedParticleIsAPointWithItsFit() {
        List<FilterPoint> points = points(LevelKind.LEVEL, false, LevelFiltering.NONE);
        List<ParticleAnalysis> all = session.particles();
        int expected = levels(all.get(0)).size() + levels(all.get(1)).size() + levels(all.get(3)).size();
        assertEquals(expected, points.size(), "the particle that failed to resolve has no points");
        assertEquals(expected, FilterPoints.passing(points), "no filter on: every level passes, fitted or not");
        for (FilterPoint p : points) {
            ParticleAnalysis a = session.dataset().particle(p.particle()).map(session::of).orElseThrow();
            Level l = levels(a).get(p.index());
            assertEquals(l.photons(), p.features().photons());
            assertEquals(l.intensityCps(), p.features().intensityCps());
            assertEquals(l.startS(), p.startS());
            FitResult fit = a.fits().get(new FitTarget(FitTarget.Kind.LEVEL, p.index()));
            if (fit == null) {
                assertFalse(p.features().fitted(), p.label());
                assertTrue(p.particle().equals(all.get(1).particle().name()));
            } else {
                assertEquals(fit.meanTauAmplitudeNs(), p.features().tauNs(), p.label());
                assertEquals(fit.chiSquaredReduced(), p.value(Feature.CHI_SQUARED));
            }
        }
    }

    @Test
    void aLifetimeFilterDropsUnfittedLevelsAndThoseOutOfRange() {
        FilterSettings s = FilterSettings.DEFAULTS.with(Bound.MAX_LIFETIME, new Limit(true, 3))
                .with(Bound.MIN_PHOTONS, new Limit(true, 100));
        List<FilterPoint> points = points(LevelKind.LEVEL, false, LevelFiltering.NONE.withSettings(s));
        int kept = 0;
        for (FilterPoint p : points) {
            boolean expected = p.features().fitted() && p.features().tauNs() <= 3 && p.features().photons() >= 100;
            assertEquals(expected, p.passes(), p.label() + ": " + p.verdict().describe());
            if (!p.features().fitted()) {
                assertTrue(p.verdict().describe().endsWith("no lifetime fit"), p.verdict().describe());
            }
            kept += expected ? 1 : 0;
        }
        assertTrue(kept > 0 && kept < points.size(), kept + " of " + points.size());
    }

    @Test
    void theLineThroughTheOriginFindsTheSimulatedSlope() {
        List<FilterPoint> points = points(LevelKind.LEVEL, false, LevelFiltering.NONE);
        TauIntensityRegression line = FilterPoints.line(points, true);
        long fitted = points.stream().filter(p -> p.features().fitted()).count();
        assertEquals(fitted, line.points(), "unfitted levels are left out of the line");
        // levels include the 50 counts/s background and CPA's noise: the slope within 10 %
        assertEquals(NS_PER_CPS, line.slope(), 0.1 * NS_PER_CPS, line.equation());
        assertTrue(line.rSquared() > 0.95, line.equation());
        TauIntensityRegression free = FilterPoints.line(points, false);
        assertTrue(free.rSquared() < line.rSquared(), "the centred R² of a line with an intercept is the smaller");
        assertEquals(0, free.intercept(), 0.5, free.equation());
    }

    @Test
    void filteredOutLevelsFeedNeitherTheLineNorTheNormalisation() {
        FilterSettings s = FilterSettings.DEFAULTS.with(Bound.MAX_INTENSITY, new Limit(true, 6000));
        List<FilterPoint> points = points(LevelKind.LEVEL, false, LevelFiltering.NONE.withSettings(s));
        long passingFitted = points.stream().filter(p -> p.passes() && p.features().fitted()).count();
        TauIntensityRegression line = FilterPoints.line(points, true);
        assertEquals(passingFitted, line.points());
        Normalisation n = FilterPoints.normalise(points, line, false);
        assertEquals(passingFitted, n.entries().size());
        for (FilterPoint p : points) {
            assertEquals(p.passes() && p.features().fitted(), n.of(p.particle(), p.kind(), p.index()).isPresent(),
                    p.label());
        }
    }

    @Test
    void normalisationMovesOnlyLevelsAboveTheLineAndKeepsTheMeasuredValues() {
        List<FilterPoint> before = points(LevelKind.LEVEL, false, LevelFiltering.NONE);
        TauIntensityRegression line = FilterPoints.line(before, true);
        Normalisation n = FilterPoints.normalise(before, line, true);
        assertTrue(n.moved() > 0 && n.moved() < n.entries().size(), n.toString());
        List<FilterPoint> after = points(LevelKind.LEVEL, false, LevelFiltering.NONE.withNormalisation(n));
        for (int i = 0; i < after.size(); i++) {
            FilterPoint was = before.get(i);
            FilterPoint is = after.get(i);
            assertEquals(was.features(), is.features(), "measured values stay");
            if (!was.features().fitted()) {
                assertNull(is.normalised(), is.label());
                assertEquals(was.features().intensityCps(), is.value(Feature.INTENSITY));
                continue;
            }
            double onLine = line.intensityAt(was.features().tauNs());
            boolean above = was.features().intensityCps() > onLine;
            assertEquals(above, is.normalised().moved(), is.label());
            double shown = is.value(Feature.INTENSITY);
            if (above) {
                // photons rounded over the dwell: within one photon of the line
                assertEquals(onLine, shown, 1 / was.features().dwellS() + 1e-9, is.label());
            } else {
                assertEquals(was.features().intensityCps(), shown, is.label());
            }
        }
    }

    @Test
    void groupLevelsAndGroupsComeFromAGroupingThatCoversTheLevels() {
        List<FilterPoint> groupLevels = points(LevelKind.GROUP_LEVEL, false, LevelFiltering.NONE);
        ParticleAnalysis grouped = session.particles().get(0);
        int expected = grouped.grouping().orElseThrow().selected().numGroupLevels();
        assertEquals(expected, groupLevels.size(), "only particle 1 is grouped");
        for (FilterPoint p : groupLevels) {
            assertTrue(p.features().fitted(), p.label() + " has its group-level fit");
        }
        List<FilterPoint> groups = points(LevelKind.GROUP, false, LevelFiltering.NONE);
        assertEquals(grouped.grouping().orElseThrow().selected().numGroups(), groups.size());
        assertTrue(Double.isNaN(groups.get(0).startS()), "a group has no single span");
    }

    @Test
    void roiOnlyKeepsTheLevelsThatShareTimeWithTheRegion() {
        ParticleAnalysis withRoi = session.particles().get(3);
        RegionOfInterest roi = withRoi.roi().orElseThrow();
        String name = withRoi.particle().name();
        List<FilterPoint> all = points(LevelKind.LEVEL, false, LevelFiltering.NONE);
        List<FilterPoint> inRoi = points(LevelKind.LEVEL, true, LevelFiltering.NONE);
        List<FilterPoint> expected = new ArrayList<>();
        for (FilterPoint p : all) {
            if (!p.particle().equals(name) || (p.endS() > roi.startS() && p.startS() < roi.endS())) {
                expected.add(p);
            }
        }
        assertEquals(expected, inRoi);
        assertTrue(inRoi.size() < all.size(), "the ROI leaves out 2 s at each end");
    }

    @Test
    void newFitsOrLevelsOfAParticleForgetItsNormalisation() {
        AnalysisSession fresh = new AnalysisSession(session.dataset());
        ParticleAnalysis a = fresh.particles().get(0);
        ParticleAnalysis source = session.particles().get(0);
        a.setChangePoints(source.changePoints().orElseThrow());
        a.putFits(source.fits());
        ParticleAnalysis b = fresh.particles().get(3);
        b.setChangePoints(session.particles().get(3).changePoints().orElseThrow());
        b.putFits(session.particles().get(3).fits());
        List<FilterPoint> points = FilterPoints.of(fresh.particles(), LevelKind.LEVEL, false, LevelFiltering.NONE);
        Normalisation n = FilterPoints.normalise(points, FilterPoints.line(points, true), true);
        fresh.setFiltering(fresh.filtering().withNormalisation(n));
        assertTrue(n.covers(a.particle().name()) && n.covers(b.particle().name()));
        List<AnalysisSession.Aspect> heard = new ArrayList<>();
        fresh.addListener(c -> heard.add(c.aspect()));
        a.putFits(source.fits());
        Normalisation left = fresh.filtering().normalisation();
        assertFalse(left.covers(a.particle().name()), "refitted: its lifetimes may have changed");
        assertTrue(left.covers(b.particle().name()));
        assertSame(n.line(), left.line());
        assertEquals(List.of(AnalysisSession.Aspect.FILTERING, AnalysisSession.Aspect.FITS), heard);
        b.setChangePoints(b.changePoints().orElseThrow());
        assertTrue(fresh.filtering().normalisation().entries().isEmpty());
        assertTrue(AnalysisSession.Aspect.FILTERING.saved());
    }

    @Test
    void tooFewPassingLevelsForALineSayWhy() {
        FilterSettings none = FilterSettings.DEFAULTS.with(Bound.MIN_PHOTONS, new Limit(true, 1e12));
        List<FilterPoint> points = points(LevelKind.LEVEL, false, LevelFiltering.NONE.withSettings(none));
        assertEquals(0, FilterPoints.passing(points));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FilterPoints.line(points, false));
        assertTrue(e.getMessage().contains("got 0 levels"), e.getMessage());
    }
}
