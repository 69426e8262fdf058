package org.fullsms.analysis.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates one particle's photons. Emitter and background photons arrive as a Poisson process whose rate
 * follows the level; each is assigned to the laser pulse it follows. A single emitter gives at most one photon
 * per pulse (a second one in the same pulse is dropped: antibunching, also across the two cards). Emitter micro
 * times are an exponential component drawn by intensity fraction plus an IRF delay; background micro times are
 * flat. Micro times are quantised to whole channels (so they are exact in binary for the default width) and
 * photons outside the window are lost. Each card then drops photons within its dead time, which keeps absolute
 * times strictly increasing.
 */
final class ParticleGenerator {

    /** Both channels' photons and the levels, as generated. */
    record Output(PhotonBuffer ch1, PhotonBuffer ch2, List<LevelTruth> levels) {
    }

    private final SimulationParameters p;
    private final SplittableRandom rng;
    private final Irf.Sampler irf;

    ParticleGenerator(SimulationParameters p, SplittableRandom rng) {
        this.p = p;
        this.rng = rng;
        this.irf = p.irf().sampler();
    }

    Output generate(List<EmitterState> states) {
        double durationNs = p.durationS() * 1e9;
        double maxRate = p.backgroundCps();
        for (EmitterState s : states) {
            maxRate = Math.max(maxRate, s.intensityCps() + p.backgroundCps());
        }
        int capacity = (int) Math.min(Integer.MAX_VALUE - 16, maxRate * p.durationS() * 1.1 + 16);
        PhotonBuffer ch1 = new PhotonBuffer(p.secondChannel() ? capacity / 2 : capacity);
        PhotonBuffer ch2 = new PhotonBuffer(p.secondChannel() ? capacity / 2 : 0);
        List<LevelTruth> levels = new ArrayList<>();
        long delayChannels = Math.round(p.channel2DelayNs() / p.channelWidthNs());
        long lastEmitterPulse = -1;
        double t = 0;
        int state = rng.nextInt(states.size());
        while (t < durationNs) {
            double end = Math.min(durationNs, t + p.dwell().sample(rng) * 1e9);
            int first1 = ch1.size();
            int first2 = ch2.size();
            EmitterState s = states.get(state);
            double[] fractions = s.intensityFractions();
            double rate = (s.intensityCps() + p.backgroundCps()) / 1e9; // per ns
            double emitterShare = rate == 0 ? 0 : s.intensityCps() / 1e9 / rate;
            double clock = t;
            while (rate > 0) {
                clock += rng.nextExponential() / rate;
                if (clock >= end) {
                    break;
                }
                long pulse = (long) (clock / p.pulsePeriodNs());
                double micro;
                if (rng.nextDouble() < emitterShare) {
                    if (pulse == lastEmitterPulse) {
                        continue; // one excitation, one photon
                    }
                    lastEmitterPulse = pulse;
                    micro = decay(s, fractions) + irf.sample(rng);
                    micro -= Math.floor(micro / p.pulsePeriodNs()) * p.pulsePeriodNs(); // late tail wraps
                } else {
                    micro = rng.nextDouble() * p.windowNs();
                }
                boolean second = p.secondChannel() && rng.nextBoolean();
                long channel = (long) Math.floor(micro / p.channelWidthNs()) + (second ? delayChannels : 0);
                if (channel < 0 || channel >= p.channels()) {
                    continue; // outside the TCSPC window
                }
                double q = channel * p.channelWidthNs();
                long abs = (long) Math.floor(pulse * p.pulsePeriodNs() + q);
                PhotonBuffer target = second ? ch2 : ch1;
                if (abs < target.lastAbs() + (long) Math.ceil(p.deadTimeNs())) {
                    continue; // the card is still dead
                }
                target.add(abs, q);
            }
            levels.add(new LevelTruth(state, Math.round(t), Math.round(end), first1, ch1.size() - first1, first2,
                    ch2.size() - first2, s.intensityCps()));
            t = end;
            if (states.size() > 1) {
                int next = rng.nextInt(states.size() - 1);
                state = next >= state ? next + 1 : next;
            }
        }
        return new Output(ch1, ch2, levels);
    }

    private double decay(EmitterState s, double[] fractions) {
        double[] tau = s.lifetimesNs();
        if (tau.length == 1) {
            return tau[0] * rng.nextExponential();
        }
        double u = rng.nextDouble();
        int k = 0;
        while (k < tau.length - 1 && u >= fractions[k]) {
            u -= fractions[k];
            k++;
        }
        return tau[k] * rng.nextExponential();
    }
}
