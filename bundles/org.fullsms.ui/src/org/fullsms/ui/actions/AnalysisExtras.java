package org.fullsms.ui.actions;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * What the workbench keeps beside the analysis state: the counted correlograms, so that g² can be re-binned without
 * recounting (a screen cache, neither exported nor saved; the lifetime setup is in the analysis state). Weak keys:
 * a closed dataset's entries go with it. Thread-safe.
 */
public final class AnalysisExtras {

    private final Map<ParticleAnalysis, Correlogram> correlograms = new WeakHashMap<>();

    public synchronized Optional<Correlogram> correlogram(ParticleAnalysis particle) {
        return Optional.ofNullable(correlograms.get(particle));
    }

    public synchronized void setCorrelogram(ParticleAnalysis particle, Correlogram correlogram) {
        correlograms.put(particle, correlogram);
    }
}
