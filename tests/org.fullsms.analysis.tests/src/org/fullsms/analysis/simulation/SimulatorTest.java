package org.fullsms.analysis.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.junit.jupiter.api.Test;


/** The simulator against its own truth. Statistical tolerances are stated at each check. */
class SimulatorTest {

    private final Simulator simulator = new Simulator();

    @Test
    void sameSeedSameOutputOtherSeedOtherOutput() throws IOException {
        SimulationParameters a = SimulationParameters.builder().particles(2).durationS(3).seed(5).secondChannel(true)
                .build();
        Photons p1 = simulator.run(a, null).dataset().particles().get(1).photons();
        Photons p2 = simulator.run(a, null).dataset().particles().get(1).photons();
        assertArrayEquals(p1.absoluteNs(), p2.absoluteNs());
        assertArrayEquals(p1.micro().toNs(), p2.micro().toNs(), 0.0);
        SimulationParameters b = SimulationParameters.builder().particles(2).durationS(3).seed(6).secondChannel(true)
                .build();
        Photons p3 = simulator.run(b, null).dataset().particles().get(1).photons();
        assertFalse(p3.size() == p1.size() && java.util.Arrays.equals(p3.absoluteNs(), p1.absoluteNs()));
    }

    @Test
    void levelsAndChangePointsMatchThePhotons() throws IOException {
        SimulationParameters p = SimulationParameters.builder().durationS(20).seed(11).stateCount(4).exponentials(3)
                .secondChannel(true).build();
        SimulationResult r = simulator.run(p, null);
        ParticleTruth t = r.truth().particles().get(0);
        Particle particle = r.dataset().particles().get(0);
        long[] abs = particle.photons().absoluteNs();
        long[] abs2 = particle.secondary().orElseThrow().photons().absoluteNs();
        assertEquals(abs.length, t.photons());
        assertEquals(abs2.length, t.photons2());
        int sum = 0;
        int sum2 = 0;
        for (int k = 0; k < t.levels().size(); k++) {
            LevelTruth l = t.levels().get(k);
            assertEquals(sum, l.firstPhoton());
            assertEquals(sum2, l.firstPhoton2());
            if (k > 0) {
                assertEquals(l.firstPhoton(), t.changePoints()[k - 1]);
                assertEquals(l.firstPhoton2(), t.changePoints2()[k - 1]);
                assertEquals(t.levels().get(k - 1).endNs(), l.startNs());
                assertTrue(l.state() != t.levels().get(k - 1).state(), "a level changes state");
            }
            // a photon belongs to the pulse its generation time falls in: abs lies within one period (25 ns)
            for (int i = l.firstPhoton(); i < l.firstPhoton() + l.photons(); i++) {
                assertTrue(abs[i] >= l.startNs() - 25 && abs[i] <= l.endNs() + 25, "photon " + i + " in level " + k);
            }
            sum += l.photons();
            sum2 += l.photons2();
        }
        assertEquals(abs.length, sum);
        assertEquals(abs2.length, sum2);
        assertEquals(20_000_000_000L, t.levels().get(t.levels().size() - 1).endNs());
    }

    @Test
    void intensitiesAndLifetimesAreThoseOfTheStates() throws IOException {
        List<EmitterState> states = List.of(EmitterState.single(5_000, 1.0), EmitterState.single(15_000, 3.0));
        SimulationParameters p = SimulationParameters.builder().durationS(40).seed(3).states(states)
                .backgroundCps(0).irf(Irf.gaussian(2, 0.05)).build();
        SimulationResult r = simulator.run(p, null);
        Photons ph = r.dataset().particles().get(0).photons();
        double[] photons = new double[2];
        double[] seconds = new double[2];
        double[] microSum = new double[2];
        for (LevelTruth l : r.truth().particles().get(0).levels()) {
            photons[l.state()] += l.photons();
            seconds[l.state()] += (l.endNs() - l.startNs()) / 1e9;
            for (int i = l.firstPhoton(); i < l.firstPhoton() + l.photons(); i++) {
                microSum[l.state()] += ph.micro().ns(i);
            }
        }
        for (int s = 0; s < 2; s++) {
            double rate = photons[s] / seconds[s];
            // Poisson counting error over >= ~10 s is < 1 %; dead-time loss (100 ns) is < 0.2 %: 3 % tolerance
            assertEquals(states.get(s).intensityCps(), rate, 0.03 * states.get(s).intensityCps(), "state " + s);
            // mean micro time = IRF peak + tau (channel flooring lowers it by half a channel, 0.006 ns): 3 %
            double tau = microSum[s] / photons[s] - 2 + TestConstants.HALF_CHANNEL;
            assertEquals(states.get(s).lifetimesNs()[0], tau, 0.03 * states.get(s).lifetimesNs()[0], "tau " + s);
        }
    }

    @Test
    void singleEmitterNeverGivesTwoPhotonsInOnePulse() throws IOException {
        SimulationParameters p = SimulationParameters.builder().durationS(20).seed(9).backgroundCps(0)
                .secondChannel(true).states(List.of(EmitterState.single(50_000, 2), EmitterState.single(20_000, 1)))
                .build();
        Particle particle = simulator.run(p, null).dataset().particles().get(0);
        Set<Long> pulses = new HashSet<>();
        long previous = -1;
        for (long t : particle.photons().absoluteNs()) {
            assertTrue(t - previous >= 100 || previous < 0, "dead time kept in channel 1");
            previous = t;
            assertTrue(pulses.add(t / 25), "one photon per pulse");
        }
        for (long t : particle.secondary().orElseThrow().photons().absoluteNs()) {
            assertTrue(pulses.add(t / 25), "no coincidence across the splitter in one pulse");
        }
        double share = particle.secondary().get().photonCount()
                / (double) (particle.photonCount() + particle.secondary().get().photonCount());
        // 50/50 splitter with ~7e5 photons: binomial sd 0.0006; 0.01 tolerance
        assertEquals(0.5, share, 0.01);
    }

    @Test
    void powerLawDwellStaysWithinItsCuts() {
        DwellTimes d = DwellTimes.powerLaw(1.6, 1e-3, 5);
        SplittableRandom rng = new SplittableRandom(1);
        int below10ms = 0;
        for (int i = 0; i < 100_000; i++) {
            double t = d.sample(rng);
            assertTrue(t >= 1e-3 && t <= 5);
            below10ms += t < 1e-2 ? 1 : 0;
        }
        // P(t < 10 ms) = (1 - 10^-0.6) / (1 - 5000^-0.6) = 0.7525; binomial sd 0.0014: tolerance 0.01
        assertEquals(0.7525, below10ms / 100_000.0, 0.01);
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SimulationParameters.builder().stateCount(5).build());
        assertThrows(IllegalArgumentException.class, () -> SimulationParameters.builder().exponentials(4).build());
        assertThrows(IllegalArgumentException.class, () -> SimulationParameters.builder().deadTimeNs(0).build());
        assertThrows(IllegalArgumentException.class, () -> SimulationParameters.builder().pulsePeriodNs(10).build());
        assertThrows(IllegalArgumentException.class,
                () -> new EmitterState(1000, new double[] { 1, 2 }, new double[] { 0.5, 0.6 }));
    }
}
