package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.simulation.ParticleTruth;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.SimulationResult;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.model.MicroTimes;
import org.fullsms.model.Photons;
import org.junit.jupiter.api.Test;

/**
 * The optimiser's stop when a fit stalls, which a particle's levels and groups use: a fit crawling along a flat
 * valley stops once {@value BoundedLevenbergMarquardt#STALL_STEPS} accepted steps lower the objective by less than
 * {@value BoundedLevenbergMarquardt#STALL_DECREASE}; a fit that converges within that many steps is unchanged, bit
 * for bit; the levels of a simulated blinking trace, one lifetime each, fitted with two exponentials from the whole
 * trace's optimum, keep their intensity-weighted lifetime at the truth.
 */
class StalledFitsTest {

    @Test
    void aFitCrawlingAlongAFlatValleyStopsAfterTenStepsThatGainLessThanTheThreshold() {
        Banana problem = new Banana(0.003);
        double[] start = { -1.5, 2 };
        var full = new BoundedLevenbergMarquardt(problem, BoundedLevenbergMarquardt.Damping.NIELSEN).minimise(start,
                5000);
        var stalled = new BoundedLevenbergMarquardt(problem, BoundedLevenbergMarquardt.Damping.NIELSEN, true)
                .minimise(start, 5000);
        assertTrue(full.converged() && stalled.converged());
        assertTrue(stalled.iterations() >= BoundedLevenbergMarquardt.STALL_STEPS, stalled.iterations() + " steps");
        assertTrue(stalled.iterations() < full.iterations() / 2, stalled.iterations() + " steps, crawling to the end "
                + full.iterations());
        // stopped on the valley floor, short of its lowest point, which is lower by little: the floor is flat
        assertTrue(stalled.objective() > full.objective(), "stopped before the optimum");
        assertTrue(stalled.objective() - full.objective() < 0.1, "the floor is flat: " + stalled.objective() + " vs "
                + full.objective());
        assertTrue(Math.abs(stalled.x()[1] - stalled.x()[0] * stalled.x()[0]) < 1e-2, "on the floor: "
                + Arrays.toString(stalled.x()));
    }

    @Test
    void aFitThatConvergesWithinTenStepsIsUnchanged() {
        Banana problem = new Banana(1);
        double[] start = { 0.98, 0.95 };
        var plain = new BoundedLevenbergMarquardt(problem, BoundedLevenbergMarquardt.Damping.NIELSEN).minimise(start,
                500);
        var stalled = new BoundedLevenbergMarquardt(problem, BoundedLevenbergMarquardt.Damping.NIELSEN, true)
                .minimise(start, 500);
        assertTrue(plain.iterations() <= BoundedLevenbergMarquardt.STALL_STEPS, plain.iterations() + " steps");
        assertEquals(plain.iterations(), stalled.iterations());
        assertArrayEquals(plain.x(), stalled.x(), 0);
        assertEquals(plain.objective(), stalled.objective(), 0);
    }

    /**
     * A blinking trace of two states (0.5 and ~4 ns): its levels, one lifetime each, fitted with two exponentials
     * start from the whole trace's optimum and stall in the valley of two lifetimes where one suffices; the OK levels
     * of at least 1000 photons keep their intensity-weighted mean lifetime within 15 % of their state's, 5 % in the
     * median (a component of 0.1 % amplitude and a long lifetime moves that mean by 10 %).
     */
    @Test
    void levelsOfOneLifetimeFittedWithTwoKeepTheirMeanLifetime() throws Exception {
        SimulationResult sim = new Simulator().run(
                SimulationParameters.builder().particles(1).durationS(20).seed(1).secondChannel(true).build(), null);
        Photons photons = sim.dataset().particles().get(0).photons();
        MicroTimes micro = photons.micro();
        ParticleTruth truth = sim.truth().particles().get(0);
        List<Level> levels = new ChangePointAnalysis().run(photons.absoluteNs(), ChangePointParameters.of(99), null)
                .levels();
        HistogramBinning binning = HistogramBinning.ofChannels(0.01220703125, 2047);
        List<DecayHistogram> decays = new ArrayList<>();
        decays.add(DecayHistogram.build(micro, 0, micro.size(), binning));
        for (Level level : levels) {
            decays.add(DecayHistogram.build(micro, level.first(), level.last() + 1, binning));
        }
        FitSettings settings = FitSettings.defaults().withSimulatedIrf(true).withWindow(StartMode.MANUAL, 0, true, -1);
        List<FitResult> results = new LifetimeFitter().runParticle(decays, null, FitParameters.defaults(2), settings,
                new NullProgressMonitor());
        assertEquals(FitStatus.OK, results.get(0).status(), "the whole trace: " + results.get(0).message());
        List<Double> errors = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            FitResult r = results.get(i + 1);
            double trueTau = SimulatedLevelsTest.trueTau(truth, levels.get(i));
            if (r.status() == FitStatus.OK && levels.get(i).photons() >= 1000) {
                String label = String.format(Locale.ROOT, "level %d of %d photons (truth %.3f ns): τ %s, a %s, %d steps",
                        i, levels.get(i).photons(), trueTau, Arrays.toString(r.tauNs()),
                        Arrays.toString(r.amplitudes()), r.iterations());
                assertEquals(trueTau, r.meanTauIntensityNs(), 0.15 * trueTau, label);
                errors.add(Math.abs(r.meanTauIntensityNs() - trueTau) / trueTau);
            }
        }
        assertTrue(errors.size() >= 5, errors.size() + " levels checked");
        errors.sort(null);
        assertTrue(errors.get(errors.size() / 2) <= 0.05, "median error " + errors.get(errors.size() / 2));
    }

    /**
     * Rosenbrock's valley: r = (10·(x₁ − x₀²), floor·(1 − x₀)); along its floor x₁ = x₀² the objective falls by
     * floor²·(1 − x₀)² towards (1, 1), flat for a small floor.
     */
    private static final class Banana implements FitProblem {

        private final boolean[] free = { true, true };
        private final double floor;

        Banana(double floor) {
            this.floor = floor;
        }

        @Override
        public int residuals() {
            return 2;
        }

        @Override
        public int parameters() {
            return 2;
        }

        @Override
        public double[] lower() {
            return new double[] { -10, -10 };
        }

        @Override
        public double[] upper() {
            return new double[] { 10, 10 };
        }

        @Override
        public boolean[] free() {
            return free;
        }

        @Override
        public void project(double[] x) {
        }

        @Override
        public double evaluate(double[] x, double[] r) {
            r[0] = 10 * (x[1] - x[0] * x[0]);
            r[1] = floor * (1 - x[0]);
            return r[0] * r[0] + r[1] * r[1];
        }

        @Override
        public void jacobian(double[] x, double[][] jac) {
            jac[0][0] = -20 * x[0];
            jac[0][1] = -floor;
            jac[1][0] = 10;
            jac[1][1] = 0;
        }
    }
}
