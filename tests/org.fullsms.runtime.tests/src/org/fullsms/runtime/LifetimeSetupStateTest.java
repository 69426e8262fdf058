package org.fullsms.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitModel;
import org.fullsms.runtime.state.LifetimeSetup;
import org.junit.jupiter.api.Test;

/**
 * The lifetime setup is part of the analysis state: its channel grid and IRF become the dataset's, and each change
 * is announced, an IRF merely chosen for the next fits as a change sessions do not store.
 */
class LifetimeSetupStateTest {

    private static AnalysisSession session() {
        SimulationParameters p = SimulationParameters.builder().particles(2).durationS(2).seed(5).build();
        return new AnalysisSession(new Simulator().run(p, new NullProgressMonitor()).dataset());
    }

    @Test
    void theSetupsGridAndIrfBecomeTheDatasetsAndAreAnnounced() throws Exception {
        AnalysisSession session = session();
        List<AnalysisSession.Aspect> heard = new ArrayList<>();
        session.addListener(change -> heard.add(change.aspect()));
        assertTrue(session.lifetimeSetup().isEmpty(), "no fits, no setup");
        HistogramBinning grid = HistogramBinning.ofChannels(0.1, 300);
        Irf irf = new Irf(0.1, Irf.gaussian(300, 20, 1.5), "measured");
        LifetimeSetup setup = new LifetimeSetup(FitParameters.defaults(2), FitSettings.defaults(), grid, irf);
        session.setLifetimeSetup(setup);
        assertEquals(setup, session.lifetimeSetup().orElseThrow());
        assertSame(grid, session.decayBinning(), "decays and exports use the grid the lifetimes were fitted on");
        assertSame(irf, session.irf().orElseThrow(), "the next fits use the setup's IRF");
        session.setIrf(null);
        assertTrue(session.irf().isEmpty(), "simulated IRF for the next fits");
        assertEquals(setup, session.lifetimeSetup().orElseThrow(), "the fits made keep their setup");
        assertEquals(List.of(AnalysisSession.Aspect.LIFETIME_SETUP, AnalysisSession.Aspect.IRF), heard);
        assertTrue(AnalysisSession.Aspect.LIFETIME_SETUP.saved());
        assertTrue(!AnalysisSession.Aspect.IRF.saved(), "an IRF not used yet is no unsaved work");
    }

    @Test
    void theFitDialogsModelStaysWhenTheDecaysStartElsewhere() throws Exception {
        AnalysisSession session = session();
        HistogramBinning grid = HistogramBinning.ofChannels(0.1, 300);
        LifetimeSetup fitted = new LifetimeSetup(FitParameters.defaults(2), FitSettings.defaults(), grid, null);
        FitModel dialog = new FitModel(FitParameters.defaults(3), FitSettings.defaults()
                .withMethod(FitSettings.Method.MAXIMUM_LIKELIHOOD));
        session.setLifetimeSetup(LifetimeSetup.withDialog(fitted, dialog));
        session.setDecayBinning(grid.fromChannel(20));
        LifetimeSetup after = session.lifetimeSetup().orElseThrow();
        assertEquals(grid.fromChannel(20), after.binning());
        assertEquals(dialog, after.model(), "Set Decay Start keeps the model of the next fits");
        assertEquals(FitParameters.defaults(2), after.parameters());
    }

    @Test
    void withoutASetupTheGridIsWorkedOutOnceFromTheParticles() throws Exception {
        AnalysisSession session = session();
        HistogramBinning grid = session.decayBinning();
        assertEquals(DecayBinning.of(session.dataset().allParticles()), grid);
        assertSame(grid, session.decayBinning(), "computed once");
    }
}
