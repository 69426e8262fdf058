package org.fullsms.ui.actions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.runtime.DecayHistograms;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.runtime.IrfFiles;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.ParticleBatch;
import org.fullsms.runtime.engines.LifetimeEngine;
import org.fullsms.runtime.engines.ParticleFits;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.runtime.extensions.ParticleSnapshot;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.LifetimeSetup;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.fullsms.ui.prefs.UiPreferences;

/**
 * Lifetime fits of whole traces (or ROIs), levels and groups, and loading an IRF. Decays use each file's common
 * channel grid; the IRF is the one loaded for the file, else a simulated Gaussian one is fitted.
 */
public final class LifetimeActions {

    private LifetimeActions() {
    }

    /** How to fit: number of exponentials and method. */
    public record Model(int numExp, FitSettings.Method method) {
    }

    public static Job fit(List<ParticleAnalysis> targets, Model model) {
        List<ParticleAnalysis> readable = targets.stream().filter(a -> a.particle().error().isEmpty()).toList();
        String what = "Lifetimes";
        String name = what + ": " + AnalysisActions.count(readable);
        return AnalysisActions.schedule(FullSmsJobs.create(name, monitor -> {
            SubMonitor sub = SubMonitor.convert(monitor, 10);
            Map<AnalysisSession, LifetimeFits.Request> requests = new HashMap<>();
            for (ParticleAnalysis a : readable) {
                if (!requests.containsKey(a.session())) {
                    try {
                        requests.put(a.session(), request(a.session(), model));
                    } catch (IOException e) {
                        return Status.error(name + ": " + e.getMessage());
                    }
                }
            }
            sub.worked(1);
            LifetimeEngine engine = Extensions.current().builtIn(LifetimeEngine.class);
            // on cancel the particles already fitted are kept
            ParticleBatch.Finished<ParticleAnalysis, ParticleFits> finished = ParticleBatch.runKeeping(name, readable,
                    (a, m) -> engine.analyse(ParticleSnapshot.of(a), requests.get(a.session()), m),
                    ParticleBatch.defaultThreads(), sub.split(9));
            MultiStatus problems = new MultiStatus(UiPreferences.NODE, 0, name + ": some fits failed", null);
            for (ParticleBatch.Outcome<ParticleAnalysis, ParticleFits> o : finished.outcomes()) {
                if (!o.ok()) {
                    o.item().setFailure(Stage.FITS, o.error());
                    problems.add(Status.warning(AnalysisActions.describe(o.item()) + ": " + o.error()));
                    continue;
                }
                engine.store(o.item(), o.value());
                // saved with the session: the fit results do not say on which grid, with which IRF and model
                o.item().session().setLifetimeSetup(LifetimeSetup.of(requests.get(o.item().session())));
                o.value().fits().forEach((target, r) -> {
                    if (!r.ok()) {
                        problems.add(Status.warning(AnalysisActions.describe(o.item()) + ", " + target + ": "
                                + r.status().label() + ": " + r.message()));
                    }
                });
            }
            if (finished.cancelled()) {
                return new Status(IStatus.CANCEL, UiPreferences.NODE, finished.cancelMessage(what));
            }
            return problems.getChildren().length == 0 ? Status.OK_STATUS : problems;
        }));
    }

    private static LifetimeFits.Request request(AnalysisSession session, Model model) throws IOException {
        HistogramBinning binning = session.decayBinning();
        Irf irf = session.irf().orElse(null);
        FitSettings d = LifetimeFits.defaultSettings().withMethod(model.method()).withSimulatedIrf(irf == null);
        FitSettings settings = new FitSettings(d.method(), d.weighting(), d.startMode(), d.manualStart(), d.autoEnd(),
                d.manualEnd(), d.simulateIrf(), d.decayBackground(), d.irfBackground(), UiPreferences.lifetimeRange(),
                d.maxIterations());
        return new LifetimeFits.Request(binning, irf, FitParameters.defaults(model.numExp()), settings);
    }

    /** Reads an IRF in a job and hands it to {@code done}: a Full SMS HDF5 file (first particle), .phu or text. */
    public static Job loadIrf(Path file, Consumer<Irf> done) {
        return AnalysisActions.schedule(FullSmsJobs.create("Loading IRF " + file.getFileName(), monitor -> {
            try {
                done.accept(IrfFiles.read(file));
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                return Status.error("IRF " + file + ": " + e.getMessage());
            }
        }));
    }

    /** Targets of a particle's decays that can be shown, in menu order. */
    public static List<FitTarget> displayTargets(ParticleAnalysis a) {
        List<FitTarget> list = new ArrayList<>();
        list.add(a.roi().isPresent() ? new FitTarget(FitTarget.Kind.ROI, 0) : FitTarget.WHOLE);
        int levels = a.levels().map(r -> r.levels().size()).orElse(0);
        for (int i = 0; i < levels; i++) {
            list.add(new FitTarget(FitTarget.Kind.LEVEL, i));
        }
        DecayHistograms.fittedStep(a).ifPresent(step -> {
            for (int g = 0; g < step.numGroups(); g++) {
                list.add(new FitTarget(FitTarget.Kind.GROUP, g));
            }
            for (int k = 0; k < step.numGroupLevels(); k++) {
                list.add(new FitTarget(FitTarget.Kind.GROUP_LEVEL, k));
            }
        });
        return list;
    }
}
