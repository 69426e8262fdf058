package org.fullsms.runtime;

import java.io.IOException;
import java.util.List;

import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.model.MicroTimes;
import org.fullsms.model.Particle;

/**
 * The dataset-wide decay channel grid: one channel width, TCSPC channels from 0 to the larger of 25 ns and the
 * largest channel of all the particles, so every decay lines up ({@link HistogramBinning#ofChannels}).
 */
public final class DecayBinning {

    private DecayBinning() {
    }

    /**
     * Reads each particle's photons once (releasing them again when they were not loaded before). Particles
     * whose photons cannot be read are left out: they fail on their own, the others still get a grid.
     *
     * @throws IOException also when the grid would exceed {@link HistogramBinning#MAX_DECAY_CHANNELS}
     */
    public static HistogramBinning of(List<Particle> particles) throws IOException {
        int max = MicroTimes.NO_CHANNEL;
        double width = Double.NaN;
        IOException firstFailure = null;
        for (Particle p : particles) {
            if (p.error().isPresent() || p.photonCount() == 0) {
                continue;
            }
            boolean wasLoaded = p.arePhotonsLoaded();
            try {
                MicroTimes micro = p.photons().micro();
                if (Double.isNaN(width)) {
                    width = p.channelWidth().ns();
                }
                for (int i = 0; i < micro.size(); i++) {
                    int k = micro.channelOn(i, width);
                    max = Math.max(max, k);
                }
            } catch (IOException e) {
                firstFailure = firstFailure == null ? e : firstFailure;
            } finally {
                if (!wasLoaded) {
                    p.releasePhotons();
                }
            }
        }
        if (max == MicroTimes.NO_CHANNEL) {
            throw new IOException("no particle has photons with micro times to build decay histograms from"
                    + (firstFailure != null ? " (" + firstFailure.getMessage() + ")"
                            : " (the micro times are missing or not numbers; T2 data, time tags only, have none:"
                                    + " record in T3 mode for lifetimes)"));
        }
        try {
            return HistogramBinning.ofChannels(width, max);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage() + "; give a larger channel width", e);
        }
    }
}
