package org.fullsms.runtime;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.grouping.GlobalGrouping;
import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.runtime.engines.BuiltInEngine;
import org.fullsms.runtime.engines.ChangePointEngine;
import org.fullsms.runtime.engines.GroupingEngine;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.runtime.extensions.ParticleSnapshot;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;

/**
 * The jobs behind the workbench's analysis actions. Each runs one engine over many particles on all cores, with
 * progress per particle; results are applied in one step at the end. A cancelled job applies the particles that
 * finished (the work is not thrown away) and leaves the others as they were; its status says how many. Failures
 * are reported per particle in a {@link MultiStatus} naming file and particle.
 */
public final class AnalysisJobs {

    private static final String BUNDLE = "org.fullsms.runtime";

    private AnalysisJobs() {
    }

    /** Change point analysis of the particles. */
    public static Job resolve(List<ParticleAnalysis> targets, ChangePointParameters params) {
        return run(Extensions.current().builtIn(ChangePointEngine.class), targets, params);
    }

    /** Individual grouping of particles that have levels (others are reported and skipped). */
    public static Job group(List<ParticleAnalysis> targets, GroupingParameters params) {
        return run(Extensions.current().builtIn(GroupingEngine.class), targets, params);
    }

    /** A built-in engine run on every target through the analysis contract, each result stored in its place. */
    public static <P extends Record, R> Job run(BuiltInEngine<P, R> engine, List<ParticleAnalysis> targets,
            P params) {
        return batch(engine.label(), engine.stage(), targets,
                (a, monitor) -> engine.analyse(ParticleSnapshot.of(a), params, monitor), engine::store);
    }

    /** One grouping over the levels of all the particles together; results shown per particle. */
    public static Job groupGlobally(AnalysisSession session, List<ParticleAnalysis> targets, GroupingParameters params) {
        return FullSmsJobs.create("Global grouping: " + count(targets), monitor -> {
            List<ParticleAnalysis> members = new ArrayList<>();
            List<GroupingInput> inputs = new ArrayList<>();
            for (ParticleAnalysis a : targets) {
                GroupingInputs.of(a).ifPresent(input -> {
                    members.add(a);
                    inputs.add(input);
                });
            }
            if (inputs.isEmpty()) {
                return Status.error("Global grouping: none of the particles has levels; resolve them first");
            }
            GlobalGroupingResult result = new GlobalGrouping().run(inputs, params, monitor);
            session.setGlobalGrouping(result, members);
            return Status.OK_STATUS;
        });
    }

    /** The work on one particle. */
    @FunctionalInterface
    public interface Step<R> extends ParticleBatch.Task<ParticleAnalysis, R> {
    }

    /** How a finished result is stored. */
    @FunctionalInterface
    public interface Apply<R> {
        void apply(ParticleAnalysis target, R result);
    }

    /** What a finished batch did, in one line for the status bar ("removed 3 bursts from 2 of 5 particles"). */
    @FunctionalInterface
    public interface Summary<R> {
        String of(List<R> results, int particles);
    }

    /** As {@link #batch(String, Stage, List, Step, Apply, Summary)}, without a summary line. */
    public static <R> Job batch(String what, Stage stage, List<ParticleAnalysis> targets, Step<R> step,
            Apply<R> apply) {
        return batch(what, stage, targets, step, apply, null);
    }

    /**
     * A job "WHAT: N particles" that runs {@code step} (one stage of the analysis) on every target in parallel and
     * then applies all results at once (on cancel, those of the particles that finished); a particle on which it
     * fails keeps its other results and records the failed stage.
     */
    public static <R> Job batch(String what, Stage stage, List<ParticleAnalysis> targets, Step<R> step,
            Apply<R> apply, Summary<R> summary) {
        String name = what + ": " + count(targets);
        return FullSmsJobs.create(name, monitor -> {
            ParticleBatch.Finished<ParticleAnalysis, R> finished = ParticleBatch.runKeeping(name, targets, step,
                    ParticleBatch.defaultThreads(), monitor);
            MultiStatus problems = new MultiStatus(BUNDLE, 0, name + ": some particles failed", null);
            List<R> results = new ArrayList<>();
            for (ParticleBatch.Outcome<ParticleAnalysis, R> o : finished.outcomes()) {
                if (o.ok()) {
                    apply.apply(o.item(), o.value());
                    results.add(o.value());
                } else {
                    o.item().setFailure(stage, o.error());
                    problems.add(Status.warning(describe(o.item()) + ": " + o.error()));
                }
            }
            if (finished.cancelled()) {
                // failures of the finished particles stay recorded on them (navigator, tooltips)
                return new Status(IStatus.CANCEL, BUNDLE, finished.cancelMessage(what));
            }
            if (problems.getChildren().length > 0) {
                return problems;
            }
            return summary == null ? Status.OK_STATUS
                    : new Status(IStatus.INFO, BUNDLE, what + ": " + summary.of(results, targets.size()));
        });
    }

    private static String describe(ParticleAnalysis a) {
        String file = a.session().dataset().source().map(p -> p.getFileName().toString()).orElse("(in memory)");
        return file + ", " + a.particle().name();
    }

    private static String count(List<?> targets) {
        return targets.size() == 1 ? "1 particle" : targets.size() + " particles";
    }
}
