package org.fullsms.runtime;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.model.MicroTimes;
import org.fullsms.model.Particle;

/**
 * The dataset-wide decay channel grid: one channel width, TCSPC channels from 0 to the larger of 25 ns and the
 * largest channel of all the particles, so every decay lines up ({@link HistogramBinning#ofChannels}).
 */
public final class DecayBinning {

    /** A particle's channel width (ns) and largest micro-time channel. */
    private record Largest(double widthNs, int channel) {
    }

    private DecayBinning() {
    }

    /**
     * Reads each particle's photons once (releasing them again when they were not loaded before), on all cores: a
     * file's particles are read one after the other otherwise, while the other cores wait. Particles whose photons
     * cannot be read are left out: they fail on their own, the others still get a grid.
     *
     * @throws IOException also when the grid would exceed {@link HistogramBinning#MAX_DECAY_CHANNELS}
     */
    public static HistogramBinning of(List<Particle> particles) throws IOException {
        List<ParticleBatch.Outcome<Particle, Largest>> outcomes = ParticleBatch.run("Decay channel grid", particles,
                (p, monitor) -> largest(p, Double.NaN), ParticleBatch.defaultThreads(), new NullProgressMonitor());
        // The grid has the first particle's width; the channels of a particle of another width are counted on it.
        double width = outcomes.stream().filter(o -> o.ok() && o.value() != null).mapToDouble(o -> o.value().widthNs())
                .findFirst().orElse(Double.NaN);
        int max = MicroTimes.NO_CHANNEL;
        String firstFailure = null;
        for (ParticleBatch.Outcome<Particle, Largest> o : outcomes) {
            Largest largest = o.value();
            if (!o.ok()) {
                firstFailure = firstFailure == null ? o.error() : firstFailure;
            } else if (largest != null) {
                if (largest.widthNs() != width) {
                    try {
                        largest = largest(o.item(), width);
                    } catch (IOException e) {
                        firstFailure = firstFailure == null ? e.getMessage() : firstFailure;
                        continue;
                    }
                }
                max = Math.max(max, largest.channel());
            }
        }
        if (max == MicroTimes.NO_CHANNEL) {
            throw new IOException("no particle has photons with micro times to build decay histograms from"
                    + (firstFailure != null ? " (" + firstFailure + ")"
                            : " (the micro times are missing or not numbers; T2 data, time tags only, have none:"
                                    + " record in T3 mode for lifetimes)"));
        }
        try {
            return HistogramBinning.ofChannels(width, max);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage() + "; give a larger channel width", e);
        }
    }

    /**
     * The particle's width and largest channel on channels of {@code width} (NaN: its own); null for a particle
     * without photons or with an error.
     */
    private static Largest largest(Particle p, double width) throws IOException {
        if (p.error().isPresent() || p.photonCount() == 0) {
            return null;
        }
        return TransientPhotons.read(p, q -> {
            MicroTimes micro = q.photons().micro();
            double own = q.channelWidth().ns();
            double on = Double.isNaN(width) ? own : width;
            int max = MicroTimes.NO_CHANNEL;
            for (int i = 0; i < micro.size(); i++) {
                max = Math.max(max, micro.channelOn(i, on));
            }
            return new Largest(own, max);
        });
    }
}
