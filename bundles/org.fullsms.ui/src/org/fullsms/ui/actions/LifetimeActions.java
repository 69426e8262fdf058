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
import org.fullsms.runtime.state.FitModel;
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

    /**
     * The model a file's lifetimes are fitted with next: the fit dialog's (kept in the file's lifetime setup and its
     * session), else the preferences' (the dialog's last model, or the original's defaults).
     */
    public static FitModel model(AnalysisSession session) {
        return session.lifetimeSetup().map(LifetimeSetup::model).orElseGet(UiPreferences::fitModel);
    }

    /**
     * Makes {@code model} the one the file's next fits use (the Lifetime tab and its fit dialog): kept in the file's
     * lifetime setup, so a saved session has it, and in the preferences as the defaults of the files fitted next.
     */
    public static void setModel(AnalysisSession session, FitModel model) {
        if (!model.equals(model(session)) || session.lifetimeSetup().isEmpty()) {
            session.setLifetimeSetup(LifetimeSetup.withDialog(session.lifetimeSetup().orElse(null), model));
        }
        UiPreferences.setFitModel(model);
    }

    /**
     * The settings a fit with {@code model} uses: its own, with the range rules of the preferences (REFERENCE §3.6)
     * and a simulated IRF when no IRF is loaded. The fit dialog's preview evaluates the model with the same.
     */
    public static FitSettings settings(FitModel model, Irf irf) {
        FitSettings d = model.settings().withSimulatedIrf(model.settings().simulateIrf() || irf == null);
        return new FitSettings(d.method(), d.weighting(), d.startMode(), d.manualStart(), d.autoEnd(), d.manualEnd(),
                d.simulateIrf(), d.decayBackground(), d.irfBackground(), UiPreferences.lifetimeRange(),
                d.maxIterations());
    }

    /**
     * Fits the particles' whole traces (or ROIs), levels and groups, each file's with its model
     * ({@link #model(AnalysisSession)}): the Lifetime tab's and its fit dialog's Fit buttons and Analysis &gt; Fit
     * Lifetimes.
     */
    public static Job fit(List<ParticleAnalysis> targets) {
        List<ParticleAnalysis> readable = targets.stream().filter(a -> a.particle().error().isEmpty()).toList();
        String what = "Lifetimes";
        String name = what + ": " + AnalysisActions.count(readable);
        return AnalysisActions.schedule(FullSmsJobs.create(name, monitor -> {
            SubMonitor sub = SubMonitor.convert(monitor, 10);
            Map<AnalysisSession, LifetimeFits.Request> requests = new HashMap<>();
            Map<AnalysisSession, FitModel> models = new HashMap<>();
            for (ParticleAnalysis a : readable) {
                if (!requests.containsKey(a.session())) {
                    try {
                        models.put(a.session(), model(a.session()));
                        requests.put(a.session(), request(a.session(), models.get(a.session())));
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
                // saved with the session: the fit results do not say on which grid, with which IRF and model; the
                // model as the user set it stays the next fits' (a simulated IRF forced by a missing one is not
                // kept once an IRF is loaded)
                AnalysisSession session = o.item().session();
                session.setLifetimeSetup(LifetimeSetup.withDialog(LifetimeSetup.of(requests.get(session)),
                        models.get(session)));
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

    private static LifetimeFits.Request request(AnalysisSession session, FitModel model) throws IOException {
        HistogramBinning binning = session.decayBinning();
        Irf irf = session.irf().orElse(null);
        FitSettings settings = settings(model, irf);
        // a simulated IRF chosen with one loaded: the setup records no measured IRF for these fits
        return new LifetimeFits.Request(binning, settings.simulateIrf() ? null : irf, model.parameters(), settings);
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
