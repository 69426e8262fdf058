package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

class LifetimeFitterTest {

    private static final LifetimeFitter FITTER = new LifetimeFitter();
    private static final double W = Synthetic.WIDTH;
    private static final double[] IRF = Synthetic.irf(Synthetic.CHANNELS, W);

    private static DecayHistogram noiseless(double[] tau, double[] amp, double shift, double signal, double bg) {
        return DecayHistogram.of(W, Synthetic.expected(IRF, W, tau, amp, shift, signal, bg));
    }

    /**
     * Settings for noiseless data: Neyman weighting, since Mighell's statistic (the default) targets Poisson
     * samples — it adds min(d, 1) to every channel — and is not exact on expected values.
     */
    private static FitSettings exact(FitSettings.Method method) {
        return FitSettings.defaults().withMethod(method).withWeighting(FitSettings.Weighting.NEYMAN);
    }

    @Test
    void recoversNoiselessParametersWithEveryMethod() {
        double[][] taus = { { 2.5 }, { 0.5, 3.0 }, { 0.3, 1.5, 5.0 } };
        double[][] amps = { { 1 }, { 0.6, 0.4 }, { 0.5, 0.3, 0.2 } };
        for (int n = 0; n < 3; n++) {
            DecayHistogram decay = noiseless(taus[n], amps[n], 3.3, 1e6, 2.0);
            for (FitSettings.Method method : FitSettings.Method.values()) {
                FitResult r = FITTER.fit(decay, Irf.of(W, IRF), FitParameters.defaults(n + 1), exact(method));
                String label = method + " " + (n + 1) + "-exp " + r.message();
                assertEquals(FitStatus.OK, r.status(), label);
                int[] order = order(r.tauNs());
                for (int i = 0; i <= n; i++) {
                    // noiseless data: the optimum is the truth; 1e-3 relative covers the stopping tolerance
                    assertEquals(taus[n][i], r.tauNs()[order[i]], 1e-3 * taus[n][i], label + " tau" + i);
                    assertEquals(amps[n][i], r.amplitudes()[order[i]], 1e-3, label + " amp" + i);
                }
                assertEquals(3.3 * W, r.shiftNs(), 1e-3 * W, label + " shift");
                assertEquals(2.0, r.background(), 1e-3, label + " background");
                double mean = 0;
                double intensity = 0;
                for (int i = 0; i <= n; i++) {
                    mean += amps[n][i] * taus[n][i];
                    intensity += amps[n][i] * taus[n][i] * taus[n][i];
                }
                assertEquals(mean, r.meanTauAmplitudeNs(), 1e-3 * mean, label);
                assertEquals(intensity / mean, r.meanTauIntensityNs(), 1e-3 * intensity / mean, label);
                assertTrue(r.chiSquaredReduced() < 1e-3, label + " chi2 of noiseless data " + r.chiSquaredReduced());
            }
        }
    }

    @Test
    void standardErrorsMatchTheScatterOfRepeatedFits() {
        // 40 noisy 1-exp decays of 2e4 photons: the spread of τ must agree with the mean reported SE
        double[] expected = Synthetic.expected(IRF, W, new double[] { 2.0 }, new double[] { 1 }, 0, 2e4, 0.5);
        for (FitSettings.Method method : FitSettings.Method.values()) {
            double sum = 0;
            double sum2 = 0;
            double se = 0;
            int n = 40;
            for (int i = 0; i < n; i++) {
                FitResult r = FITTER.fit(DecayHistogram.of(W, Synthetic.poisson(expected, 100 + i)), Irf.of(W, IRF),
                        FitParameters.defaults(1), FitSettings.defaults().withMethod(method));
                sum += r.tauNs()[0];
                sum2 += r.tauNs()[0] * r.tauNs()[0];
                se += r.tauStdNs()[0];
            }
            double mean = sum / n;
            double spread = Math.sqrt((sum2 - n * mean * mean) / (n - 1));
            se /= n;
            // the sample SD of 40 values is within ±35 % of the true SD with > 99 % probability
            assertEquals(se, spread, 0.35 * se, method + " SE " + se + " vs spread " + spread);
            // mean within 4 standard errors of the mean of 2.0 (no bias at 2e4 photons)
            assertEquals(2.0, mean, 4 * spread / Math.sqrt(n), method + " mean");
        }
    }

    @Test
    void fixedParametersStayFixed() {
        DecayHistogram decay = noiseless(new double[] { 0.5, 3.0 }, new double[] { 0.6, 0.4 }, 0, 1e5, 1.0);
        FitParameters p = FitParameters.defaults(2).withTau(1, FitParameter.fixedAt(3.2))
                .withShift(FitParameter.fixedAt(0)).withBackground(FitParameter.fixedAt(1.0));
        FitResult r = FITTER.fit(decay, Irf.of(W, IRF), p, exact(FitSettings.Method.LEAST_SQUARES));
        assertTrue(r.ok(), r.message());
        assertEquals(3.2, r.tauNs()[1], 0);
        assertEquals(0, r.tauStdNs()[1], 0);
        assertEquals(0, r.shiftNs(), 0);
        assertEquals(1.0, r.background(), 0);
        FitParameters amp = FitParameters.defaults(2).withAmplitude(0, FitParameter.fixedAt(0.6));
        FitResult ra = FITTER.fit(decay, Irf.of(W, IRF), amp, exact(FitSettings.Method.LEAST_SQUARES));
        assertArrayEquals(new double[] { 0.6, 0.4 }, ra.amplitudes(), 1e-12);
        assertEquals(0.5, ra.tauNs()[0], 1e-3 * 0.5);
    }

    @Test
    void simulatedIrfFitsItsWidth() {
        double[] gaussian = Irf.gaussian(Synthetic.CHANNELS, 200, 0.3 / W);
        double[] expected = Synthetic.expected(gaussian, W, new double[] { 2.0 }, new double[] { 1 }, 0, 1e6, 0);
        FitSettings s = exact(FitSettings.Method.LEAST_SQUARES).withSimulatedIrf(true);
        FitResult r = FITTER.fit(DecayHistogram.of(W, expected), null, FitParameters.defaults(1), s);
        assertTrue(r.ok(), r.message());
        assertEquals(2.0, r.tauNs()[0], 0.002); // tolerance 0.1 %
        assertEquals(0.3, r.fwhmNs(), 0.003); // 1 %: the Gaussian's centre sits on the decay maximum
    }

    @Test
    void badInputGivesFlaggedResultsNotExceptions() {
        Irf irf = Irf.of(W, IRF);
        FitParameters p = FitParameters.defaults(1);
        FitSettings s = FitSettings.defaults();
        assertEquals(FitStatus.EMPTY_HISTOGRAM, FITTER.fit(DecayHistogram.of(W, new double[0]), irf, p, s).status());
        assertEquals(FitStatus.EMPTY_HISTOGRAM, FITTER.fit(DecayHistogram.of(W, new double[50]), irf, p, s).status());
        double[] few = new double[Synthetic.CHANNELS];
        few[300] = 10;
        FitResult tooFew = FITTER.fit(DecayHistogram.of(W, few), irf, p, s);
        assertEquals(FitStatus.TOO_FEW_PHOTONS, tooFew.status());
        assertFalse(tooFew.ok());
        assertTrue(Double.isNaN(tooFew.chiSquaredReduced()));

        DecayHistogram decay = noiseless(new double[] { 2 }, new double[] { 1 }, 0, 1e5, 1);
        FitResult outside = FITTER.fit(decay, irf, p.withTau(0, new FitParameter(20, 0, 10, false)), s);
        assertEquals(FitStatus.INVALID_PARAMETERS, outside.status());
        assertTrue(outside.message().contains("outside"), outside.message());
        assertEquals(FitStatus.INVALID_IRF, FITTER.fit(decay, null, p, s).status());
        assertEquals(FitStatus.INVALID_IRF, FITTER.fit(decay, Irf.of(W, new double[10]), p, s).status());
        double[] lateIrf = new double[2 * Synthetic.CHANNELS];
        lateIrf[1500] = 100;
        assertEquals(FitStatus.INVALID_IRF, FITTER.fit(decay, Irf.of(W, lateIrf), p, s).status());
        FitResult stopped = FITTER.fit(decay, irf, p, s.withMaxIterations(1));
        assertEquals(FitStatus.NOT_CONVERGED, stopped.status());
        assertTrue(stopped.ok() && stopped.message().contains("no convergence"), stopped.message());
    }

    @Test
    void irfOfAnotherChannelWidthIsRebinned() {
        DecayHistogram decay = noiseless(new double[] { 2 }, new double[] { 1 }, 0, 1e6, 1);
        double[] fine = Irf.gaussian(2 * Synthetic.CHANNELS, 2 * Synthetic.IRF_CENTRE / W,
                2 * Synthetic.IRF_FWHM / W);
        for (int k = 0; k < fine.length; k++) {
            fine[k] *= 1e4;
        }
        FitResult r = FITTER.fit(decay, Irf.of(W / 2, fine), FitParameters.defaults(1),
                exact(FitSettings.Method.LEAST_SQUARES));
        assertTrue(r.ok(), r.message());
        assertTrue(r.notes().get(0).contains("rebinned"), r.notes().toString());
        assertEquals(2.0, r.tauNs()[0], 0.01); // 0.5 %: rebinning a sampled Gaussian is not exact
    }

    @Test
    void fitsAreThreadSafeAndCancellable() throws Exception {
        List<DecayHistogram> decays = new ArrayList<>();
        double[] expected = Synthetic.expected(IRF, W, new double[] { 0.7, 3 }, new double[] { 0.5, 0.5 }, 0, 5e4,
                0.5);
        for (int i = 0; i < 16; i++) {
            decays.add(DecayHistogram.of(W, Synthetic.poisson(expected, i)));
        }
        FitParameters p = FitParameters.defaults(2);
        FitSettings s = FitSettings.defaults();
        List<FitResult> serial = FITTER.run(decays, Irf.of(W, IRF), p, s, new NullProgressMonitor());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FitResult>> futures = new ArrayList<>();
            for (DecayHistogram d : decays) {
                futures.add(pool.submit(() -> FITTER.fit(d, Irf.of(W, IRF), p, s)));
            }
            for (int i = 0; i < decays.size(); i++) {
                assertArrayEquals(serial.get(i).tauNs(), futures.get(i).get().tauNs(), 0, "fit " + i);
            }
        } finally {
            pool.shutdown();
        }
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> FITTER.run(decays, Irf.of(W, IRF), p, s, cancelled));
    }

    private static int[] order(double[] tau) {
        return java.util.stream.IntStream.range(0, tau.length).boxed()
                .sorted((a, b) -> Double.compare(tau[a], tau[b])).mapToInt(Integer::intValue).toArray();
    }

}
