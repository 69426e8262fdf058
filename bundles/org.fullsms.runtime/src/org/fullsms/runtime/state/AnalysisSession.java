package org.fullsms.runtime.state;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.runtime.DecayBinning;

/**
 * The analysis of one open dataset: a {@link ParticleAnalysis} per particle (second channels included), the
 * global grouping, the lifetime setup (decay channel grid, measured IRF, how the lifetimes were fitted), the level
 * filters and intensity normalisation, and listeners told of every change. The workbench, the command line and session files all keep their analysis
 * here. Thread-safe.
 */
public final class AnalysisSession {

    /** Which part of the analysis changed. */
    public enum Aspect {
        SELECTION, DISPLAY, ROI, LEVELS, GROUPING, FITS, CORRELATION,
        /** A result of an extension analysis. */
        EXTENSIONS, LIFETIME_SETUP,
        /** The measured IRF chosen for the next fits: a session stores it only once fits use it (the setup). */
        IRF,
        /** The level filters or the intensity normalisation ({@link AnalysisSession#filtering()}). */
        FILTERING;

        /** Whether a session file stores this part, so that a change of it is unsaved work. */
        public boolean saved() {
            return this != IRF;
        }
    }

    /** A change: {@code particle} is null for dataset-wide changes (global grouping, lifetime setup). */
    public record Change(AnalysisSession session, ParticleAnalysis particle, Aspect aspect) {
    }

    private final Dataset dataset;
    private final Map<Particle, ParticleAnalysis> particles = new LinkedHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private volatile GlobalGroupingResult globalGrouping;
    private volatile List<ParticleAnalysis> globalMembers = List.of();
    private LifetimeSetup lifetimeSetup;
    private Irf irf;
    private HistogramBinning decayBinning;
    private LevelFiltering filtering = LevelFiltering.NONE;

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

    /** How the dataset's lifetimes were last fitted (or the setup of the session file it was opened with). */
    public synchronized Optional<LifetimeSetup> lifetimeSetup() {
        return Optional.ofNullable(lifetimeSetup);
    }

    /**
     * Records how the dataset's lifetimes were fitted (the last fit wins). Its channel grid and measured IRF become
     * the dataset's, so decays and exports are built as they were fitted.
     */
    public void setLifetimeSetup(LifetimeSetup setup) {
        synchronized (this) {
            lifetimeSetup = setup;
            if (setup.binning() != null) {
                decayBinning = setup.binning();
            }
            if (setup.irf() != null) {
                irf = setup.irf();
            }
        }
        fire(null, Aspect.LIFETIME_SETUP);
    }

    /**
     * Lets the dataset's decays start at another channel of the grid (the original's "Set decay startpoint"): every
     * decay histogram, fit window, IRF placement and exported decay then begins there. The fits made on the old
     * grid no longer match its channels and are removed; a lifetime setup records the new grid, so a saved session
     * keeps it.
     */
    public void setDecayBinning(HistogramBinning binning) {
        synchronized (this) {
            decayBinning = binning;
            if (lifetimeSetup != null) {
                lifetimeSetup = new LifetimeSetup(lifetimeSetup.parameters(), lifetimeSetup.settings(), binning,
                        lifetimeSetup.irf(), lifetimeSetup.dialog());
            }
        }
        for (ParticleAnalysis p : particles.values()) {
            p.removeFits();
        }
        fire(null, Aspect.LIFETIME_SETUP);
    }

    /**
     * The measured IRF the next fits use; empty for a simulated IRF. Apart from the setup's, because it is chosen
     * before fitting, while the setup says what the fits were made with.
     */
    public synchronized Optional<Irf> irf() {
        return Optional.ofNullable(irf);
    }

    /** @param value the measured IRF, or null to fit with a simulated one */
    public void setIrf(Irf value) {
        synchronized (this) {
            irf = value;
        }
        fire(null, Aspect.IRF);
    }

    /**
     * The dataset's decay channel grid: the lifetime setup's, else computed once from all particles (which reads
     * every particle's micro times the first time).
     */
    public HistogramBinning decayBinning() throws IOException {
        synchronized (this) {
            if (decayBinning != null) {
                return decayBinning;
            }
        }
        HistogramBinning computed = DecayBinning.of(dataset.allParticles()); // outside the lock: slow
        synchronized (this) {
            if (decayBinning == null) {
                decayBinning = computed;
            }
            return decayBinning;
        }
    }

    /** The level filters and the applied intensity normalisation; {@link LevelFiltering#NONE} until set. */
    public synchronized LevelFiltering filtering() {
        return filtering;
    }

    public void setFiltering(LevelFiltering value) {
        Objects.requireNonNull(value, "filtering");
        synchronized (this) {
            filtering = value;
        }
        fire(null, Aspect.FILTERING);
    }

    /**
     * Forgets the normalised intensities of a particle whose levels, grouping or fits changed: the line's
     * intensities belong to the levels and lifetimes it was applied to.
     */
    private void forgetNormalisation(ParticleAnalysis particle) {
        String name = particle.particle().name();
        synchronized (this) {
            if (filtering.normalisation() == null || !filtering.normalisation().covers(name)) {
                return;
            }
            filtering = filtering.withNormalisation(filtering.normalisation().without(name));
        }
        fire(null, Aspect.FILTERING);
    }

    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    void fire(ParticleAnalysis particle, Aspect aspect) {
        if (particle != null && (aspect == Aspect.LEVELS || aspect == Aspect.GROUPING || aspect == Aspect.FITS)) {
            forgetNormalisation(particle);
        }
        Change change = new Change(this, particle, aspect);
        for (Consumer<Change> l : listeners) {
            l.accept(change);
        }
    }
}
