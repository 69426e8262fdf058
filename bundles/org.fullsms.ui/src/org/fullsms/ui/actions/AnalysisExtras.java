package org.fullsms.ui.actions;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.runtime.DecayBinning;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * What the workbench keeps beside the analysis state: the loaded IRF and the decay channel grid of each dataset,
 * and the counted correlograms, so that g² can be re-binned without recounting. Weak keys: a closed dataset's
 * entries go with it. Thread-safe.
 */
public final class AnalysisExtras {

    private final Map<AnalysisSession, Irf> irfs = new WeakHashMap<>();
    private final Map<AnalysisSession, HistogramBinning> binnings = new WeakHashMap<>();
    private final Map<ParticleAnalysis, Correlogram> correlograms = new WeakHashMap<>();

    public synchronized Optional<Irf> irf(AnalysisSession session) {
        return Optional.ofNullable(irfs.get(session));
    }

    /** @param irf the measured IRF, or null to fit with a simulated one */
    public synchronized void setIrf(AnalysisSession session, Irf irf) {
        if (irf == null) {
            irfs.remove(session);
        } else {
            irfs.put(session, irf);
        }
    }

    /** The dataset's decay grid (computed once; reads every particle's micro times the first time). */
    public HistogramBinning binning(AnalysisSession session) throws IOException {
        synchronized (this) {
            HistogramBinning b = binnings.get(session);
            if (b != null) {
                return b;
            }
        }
        HistogramBinning b = DecayBinning.of(session.dataset().allParticles());
        synchronized (this) {
            binnings.putIfAbsent(session, b);
            return binnings.get(session);
        }
    }

    public synchronized Optional<Correlogram> correlogram(ParticleAnalysis particle) {
        return Optional.ofNullable(correlograms.get(particle));
    }

    public synchronized void setCorrelogram(ParticleAnalysis particle, Correlogram correlogram) {
        correlograms.put(particle, correlogram);
    }
}
