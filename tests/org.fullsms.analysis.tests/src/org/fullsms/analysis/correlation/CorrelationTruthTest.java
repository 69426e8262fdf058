package org.fullsms.analysis.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Truth: streams with known g²(0) (seeded simulations and the reference cases' generating parameters).
 * "Within kσ" uses the error the engine itself reports; each check also bounds that error so a test with a
 * huge error cannot pass by default.
 */
class CorrelationTruthTest {

    private static final CorrelationAnalysis ENGINE = new CorrelationAnalysis();
    private static final double BACKGROUND_CPS = 300;

    @Test
    void pulsedSingleEmitterIsAntibunched() {
        TwoChannelPhotons photons = PhotonSimulator.pulsed(11, 1, 50, 0.005, 3, BACKGROUND_CPS, 1e9);
        CorrelationResult r = ENGINE.run(photons, pulsed(50), null);
        assertTrue(r.g2Zero() + 3 * r.g2ZeroErr() < 0.5, "g²(0) + 3σ < 0.5: " + r.g2Zero() + " ± " + r.g2ZeroErr());
        assertWithin(0, r.g2Zero(), r.g2ZeroErr(), 0.05, "peak-area g²(0), truth 0");
        G2Fit fit = r.fit();
        assertTrue(fit.converged(), fit.message());
        assertWithin(0, fit.g0(), fit.g0Err(), 0.05, "fitted g0, truth 0");
        assertWithin(3.0, fit.tauNs(), fit.tauErrNs(), 0.3, "fitted peak decay = lifetime 3 ns");
    }

    @Test
    void pulsedTwoEmittersGiveOneHalf() {
        TwoChannelPhotons photons = PhotonSimulator.pulsed(12, 2, 50, 0.005, 3, BACKGROUND_CPS, 1e9);
        CorrelationResult r = ENGINE.run(photons, pulsed(50), null);
        assertWithin(0.5, r.g2Zero(), r.g2ZeroErr(), 0.05, "peak-area g²(0), truth 1 − 1/2");
        assertWithin(0.5, r.fit().g0(), r.fit().g0Err(), 0.05, "fitted g0, truth 1 − 1/2");
    }

    @Test
    void cwSingleEmitterDip() {
        // k_exc = 0.02/ns, τ = 3 ns: τ_a = 1/(k_exc + 1/τ) = 2.830 ns.
        TwoChannelPhotons photons = PhotonSimulator.cw(13, 1, 0.02, 3, 0.05, BACKGROUND_CPS, 2e8);
        CorrelationResult r = ENGINE.run(photons, CorrelationParameters.defaults()
                .withBackgroundCps(BACKGROUND_CPS, BACKGROUND_CPS), null);
        G2Fit fit = r.fit();
        assertTrue(fit.converged(), fit.message());
        assertTrue(fit.g0() + 3 * fit.g0Err() < 0.5, "fitted g0 + 3σ < 0.5: " + fit.g0() + " ± " + fit.g0Err());
        assertWithin(1 / (0.02 + 1 / 3.0), fit.tauNs(), fit.tauErrNs(), 0.6, "τ_a");
        assertWithin(1, fit.amplitude(), fit.amplitudeErr(), 0.02, "plateau");
        assertTrue(r.g2Zero() < 0.5, "zero bin " + r.g2Zero());
    }

    @Test
    void cwTwoEmittersGiveOneHalf() {
        TwoChannelPhotons photons = PhotonSimulator.cw(14, 2, 0.02, 3, 0.05, BACKGROUND_CPS, 2e8);
        CorrelationResult r = ENGINE.run(photons, CorrelationParameters.defaults(), null);
        assertWithin(0.5, r.fit().g0(), r.fit().g0Err(), 0.1, "fitted g0, truth 1 − 1/2");
    }

    /**
     * Reference pulsed cases (single emitters, at most one photon per pulse, so signal g²(0) = 0): the raw
     * peak-area ratio equals 1 − ρ1ρ2 (ρ the signal fraction per channel), the background-corrected one 0.
     */
    @ParameterizedTest
    @ValueSource(strings = { "ab01_pulsed_N1e4", "ab03_pulsed_N1e5", "ab04_pulsed_N3e5", "ab05_pulsed_N1e6",
            "ab07_pulsed_25ns_delay3_N1e5", "ab10_pulsed_veryhighbg_N1e5", "ab12_pulsed_highrate_N3e5" })
    void referencePulsedSingleEmitters(String id) throws IOException {
        ReferenceCase ref = ReferenceCase.load(id);
        double background = ref.param("background_cps_per_channel");
        double signal = ref.param("expected_signal_cps") / 2;
        double rho = signal / (signal + background);
        CorrelationParameters params = new CorrelationParameters(500, 0.5, -ref.param("ch2_extra_delay_ns"),
                ref.param("period_ns"), 0, 0, false);
        Correlogram correlogram = ENGINE.correlate(ref.photons(), params);

        CorrelationResult raw = ENGINE.evaluate(correlogram, params);
        assertWithin(1 - rho * rho, raw.g2Zero(), raw.g2ZeroErr(), 0.2, id + " raw g²(0) = 1 − ρ²");

        CorrelationResult corrected = ENGINE.evaluate(correlogram, params.withBackgroundCps(background, background));
        if (rho * rho > 0.01) { // below that the signal drowns (ab10: ρ² = 1.5e-4): g²(0) is undefined or ±huge
            assertWithin(0, corrected.g2Zero(), corrected.g2ZeroErr(), 0.2, id + " corrected g²(0), truth 0");
            assertTrue(corrected.g2Zero() < 0.5, id + " antibunched");
        }
    }

    @Test
    void referenceCwCase() throws IOException {
        ReferenceCase ref = ReferenceCase.load("ab08_cw_N1e5");
        double background = ref.param("background_cps_per_channel");
        double tauA = 1 / (ref.param("k_exc_per_s") * 1e-9 + 1 / ref.param("tau_ns"));
        CorrelationResult r = ENGINE.run(ref.photons(), CorrelationParameters.defaults()
                .withBackgroundCps(background, background), null);
        G2Fit fit = r.fit();
        assertTrue(fit.converged(), fit.message());
        assertWithin(tauA, fit.tauNs(), fit.tauErrNs(), 3, "τ_a of ab08 (only 2305 pairs)");
        assertWithin(0, fit.g0(), fit.g0Err(), 0.2, "g0 of ab08");
    }

    private static CorrelationParameters pulsed(double period) {
        return CorrelationParameters.defaults().withPeriodNs(period).withBackgroundCps(BACKGROUND_CPS, BACKGROUND_CPS);
    }

    /** |value − truth| ≤ 3σ, with σ itself at most {@code maxErr} (so the check can fail). */
    static void assertWithin(double truth, double value, double sigma, double maxErr, String what) {
        assertTrue(sigma > 0 && sigma <= maxErr, what + ": error " + sigma + " not in (0, " + maxErr + "]");
        assertEquals(truth, value, 3 * sigma, what + ": " + value + " ± " + sigma + " vs truth " + truth + " (3σ)");
    }
}
