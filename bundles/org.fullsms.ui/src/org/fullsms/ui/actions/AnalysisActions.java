package org.fullsms.ui.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.fullsms.analysis.correlation.CorrelationAnalysis;
import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.analysis.cpa.BurstParameters;
import org.fullsms.analysis.cpa.BurstRemoval;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.PhotonBursts;
import org.fullsms.runtime.AnalysisJobs;
import org.fullsms.runtime.CorrelationInputs;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.runtime.ParticleBatch;
import org.fullsms.runtime.engines.CorrelationEngine;
import org.fullsms.runtime.engines.ParticleCorrelation;
import org.fullsms.runtime.extensions.ExtensionRun;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.runtime.extensions.ParticleSnapshot;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ExtensionResult;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.fullsms.ui.prefs.UiPreferences;

/**
 * The analysis actions of menus and editors: each builds one job of the Full SMS family over its particles with
 * the engines' parameters from the preferences, and schedules it. Results reach the state at the end of the job
 * (on cancel, those of the particles that finished).
 */
public final class AnalysisActions {

    private AnalysisActions() {
    }

    public static Job resolve(List<ParticleAnalysis> targets, double confidencePercent) {
        return schedule(AnalysisJobs.resolve(readable(targets), UiPreferences.changePoints(confidencePercent)));
    }

    public static Job group(List<ParticleAnalysis> targets) {
        return schedule(AnalysisJobs.group(targets, UiPreferences.grouping()));
    }

    /** One global grouping per open file over its particles among {@code targets}. */
    public static List<Job> groupGlobally(List<ParticleAnalysis> targets) {
        Map<AnalysisSession, List<ParticleAnalysis>> bySession = new LinkedHashMap<>();
        for (ParticleAnalysis a : targets) {
            bySession.computeIfAbsent(a.session(), s -> new ArrayList<>()).add(a);
        }
        List<Job> jobs = new ArrayList<>();
        bySession.forEach((s, list) -> jobs.add(schedule(AnalysisJobs.groupGlobally(s, list, UiPreferences.grouping()))));
        return jobs;
    }

    /** Detects photon bursts on the resolved levels and merges them into their brighter neighbours. */
    public static Job removeBursts(List<ParticleAnalysis> targets) {
        BurstParameters params = UiPreferences.bursts();
        return schedule(AnalysisJobs.<Optional<BurstRemoval>>batch("Photon bursts", Stage.LEVELS, targets, (a, m) -> {
            ChangePointResult cpa = a.changePoints().orElseThrow(() -> new IllegalStateException("no levels: resolve first"));
            int[] bursts = cpa.analysed() ? PhotonBursts.detect(cpa, params) : new int[0];
            if (bursts.length == 0 || cpa.numChangePoints() == 0) {
                return Optional.empty();
            }
            return Optional.of(PhotonBursts.remove(a.particle().photons().absoluteNs(), cpa, bursts));
        }, (a, removal) -> a.setBurstRemoval(removal.orElse(null)), AnalysisActions::burstSummary));
    }

    /** "removed 7 bursts from 3 of 5 particles" or "no bursts found in 5 particles" (issue 18, 5). */
    private static String burstSummary(List<Optional<BurstRemoval>> results, int particles) {
        int bursts = results.stream().flatMap(Optional::stream).mapToInt(r -> r.burstLevels().length).sum();
        long with = results.stream().filter(Optional::isPresent).count();
        String of = particles == 1 ? "1 particle" : particles + " particles";
        return bursts == 0 ? "no bursts found in " + of
                : "removed " + bursts + (bursts == 1 ? " burst" : " bursts") + " from " + with + " of " + of;
    }

    /** Puts removed bursts back (instant: the original levels are kept). */
    public static void restoreBursts(List<ParticleAnalysis> targets) {
        for (ParticleAnalysis a : targets) {
            if (a.burstRemoval().isPresent()) {
                a.setBurstRemoval(null);
            }
        }
    }

    /** Counted pairs and their evaluation. */
    public record Correlation(Correlogram correlogram, CorrelationResult result) {
    }

    public static Job correlate(List<ParticleAnalysis> targets, CorrelationParameters params) {
        List<ParticleAnalysis> primaries = targets.stream().filter(a -> !a.particle().isSecondary()).toList();
        CorrelationEngine engine = Extensions.current().builtIn(CorrelationEngine.class);
        return schedule(AnalysisJobs.<ParticleCorrelation>batch(engine.label(), engine.stage(), primaries,
                (a, m) -> engine.analyse(ParticleSnapshot.of(a), params, m), engine::store));
    }

    /** The sum over the particles' correlograms, handed to {@code done} (on the job's thread). */
    public static Job correlateSum(List<ParticleAnalysis> targets, CorrelationParameters params,
            Consumer<Correlation> done) {
        List<ParticleAnalysis> primaries = targets.stream()
                .filter(a -> !a.particle().isSecondary() && a.particle().secondary().isPresent()).toList();
        String name = "Correlation sum: " + count(primaries);
        return schedule(FullSmsJobs.create(name, monitor -> {
            if (primaries.isEmpty()) {
                return Status.warning(name + ": none of the particles has two channels");
            }
            SubMonitor sub = SubMonitor.convert(monitor, 10);
            List<ParticleBatch.Outcome<ParticleAnalysis, Correlogram>> outcomes = ParticleBatch.run(name, primaries,
                    (a, m) -> new CorrelationAnalysis().correlate(CorrelationInputs.of(a.particle()), params), ParticleBatch.defaultThreads(),
                    sub.split(9));
            Correlogram sum = null;
            MultiStatus problems = new MultiStatus(UiPreferences.NODE, 0, name + ": some particles failed", null);
            for (ParticleBatch.Outcome<ParticleAnalysis, Correlogram> o : outcomes) {
                if (o.ok()) {
                    sum = sum == null ? o.value() : sum.plus(o.value());
                } else {
                    problems.add(Status.warning(describe(o.item()) + ": " + o.error()));
                }
            }
            if (sum != null) {
                done.accept(new Correlation(sum, new CorrelationAnalysis().evaluate(sum, params)));
            }
            return problems.getChildren().length == 0 ? Status.OK_STATUS : problems;
        }));
    }

    /**
     * An extension analysis over the particles, in parallel. Each particle keeps its result, or why it failed, as
     * soon as it is done (a cancel keeps the finished ones); each failure also goes to the Error Log, naming file and
     * particle with the analysis's message.
     */
    public static Job runExtension(ExtensionRun<?, ?> run, List<ParticleAnalysis> targets) {
        String what = run.engine().label();
        List<ParticleAnalysis> readable = readable(targets);
        String name = what + ": " + count(readable);
        return schedule(FullSmsJobs.create(name, monitor -> {
            ParticleBatch.Finished<ParticleAnalysis, ExtensionResult> finished = ParticleBatch.runKeeping(name,
                    readable, run::runOn, ParticleBatch.defaultThreads(), monitor);
            MultiStatus problems = new MultiStatus(UiPreferences.NODE, 0, name + ": some particles failed", null);
            for (ParticleBatch.Outcome<ParticleAnalysis, ExtensionResult> o : finished.outcomes()) {
                String error = o.ok() ? o.value().error() : o.error();
                if (error != null) {
                    problems.add(Status.warning(describe(o.item()) + ": " + error));
                }
            }
            if (finished.cancelled()) {
                return new Status(IStatus.CANCEL, UiPreferences.NODE, finished.cancelMessage(what));
            }
            return problems.getChildren().length == 0 ? Status.OK_STATUS : problems;
        }));
    }

    /** Particles that failed to load are left out (the navigator marks them unreadable). */
    private static List<ParticleAnalysis> readable(List<ParticleAnalysis> targets) {
        return targets.stream().filter(a -> a.particle().error().isEmpty()).toList();
    }

    static String describe(ParticleAnalysis a) {
        String file = a.session().dataset().source().map(p -> p.getFileName().toString()).orElse("(in memory)");
        return file + ", " + a.particle().name();
    }

    static String count(List<?> targets) {
        return targets.size() == 1 ? "1 particle" : targets.size() + " particles";
    }

    static Job schedule(Job job) {
        job.schedule();
        return job;
    }
}
