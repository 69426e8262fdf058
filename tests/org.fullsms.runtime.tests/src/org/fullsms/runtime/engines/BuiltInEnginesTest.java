package org.fullsms.runtime.engines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.runtime.extensions.ExtensionRun;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.runtime.extensions.ParticleSnapshot;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.analysis.AnalysisException;
import org.fullsms.spi.analysis.BuiltInResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in analyses are AnalysisEngine services like an extension's: registered by DS, found in the registry
 * under the ids of {@link BuiltInResults}, run on what {@link ParticleSnapshot} shows of a particle, their results
 * stored in their own places and written by the session codecs. Data: simulated blinking particles with two
 * channels (tied macro times and channel-lattice micro times, as the simulator writes them).
 */
class BuiltInEnginesTest {

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    private static AnalysisSession session;
    private static ParticleAnalysis particle;

    @BeforeAll
    static void simulate() {
        SimulationParameters p = SimulationParameters.builder().particles(2).durationS(8).seed(21).secondChannel(true)
                .build();
        session = new AnalysisSession(new Simulator().run(p, MONITOR).dataset());
        particle = session.particles().stream().filter(a -> !a.particle().isSecondary()).findFirst().orElseThrow();
    }

    private static <E extends BuiltInEngine<?, ?>> E engine(Class<E> type) {
        return Extensions.current().builtIn(type);
    }

    @Test
    void theFourBuiltInsAreRegisteredServicesUnderTheirPublishedIdsAndNotListedAsExtensions() {
        Extensions extensions = Extensions.current();
        Set<String> ids = extensions.builtIns().stream().map(AnalysisEngine::id).collect(Collectors.toSet());
        assertEquals(Set.of(BuiltInResults.LEVELS, BuiltInResults.GROUPING, BuiltInResults.WHOLE_TRACE_FIT,
                BuiltInResults.CORRELATION), ids);
        assertTrue(extensions.analyses().stream().noneMatch(BuiltInEngine.class::isInstance),
                "the Extension Analyses dialog and --analysis list extensions only");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExtensionRun.parse(BuiltInResults.LEVELS, extensions));
        assertTrue(e.getMessage().contains("built-in"), e.getMessage());
    }

    /** Through the contract, the levels are exactly those of the algorithm run directly on the photons. */
    @Test
    void changePointsThroughTheContractEqualTheAlgorithmAndRoundTripThroughTheCodec() throws Exception {
        ChangePointEngine cpa = engine(ChangePointEngine.class);
        ChangePointParameters params = ChangePointParameters.of(95);
        ChangePointResult viaEngine = cpa.analyse(ParticleSnapshot.of(particle), params, MONITOR);
        ChangePointResult direct = new ChangePointAnalysis().run(particle.particle().photons().absoluteNs(), params,
                MONITOR);
        assertArrayEquals(direct.changePoints(), viaEngine.changePoints());
        assertTrue(viaEngine.levels().size() > 1, "a blinking particle has several levels");
        ChangePointResult back = cpa.resultCodec().fromJson(cpa.resultCodec().toJson(viaEngine));
        assertArrayEquals(viaEngine.changePoints(), back.changePoints());
        assertEquals(viaEngine.levels(), back.levels());
        assertEquals(cpa.resultCodec().toJson(viaEngine), cpa.resultCodec().toJson(back), "codec is exact");
    }

    @Test
    void groupingNeedsLevelsAndThenSeesTheStoredOnes() throws Exception {
        ParticleAnalysis fresh = new AnalysisSession(session.dataset()).particles().get(0);
        GroupingEngine grouping = engine(GroupingEngine.class);
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> grouping.analyse(ParticleSnapshot.of(fresh), GroupingParameters.DEFAULTS, MONITOR));
        assertTrue(e.getMessage().contains("resolve first"), e.getMessage());

        ChangePointEngine cpa = engine(ChangePointEngine.class);
        cpa.store(fresh, cpa.analyse(ParticleSnapshot.of(fresh), cpa.defaultParameters(), MONITOR));
        GroupingResult r = grouping.analyse(ParticleSnapshot.of(fresh), GroupingParameters.DEFAULTS, MONITOR);
        assertEquals(fresh.levels().orElseThrow().levels().size(), r.selected().numLevels());
        grouping.store(fresh, r);
        assertTrue(fresh.groupsApplied());
        GroupingResult back = grouping.resultCodec().fromJson(grouping.resultCodec().toJson(r));
        assertEquals(grouping.resultCodec().toJson(r), grouping.resultCodec().toJson(back));
    }

    /**
     * The lifetime engine fits what the particle's state says: whole trace, each level, and the groups of the step
     * in use; with an ROI the ROI and no groups (the grouping no longer covers the levels one to one).
     */
    @Test
    void lifetimeFitsFollowTheParticlesLevelsGroupsAndRoi() throws Exception {
        ParticleAnalysis a = new AnalysisSession(session.dataset()).particles().get(0);
        ChangePointEngine cpa = engine(ChangePointEngine.class);
        cpa.store(a, cpa.analyse(ParticleSnapshot.of(a), cpa.defaultParameters(), MONITOR));
        GroupingEngine grouping = engine(GroupingEngine.class);
        grouping.store(a, grouping.analyse(ParticleSnapshot.of(a), GroupingParameters.DEFAULTS, MONITOR));
        GroupingStep step = ParticleSnapshot.of(a).result(BuiltInResults.GROUPING, GroupingStep.class).orElseThrow();

        LifetimeEngine lifetimes = engine(LifetimeEngine.class);
        ParticleFits fits = lifetimes.analyse(ParticleSnapshot.of(a), lifetimes.defaultParameters(), MONITOR);
        int levels = a.levels().orElseThrow().levels().size();
        assertEquals(1 + levels + step.numGroups() + step.numGroupLevels(), fits.fits().size(),
                fits.fits().keySet()::toString);
        FitResult whole = fits.fits().get(FitTarget.WHOLE);
        assertTrue(whole.ok(), whole::message);
        lifetimes.store(a, fits);
        assertEquals(fits.fits().keySet(), a.fits().keySet());
        assertEquals(whole, ParticleSnapshot.of(a).result(BuiltInResults.WHOLE_TRACE_FIT, FitResult.class)
                .orElseThrow(), "extensions read the whole-trace fit as before");
        ParticleFits back = lifetimes.resultCodec().fromJson(lifetimes.resultCodec().toJson(fits));
        assertEquals(fits.fits().keySet(), back.fits().keySet());

        double start = a.levels().orElseThrow().levels().get(0).startS();
        a.setRoi(new RegionOfInterest(start, start + 3));
        ParticleFits roiFits = lifetimes.analyse(ParticleSnapshot.of(a), lifetimes.defaultParameters(), MONITOR);
        assertTrue(roiFits.fits().containsKey(new FitTarget(FitTarget.Kind.ROI, 0)));
        assertFalse(roiFits.fits().containsKey(FitTarget.WHOLE));
        assertTrue(roiFits.fits().keySet().stream().noneMatch(t -> t.kind() == FitTarget.Kind.GROUP),
                roiFits.fits().keySet()::toString);
    }

    @Test
    void correlationKeepsTheCountedPairsForRebinningThroughTheCodec() throws Exception {
        CorrelationEngine correlation = engine(CorrelationEngine.class);
        ParticleCorrelation c = correlation.analyse(ParticleSnapshot.of(particle), CorrelationParameters.defaults(),
                MONITOR);
        assertTrue(c.counted().pairs() > 0);
        assertTrue(c.result().g2Zero() < 0.5, "a single emitter is antibunched: " + c.result().g2Zero());
        ParticleCorrelation back = correlation.resultCodec().fromJson(correlation.resultCodec().toJson(c));
        assertEquals(c.counted(), back.counted());
        ParticleCorrelation uncounted = new ParticleCorrelation(null, c.result());
        assertNull(correlation.resultCodec().fromJson(correlation.resultCodec().toJson(uncounted)).counted(),
                "a result without counted pairs (a session of an earlier version) reads back without them");
        assertArrayEquals(c.result().g2(), back.result().g2());

        ParticleAnalysis second = session.particles().stream().filter(a -> a.particle().isSecondary()).findFirst()
                .orElseThrow();
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> correlation.analyse(ParticleSnapshot.of(second), CorrelationParameters.defaults(), MONITOR));
        assertTrue(e.getMessage().contains("two channels"), e.getMessage());
    }

    @Test
    void aCodecRefusesAForeignDocumentWithAMessage() {
        for (BuiltInEngine<?, ?> engine : Extensions.current().builtIns()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> engine.resultCodec().fromJson("{\"levels\": \"x\"}"), engine.id());
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), engine.id());
        }
    }
}
