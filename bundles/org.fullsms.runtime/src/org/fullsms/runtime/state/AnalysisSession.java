package org.fullsms.runtime.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;

/**
 * The analysis of one open dataset: a {@link ParticleAnalysis} per particle (second channels included), the
 * global grouping, and listeners told of every change. Thread-safe.
 */
public final class AnalysisSession {

    /** Which part of a particle's analysis changed. */
    public enum Aspect {
        SELECTION, DISPLAY, ROI, LEVELS, GROUPING, FITS, CORRELATION
    }

    /** A change: {@code particle} is null for dataset-wide changes (global grouping). */
    public record Change(AnalysisSession session, ParticleAnalysis particle, Aspect aspect) {
    }

    private final Dataset dataset;
    private final Map<Particle, ParticleAnalysis> particles = new LinkedHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private volatile GlobalGroupingResult globalGrouping;
    private volatile List<ParticleAnalysis> globalMembers = List.of();

    public AnalysisSession(Dataset dataset) {
        this.dataset = dataset;
        for (Particle p : dataset.allParticles()) {
            particles.put(p, new ParticleAnalysis(p, this));
        }
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Every particle in navigator order (primary, then its "_2"). */
    public List<ParticleAnalysis> particles() {
        return List.copyOf(particles.values());
    }

    public ParticleAnalysis of(Particle particle) {
        ParticleAnalysis a = particles.get(particle);
        if (a == null) {
            throw new IllegalArgumentException(particle.name() + " is not in " + dataset.source().orElse(null));
        }
        return a;
    }

    public List<ParticleAnalysis> selected() {
        List<ParticleAnalysis> result = new ArrayList<>();
        for (ParticleAnalysis a : particles.values()) {
            if (a.isSelected()) {
                result.add(a);
            }
        }
        return result;
    }

    public GlobalGroupingResult globalGrouping() {
        return globalGrouping;
    }

    /** The particles of the global grouping, in the order of its {@code particleOffsets}. */
    public List<ParticleAnalysis> globalMembers() {
        return globalMembers;
    }

    public void setGlobalGrouping(GlobalGroupingResult result, List<ParticleAnalysis> members) {
        globalGrouping = result;
        globalMembers = List.copyOf(members);
        fire(null, Aspect.GROUPING);
    }

    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    void fire(ParticleAnalysis particle, Aspect aspect) {
        Change change = new Change(this, particle, aspect);
        for (Consumer<Change> l : listeners) {
            l.accept(change);
        }
    }
}
