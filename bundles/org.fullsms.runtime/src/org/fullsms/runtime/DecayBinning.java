package org.fullsms.runtime;

import java.io.IOException;
import java.util.List;

import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.model.Particle;

/**
 * The dataset-wide decay channel grid (REFERENCE §5): one channel width, micro-time axis from the smallest micro
 * time of all the particles to the larger of 25 ns and the largest one, so every decay lines up.
 */
public final class DecayBinning {

    private DecayBinning() {
    }

    /**
     * Reads each particle's photons once (releasing them again when they were not loaded before); particles whose
     * photons cannot be read are left out.
     */
    public static HistogramBinning of(List<Particle> particles) throws IOException {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double width = Double.NaN;
        for (Particle p : particles) {
            if (p.error().isPresent() || p.photonCount() == 0) {
                continue;
            }
            boolean wasLoaded = p.arePhotonsLoaded();
            double[] micro;
            try {
                micro = p.photons().microNs();
            } catch (IOException e) {
                continue; // unreadable photons: that particle's stages fail on their own, the grid needs the others
            }
            for (double t : micro) {
                if (Double.isFinite(t)) {
                    min = Math.min(min, t);
                    max = Math.max(max, t);
                }
            }
            if (Double.isNaN(width)) {
                width = p.channelWidth().ns();
            }
            if (!wasLoaded) {
                p.releasePhotons();
            }
        }
        if (Double.isNaN(width)) {
            throw new IOException("no particle has photons with micro times to build decay histograms from");
        }
        return new HistogramBinning(width, min, Math.max(HistogramBinning.DEFAULT_T_MAX_NS, max));
    }
}
