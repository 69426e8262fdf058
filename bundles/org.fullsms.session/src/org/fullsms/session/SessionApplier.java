package org.fullsms.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fullsms.analysis.correlation.CorrelationAnalysis;
import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.grouping.GroupingAnalysis;
import org.fullsms.analysis.lifetime.LifetimeFitter;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.runtime.extensions.ExtensionRun;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ExtensionResult;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * Restores a {@link SessionDocument} into the {@link AnalysisSession} of a freshly opened dataset. Everything is
 * checked first (every particle named exists, levels lie within its photons, the analysis is still empty), so a
 * session that does not fit changes nothing; then each particle's state is set, in dependency order (levels,
 * bursts, grouping, fits), then the global grouping, the lifetime setup (whose channel grid and measured IRF
 * become the dataset's, so decays and exports are rebuilt as they were fitted) and the level filtering.
 */
public final class SessionApplier {

    /** Current engine versions, to tell the user when saved results come from another version. */
    private static final Map<String, String> ENGINES = Map.of(ChangePointAnalysis.ID, ChangePointAnalysis.VERSION,
            GroupingAnalysis.ID, GroupingAnalysis.VERSION, LifetimeFitter.ID, LifetimeFitter.VERSION,
            CorrelationAnalysis.ID, CorrelationAnalysis.VERSION);

    private static final int LISTED = 5;

    private SessionApplier() {
    }

    /**
     * @return warnings for the user (particles of the file not in the session, results of other engine versions)
     * @throws SessionMismatchException when the document does not fit the dataset; nothing is changed then
     * @throws IllegalStateException    when {@code target} already holds results
     */
    public static List<String> apply(SessionDocument doc, AnalysisSession target) throws SessionMismatchException {
        requireEmpty(target);
        Dataset dataset = target.dataset();
        String file = dataset.source().map(p -> p.getFileName().toString()).orElse("the data");
        List<ParticleAnalysis> analyses = new ArrayList<>();
        for (ParticleState state : doc.particles()) {
            Particle particle = dataset.particle(state.name()).orElseThrow(() -> new SessionMismatchException(
                    "the session does not fit " + file + ": " + state.name() + " is not in the file"));
            check(state, particle, file);
            analyses.add(target.of(particle));
        }
        List<ParticleAnalysis> members = new ArrayList<>();
        if (doc.globalGrouping() != null) {
            for (String name : doc.globalGrouping().members()) {
                members.add(target.of(dataset.particle(name).orElseThrow()));
            }
        }
        for (int i = 0; i < analyses.size(); i++) {
            restore(doc.particles().get(i), analyses.get(i));
        }
        if (doc.globalGrouping() != null) {
            target.setGlobalGrouping(doc.globalGrouping().result(), members);
        }
        if (doc.lifetime() != null) {
            target.setLifetimeSetup(doc.lifetime());
        }
        if (doc.filtering().isSet()) { // last: restoring levels and fits forgets normalised intensities
            target.setFiltering(doc.filtering());
        }
        return warnings(doc, target);
    }

    private static void requireEmpty(AnalysisSession target) {
        if (target.globalGrouping() != null) {
            throw new IllegalStateException("a session is restored into a freshly opened dataset only");
        }
        for (ParticleAnalysis a : target.particles()) {
            if (a.changePoints().isPresent() || !a.fits().isEmpty() || a.correlation().isPresent()
                    || a.roi().isPresent()) {
                throw new IllegalStateException("a session is restored into a freshly opened dataset only ("
                        + a.particle().name() + " is already analysed)");
            }
        }
    }

    /** Levels must index the particle's photons, or exports and fits would read the wrong ones. */
    private static void check(ParticleState state, Particle particle, String file) throws SessionMismatchException {
        long photons = particle.photonCount();
        for (ChangePointResult r : new ChangePointResult[] { state.changePoints(),
                state.burstRemoval() == null ? null : state.burstRemoval().result() }) {
            if (r == null) {
                continue;
            }
            int lastLevel = r.levels().isEmpty() ? -1 : r.levels().get(r.levels().size() - 1).last();
            if (r.numPhotons() > photons || lastLevel >= photons) {
                throw new SessionMismatchException("the session does not fit " + file + ": " + state.name()
                        + " has " + photons + " photons, but its saved levels cover " + r.numPhotons());
            }
        }
    }

    private static void restore(ParticleState s, ParticleAnalysis a) {
        a.setSelected(s.selected());
        a.setBinSizeMs(s.binSizeMs());
        a.setRoi(s.roi());
        a.setChangePoints(s.changePoints());
        if (s.burstRemoval() != null) {
            a.setBurstRemoval(s.burstRemoval());
        }
        a.setGrouping(s.grouping(), s.groupsApplied());
        if (!s.fits().isEmpty()) {
            a.putFits(s.fits());
        }
        a.setCorrelation(s.correlation(), s.counted());
        s.failures().forEach(a::setFailure); // after the results, which clear their stage's failure
        for (ExtensionResult stored : s.extensions()) {
            a.putExtensionResult(decoded(stored));
        }
    }

    /**
     * A stored extension result decoded by its installed engine; kept as stored (JSON only, saved again exactly)
     * when the engine is not installed or cannot read it — {@link #extensionWarnings} says so.
     */
    private static ExtensionResult decoded(ExtensionResult stored) {
        try {
            return ExtensionRun.decode(stored, Extensions.current());
        } catch (RuntimeException e) {
            return stored;
        }
    }

    /**
     * Per extension analysis of the restored session: not installed, another version, or results it cannot read
     * (read from the results as restored, each decoded once).
     */
    private static List<String> extensionWarnings(AnalysisSession target) {
        Map<String, List<ExtensionResult>> byEngine = new LinkedHashMap<>();
        target.particles().forEach(p -> p.extensionResults().values().forEach(r -> byEngine.computeIfAbsent(
                r.engineId(), k -> new ArrayList<>()).add(r)));
        List<String> warnings = new ArrayList<>();
        byEngine.forEach((id, results) -> {
            var engine = Extensions.current().analysis(id);
            if (engine.isEmpty()) {
                warnings.add("the analysis " + id + " is not installed: its results on " + results.size()
                        + " particle(s) are kept in the session but not shown");
                return;
            }
            long unreadable = results.stream().filter(r -> !r.failed() && r.value() == null).count();
            if (unreadable > 0) {
                warnings.add(engine.get().label() + " " + engine.get().version() + " cannot read " + unreadable
                        + " saved result(s) (they are kept as saved; run the analysis again to replace them)");
            }
            results.stream().map(ExtensionResult::engineVersion).distinct()
                    .filter(v -> !v.equals(engine.get().version())).forEach(v -> warnings.add("results of " + id
                            + " " + v + " are shown as saved; the installed version is " + engine.get().version()));
        });
        return warnings;
    }

    private static List<String> warnings(SessionDocument doc, AnalysisSession target) {
        List<String> warnings = new ArrayList<>();
        Set<String> saved = new HashSet<>();
        doc.particles().forEach(p -> saved.add(p.name()));
        List<String> missing = new ArrayList<>();
        for (ParticleAnalysis a : target.particles()) {
            if (!saved.contains(a.particle().name())) {
                missing.add(a.particle().name());
            }
        }
        if (!missing.isEmpty()) {
            warnings.add(missing.size() + " particle(s) of the file are not in the session and stay unanalysed: "
                    + String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())))
                    + (missing.size() > LISTED ? ", …" : ""));
        }
        for (EngineRef e : SessionWriter.engines(doc.particles(), doc.globalGrouping())) {
            String current = ENGINES.get(e.id());
            if (current != null && !current.equals(e.version())) {
                warnings.add("results of " + e.id() + " " + e.version() + " are shown as saved; this program has "
                        + e.id() + " " + current + " (run the analysis again to update them)");
            }
        }
        warnings.addAll(extensionWarnings(target));
        return warnings;
    }
}
