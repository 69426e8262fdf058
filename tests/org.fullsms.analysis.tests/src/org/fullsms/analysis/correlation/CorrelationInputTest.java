package org.fullsms.analysis.correlation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input gives a clear message, never a silent answer. */
class CorrelationInputTest {

    private static final CorrelationAnalysis ENGINE = new CorrelationAnalysis();
    private static final long[] ABS = { 10, 20, 30 };
    private static final double[] MICRO = { 0.1, 0.2, 0.3 };

    @Test
    void oneChannelOnly() {
        expect("needs two channels", () -> ENGINE.correlate(
                TwoChannelPhotons.of("Particle 3", ABS, MICRO, null, null), CorrelationParameters.defaults()));
        expect("Particle 3", () -> ENGINE.correlate(
                TwoChannelPhotons.of("Particle 3", ABS, MICRO, null, null), CorrelationParameters.defaults()));
    }

    @Test
    void emptyChannel() {
        expect("channel 2 has no photons", () -> ENGINE.correlate(
                TwoChannelPhotons.of("p", ABS, MICRO, new long[0], new double[0]), CorrelationParameters.defaults()));
        expect("channel 1 has no photons", () -> ENGINE.correlate(
                TwoChannelPhotons.of("p", new long[0], new double[0], ABS, MICRO), CorrelationParameters.defaults()));
    }

    @Test
    void badTimes() {
        expect("micro time of photon 1 is NaN", () -> ENGINE.correlate(
                TwoChannelPhotons.of("p", ABS, new double[] { 0, Double.NaN, 0 }, ABS, MICRO),
                CorrelationParameters.defaults()));
        expect("3 absolute times but 2 micro times", () -> ENGINE.correlate(
                TwoChannelPhotons.of("p", ABS, MICRO, ABS, new double[2]), CorrelationParameters.defaults()));
        expect("duration must be > 0", () -> ENGINE.correlate(
                new TwoChannelPhotons("p", ABS, MICRO, ABS, MICRO, -1), CorrelationParameters.defaults()));
        expect("duration for the uncorrelated level is 0", () -> ENGINE.correlate(
                TwoChannelPhotons.of("p", new long[] { 5 }, new double[1], new long[] { 5 }, new double[1]),
                CorrelationParameters.defaults()));
    }

    @Test
    void badParameters() {
        expect("window (0.4 ns) must be at least one bin (0.5 ns)", () -> CorrelationParameters.of(0.4, 0.5, 0));
        expect("bin must be a finite number > 0", () -> CorrelationParameters.of(500, 0, 0));
        expect("bin must be a finite number > 0", () -> CorrelationParameters.of(500, -1, 0));
        expect("bin must be a finite number > 0 ns, got NaN", () -> CorrelationParameters.of(500, Double.NaN, 0));
        expect("window must be a finite number", () -> CorrelationParameters.of(Double.NaN, 0.5, 0));
        expect("difftime must be a finite number", () -> CorrelationParameters.of(500, 0.5, Double.NaN));
        expect("1.5 × the period", () -> CorrelationParameters.defaults().withWindowNs(60).withPeriodNs(50));
        expect("background of channel 2", () -> CorrelationParameters.defaults().withBackgroundCps(0, -1));
    }

    @Test
    void backgroundAboveTheCountRate() {
        // 3 photons in ~20 ns is 1.5e8 counts/s; a background of 1e9 counts/s cannot be subtracted.
        Correlogram c = ENGINE.correlate(TwoChannelPhotons.of("p", ABS, MICRO, ABS, MICRO),
                CorrelationParameters.defaults());
        expect("not below the count rate", () -> ENGINE.evaluate(c,
                CorrelationParameters.defaults().withBackgroundCps(1e9, 0)));
        expect("difftime changed", () -> ENGINE.evaluate(c, CorrelationParameters.of(500, 0.5, 1)));
    }

    private static void expect(String fragment, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' should say '" + fragment + "'");
    }
}
