package org.fullsms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.model.Photons;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.LifetimeSetup;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, 5: the state behind Reset Analysis (a particle's results taken away and put back whole) and Set Decay
 * Start (decays begin at another channel; fits made on the old grid go).
 */
class ResetAndDecayStartTest {

    private static AnalysisSession analysed() throws Exception {
        SimulationParameters p = SimulationParameters.builder().particles(2).durationS(6).seed(9).build();
        AnalysisSession session = new AnalysisSession(new Simulator().run(p, new NullProgressMonitor()).dataset());
        run(AnalysisJobs.resolve(session.particles(), ChangePointParameters.of(99)));
        run(AnalysisJobs.group(session.particles(), GroupingParameters.DEFAULTS));
        for (ParticleAnalysis a : session.particles()) {
            fit(a, session.decayBinning());
        }
        return session;
    }

    private static void run(Job job) throws InterruptedException {
        job.schedule();
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult()::toString);
    }

    /** The whole trace and the levels, one exponential, as the workbench fits them. */
    private static void fit(ParticleAnalysis a, HistogramBinning grid) throws Exception {
        Photons photons = a.particle().photons();
        LifetimeFits.Request request = new LifetimeFits.Request(grid, null, FitParameters.defaults(1),
                LifetimeFits.defaultSettings().withSimulatedIrf(true));
        Map<FitTarget, FitResult> fits = new LinkedHashMap<>();
        LifetimeFits.fit(photons.absoluteNs(), photons.micro(), a.levels().orElseThrow().levels(), null, null,
                request, new NullProgressMonitor()).forEach((t, f) -> fits.put(t, f.result()));
        a.putFits(fits);
        a.session().setLifetimeSetup(LifetimeSetup.of(request));
    }

    @Test
    void resultsAreTakenAwayAndPutBackWhole() throws Exception {
        AnalysisSession session = analysed();
        ParticleAnalysis a = session.particles().get(0);
        a.setRoi(new RegionOfInterest(0.5, 5));
        a.setFailure(Stage.CORRELATION, "needs two channels");
        a.setBinSizeMs(20);
        ParticleAnalysis.Results before = a.results();
        assertFalse(before.isEmpty());
        assertTrue(before.grouping() != null && !before.fits().isEmpty() && before.roi() != null);
        Set<AnalysisSession.Aspect> heard = EnumSet.noneOf(AnalysisSession.Aspect.class);
        session.addListener(c -> heard.add(c.aspect()));

        a.clearResults();
        assertTrue(a.results().isEmpty(), "nothing left: " + a.results());
        assertEquals(ParticleAnalysis.Results.NONE, a.results());
        assertEquals(20, a.binSizeMs(), "display settings stay");
        assertTrue(a.isSelected(), "the selection stays");
        assertTrue(heard.containsAll(EnumSet.of(AnalysisSession.Aspect.ROI, AnalysisSession.Aspect.LEVELS,
                AnalysisSession.Aspect.GROUPING, AnalysisSession.Aspect.FITS)), "every view hears it: " + heard);
        assertFalse(session.particles().get(1).results().isEmpty(), "the other particle keeps its results");

        a.restore(before);
        assertEquals(before, a.results(), "everything is back, the failure too");
        assertEquals(before.fits().keySet(), a.fits().keySet());
    }

    @Test
    void decaysStartAtTheChosenChannelAndOldFitsGo() throws Exception {
        AnalysisSession session = analysed();
        HistogramBinning grid = session.decayBinning();
        assertEquals(0, grid.firstChannel(), "decays start at channel 0 by default");
        ParticleAnalysis a = session.particles().get(0);
        DecayHistogram whole = DecayHistograms.of(a, FitTarget.WHOLE, grid);
        int peak = whole.peakChannel();
        int start = peak / 2;
        List<AnalysisSession.Aspect> heard = new ArrayList<>();
        session.addListener(c -> heard.add(c.aspect()));

        session.setDecayBinning(grid.fromChannel(start));
        assertEquals(start, session.decayBinning().firstChannel());
        assertEquals(grid.endChannel(), session.decayBinning().endChannel(), "the end stays");
        assertEquals(start, session.lifetimeSetup().orElseThrow().binning().firstChannel(),
                "a saved session keeps the start with the lifetime setup");
        for (ParticleAnalysis p : session.particles()) {
            assertTrue(p.fits().isEmpty(), p + ": fits made on the old grid are removed");
        }
        assertTrue(heard.contains(AnalysisSession.Aspect.LIFETIME_SETUP) && heard.contains(AnalysisSession.Aspect.FITS));

        DecayHistogram trimmed = DecayHistograms.of(a, FitTarget.WHOLE, session.decayBinning());
        assertEquals(whole.length() - start, trimmed.length(), "the channels before the start are left out");
        assertEquals(start * grid.channelWidthNs(), trimmed.offsetNs(), 1e-12, "channel 0 of the decay is the start");
        for (int k = 0; k < trimmed.length(); k += 97) {
            assertEquals(whole.counts()[start + k], trimmed.counts()[k], "channel " + (start + k));
        }
        fit(a, session.decayBinning());
        FitResult refit = a.fits().get(FitTarget.WHOLE);
        assertTrue(refit.ok(), refit::toString);
        assertEquals(whole.total() - sum(whole.counts(), 0, start), trimmed.total(), 1e-9,
                "photons before the start are not in the decay");
    }

    @Test
    void aStartMustLeaveChannels() {
        HistogramBinning grid = HistogramBinning.ofChannels(0.1, 249);
        assertEquals(250, grid.endChannel());
        assertEquals(249, grid.fromChannel(249).firstChannel());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> grid.fromChannel(250));
        assertTrue(e.getMessage().contains("channels 0 to 249"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> grid.fromChannel(-1));
    }

    private static double sum(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return s;
    }
}
