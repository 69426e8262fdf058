package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The model for given values ({@link LifetimeFitter#evaluate}, the fit dialog's preview) on a particle's decay as a
 * measurement gives it (micro times on the channel lattice, a measured IRF recorded from another start time with a
 * baseline, a background): at a fit's values it is the fit's curve; a lifetime shows in its slope; fixed values
 * and bounds hold in real fits.
 */
class ModelCurveTest {

    private static final LifetimeFitter FITTER = new LifetimeFitter();
    private static final ParticleDecays.State[] STATES = {
            new ParticleDecays.State(new double[] { 0.5, 3.5 }, new double[] { 0.6, 0.4 }),
            new ParticleDecays.State(new double[] { 0.4, 2.5 }, new double[] { 0.5, 0.5 }) };
    private static final double[] PHOTONS = { 4e4, 6e4, 3e4, 5e4, 4e4 };
    private static final double[] BACKGROUND = { 0.1, 0.05, 0.08, 0.06, 0.1 };
    private static final ParticleDecays.Particle PARTICLE = ParticleDecays.simulate(STATES, PHOTONS, BACKGROUND, 17);
    /** The whole trace and the first level (4·10⁴ signal photons). */
    private static final DecayHistogram WHOLE = PARTICLE.decays().get(0);
    private static final DecayHistogram LEVEL = PARTICLE.decays().get(1);
    private static final FitSettings AUTO_END = FitSettings.defaults().withWindow(StartMode.MANUAL, 0, true, -1);

    @Test
    void modelAtTheFittedValuesIsTheFitsCurve() {
        List<FitSettings> settings = new ArrayList<>();
        for (FitSettings.Weighting w : FitSettings.Weighting.values()) {
            settings.add(AUTO_END.withWeighting(w));
        }
        settings.add(AUTO_END.withMethod(FitSettings.Method.MAXIMUM_LIKELIHOOD));
        // an automatic start and a manual end as the dialog sets them
        settings.add(AUTO_END.withWindow(StartMode.SAFE_RISE_START, 0, false, 1200));
        int compared = 0;
        for (DecayHistogram decay : List.of(WHOLE, LEVEL)) {
            for (FitSettings s : settings) {
                for (boolean simulated : new boolean[] { false, true }) {
                    for (int numExp = 1; numExp <= 3; numExp++) {
                        FitSettings fs = s.withSimulatedIrf(simulated);
                        Irf irf = simulated ? null : PARTICLE.irf();
                        FitParameters p = FitParameters.defaults(numExp);
                        FitResult fit = FITTER.fit(decay, irf, p, fs);
                        String label = fs.method() + " " + fs.weighting() + " " + fs.startMode() + " simulated "
                                + simulated + " " + numExp + "-exp " + decay.total() + " photons";
                        assertTrue(fit.ok(), label + ": " + fit.message());
                        ModelCurve curve = FITTER.evaluate(decay, irf, p.startingAt(fit), fs);
                        assertTrue(curve.ok(), label + ": " + curve.message());
                        assertEquals(fit.startChannel(), curve.startChannel(), label);
                        assertEquals(fit.endChannel(), curve.endChannel(), label);
                        assertClose(fit.fittedCounts(), curve.counts(), 1e-12, label + " model");
                        assertClose(fit.residuals(), curve.residuals(), 1e-9, label + " residuals");
                        assertEquals(fit.background(), curve.background(), 1e-12 * Math.abs(fit.background()), label);
                        compared++;
                    }
                }
            }
        }
        assertEquals(2 * 5 * 2 * 3, compared);
    }

    @Test
    void theModelsSlopeFollowsTheLifetime() {
        // one exponential on a window from the peak: ln(m − b) falls by w/τ per channel in the tail
        FitSettings s = FitSettings.defaults().withWindow(StartMode.CLOSE_TO_MAX, 0, false, -1)
                .withBackgrounds(0.5, Double.NaN);
        FitParameter shift = FitParameter.fixedAt(0.05);
        for (double tau : new double[] { 0.8, 2.0, 4.5 }) {
            FitParameters p = FitParameters.defaults(1).withTau(0, FitParameter.free(tau, 0, 10)).withShift(shift)
                    .withBackground(FitParameter.fixedAt(0.5));
            ModelCurve curve = FITTER.evaluate(WHOLE, PARTICLE.irf(), p, s);
            assertTrue(curve.ok(), curve.message());
            double[] m = curve.counts();
            // 2 ns after the window's start the IRF has ended: a pure exponential over the next 2 ns
            int from = (int) Math.round(2 / curve.channelWidthNs());
            int to = from + (int) Math.round(2 / curve.channelWidthNs());
            double slope = (Math.log(m[to] - curve.background()) - Math.log(m[from] - curve.background()))
                    / ((to - from) * curve.channelWidthNs());
            assertEquals(-1 / tau, slope, 1e-6 / tau, "tau " + tau);
        }
    }

    @Test
    void anotherLifetimeWorsensTheResiduals() {
        FitParameters p = FitParameters.defaults(2);
        FitResult fit = FITTER.fit(WHOLE, PARTICLE.irf(), p, AUTO_END);
        ModelCurve atFit = FITTER.evaluate(WHOLE, PARTICLE.irf(), p.startingAt(fit), AUTO_END);
        FitParameters longer = p.startingAt(fit).withTau(1, FitParameter.free(2 * fit.tauNs()[1], 0, 10));
        ModelCurve off = FITTER.evaluate(WHOLE, PARTICLE.irf(), longer, AUTO_END);
        assertTrue(sumOfSquares(off.residuals()) > 4 * sumOfSquares(atFit.residuals()));
    }

    @Test
    void automaticShiftAndBackgroundStartWhereTheFitStarts() {
        FitParameters p = FitParameters.defaults(1);
        ModelCurve curve = FITTER.evaluate(LEVEL, PARTICLE.irf(), p, AUTO_END);
        assertTrue(curve.ok(), curve.message());
        assertEquals(Backgrounds.decay(LEVEL.counts(), AUTO_END.range().backgroundPercent()), curve.background(), 0);
        // the rise of the data is 0.05 ns after the IRF's: the aligned start shift is near it
        assertEquals(ParticleDecays.SHIFT_NS, curve.shiftNs(), 3 * LEVEL.channelWidthNs());
    }

    @Test
    void unusableValuesGiveTheReasonNotACurve() {
        FitParameters outside = FitParameters.defaults(1).withTau(0, FitParameter.free(20, 0, 10));
        ModelCurve curve = FITTER.evaluate(WHOLE, PARTICLE.irf(), outside, AUTO_END);
        assertFalse(curve.ok());
        assertEquals(FitStatus.INVALID_PARAMETERS, curve.status());
        assertTrue(curve.message().contains("tau1"), curve.message());
        ModelCurve noIrf = FITTER.evaluate(WHOLE, null, FitParameters.defaults(1), AUTO_END);
        assertEquals(FitStatus.INVALID_IRF, noIrf.status());
        assertEquals(0, noIrf.counts().length);
    }

    @Test
    void fixedValuesStayFixedInARealFit() {
        FitParameters p = FitParameters.defaults(2).withTau(1, FitParameter.fixedAt(3.0))
                .withAmplitude(0, FitParameter.fixedAt(0.55)).withShift(FitParameter.fixedAt(0.04));
        for (FitSettings s : List.of(AUTO_END, AUTO_END.withMethod(FitSettings.Method.MAXIMUM_LIKELIHOOD),
                AUTO_END.withWeighting(FitSettings.Weighting.ORIGINAL_UNWEIGHTED))) {
            FitResult r = FITTER.fit(WHOLE, PARTICLE.irf(), p, s);
            assertTrue(r.ok(), s + ": " + r.message());
            assertEquals(3.0, r.tauNs()[1], 0, s.toString());
            assertEquals(0, r.tauStdNs()[1], 0);
            assertEquals(0.04, r.shiftNs(), 1e-15);
            assertEquals(0.55, r.amplitudes()[0], 1e-12, s.toString());
            assertNotEquals(p.tauNs().get(0).start(), r.tauNs()[0], "the free lifetime was fitted");
        }
        // a simulated IRF of fixed width
        FitParameters fwhm = FitParameters.defaults(1).withFwhm(FitParameter.fixedAt(0.25));
        FitResult g = FITTER.fit(LEVEL, null, fwhm, AUTO_END.withSimulatedIrf(true));
        assertTrue(g.ok(), g.message());
        assertEquals(0.25, g.fwhmNs(), 1e-15);
    }

    @Test
    void boundsHoldInARealFit() {
        // the short lifetime is 0.5 ns: bounds below it hold it at the upper one, flagged
        FitParameters p = FitParameters.defaults(2).withTau(0, FitParameter.free(0.25, 0.2, 0.3))
                .withTau(1, FitParameter.free(2, 1, 3.2)).withShift(FitParameter.free(0, -0.02, 0.02));
        for (FitSettings s : List.of(AUTO_END, AUTO_END.withMethod(FitSettings.Method.MAXIMUM_LIKELIHOOD),
                AUTO_END.withWeighting(FitSettings.Weighting.ORIGINAL_UNWEIGHTED))) {
            FitResult r = FITTER.fit(WHOLE, PARTICLE.irf(), p, s);
            assertTrue(r.ok(), r.message());
            assertTrue(r.tauNs()[0] >= 0.2 && r.tauNs()[0] <= 0.3, s + " tau1 " + r.tauNs()[0]);
            assertTrue(r.tauNs()[1] >= 1 && r.tauNs()[1] <= 3.2, s + " tau2 " + r.tauNs()[1]);
            assertTrue(r.shiftNs() >= -0.02 && r.shiftNs() <= 0.02, s + " shift " + r.shiftNs());
            for (double a : r.amplitudes()) {
                assertTrue(a >= 0 && a <= 1, s + " amplitude " + a);
            }
            assertEquals(FitStatus.AT_BOUND, r.status(), s + ": " + r.message());
        }
    }

    private static double sumOfSquares(double[] r) {
        double s = 0;
        for (double v : r) {
            s += Double.isFinite(v) ? v * v : 0;
        }
        return s;
    }

    /** Each value within {@code relative} of the expected one (relative to the largest for values near 0). */
    private static void assertClose(double[] expected, double[] actual, double relative, String label) {
        assertEquals(expected.length, actual.length, label + " length");
        double scale = 0;
        for (double v : expected) {
            scale = Math.max(scale, Double.isFinite(v) ? Math.abs(v) : 0);
        }
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertTrue(Double.isNaN(actual[i]), label + " channel " + i);
                continue;
            }
            double tolerance = relative * Math.max(Math.abs(expected[i]), 1e-6 * scale);
            assertEquals(expected[i], actual[i], tolerance, label + " channel " + i);
        }
    }
}
