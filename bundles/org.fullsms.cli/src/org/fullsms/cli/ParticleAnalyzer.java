package org.fullsms.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.analysis.cpa.BurstParameters;
import org.fullsms.analysis.cpa.BurstRemoval;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.cpa.PhotonBursts;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.grouping.LevelInput;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.roi.AutoRoi;
import org.fullsms.analysis.roi.AutoRoiParameters;
import org.fullsms.analysis.roi.QuickRoi;
import org.fullsms.analysis.roi.QuickRoiParameters;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.cli.AnalyzeTimings.Part;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.fullsms.runtime.GroupingInputs;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.engines.ChangePointEngine;
import org.fullsms.runtime.engines.CorrelationEngine;
import org.fullsms.runtime.engines.GroupingEngine;
import org.fullsms.runtime.engines.LifetimeEngine;
import org.fullsms.runtime.engines.ParticleCorrelation;
import org.fullsms.runtime.engines.ParticleFits;
import org.fullsms.runtime.extensions.ExtensionRun;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.runtime.extensions.ParticleSnapshot;
import org.fullsms.runtime.json.Json;
import org.fullsms.runtime.state.ExtensionResult;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.fullsms.spi.analysis.AnalysisException;

/**
 * Runs the per-particle part of {@code fullsms analyze} (change points, bursts, ROI, individual grouping, lifetime
 * fits, correlation): the results go into the particle's {@link ParticleAnalysis}, and its JSON is filled as the
 * stages run. Each stage that fails is recorded in the report's {@link StageOutcomes} and the analysis' failures,
 * and leaves the results of the stages before it. Stateless apart from its settings; safe to use from several
 * threads.
 */
final class ParticleAnalyzer {

    /**
     * What the JSON writer and global grouping need of one particle beside its analysis state.
     *
     * @param json          the particle's JSON so far (null once written: it holds every fitted curve)
     * @param stages        the outcome of each stage asked for
     * @param groupingInput the levels as grouped (clipped to the ROI when one is set), or null; kept so that global
     *                      grouping need not read the photons again
     */
    record Report(JsonObject json, StageOutcomes stages, GroupingInput groupingInput) {

        Report withoutJson() {
            return new Report(null, stages, groupingInput);
        }
    }

    /** The levels stage's results: change points, and bursts removed from them (or null). */
    private record Resolved(ChangePointResult changePoints, BurstRemoval removal) {
        ChangePointResult levels() {
            return removal == null ? changePoints : removal.result();
        }
    }

    /** The grouping stage's results: the levels as grouped, and their grouping (null with global grouping). */
    private record Grouped(GroupingInput input, GroupingResult grouping) {
    }

    /** The built-in analyses, as registered. */
    private record Engines(ChangePointEngine changePoints, GroupingEngine grouping, LifetimeEngine lifetimes,
            CorrelationEngine correlation) {

        static Engines registered() {
            Extensions e = Extensions.current();
            return new Engines(e.builtIn(ChangePointEngine.class), e.builtIn(GroupingEngine.class),
                    e.builtIn(LifetimeEngine.class), e.builtIn(CorrelationEngine.class));
        }
    }

    private final AnalyzeSettings settings;
    private final ChangePointParameters cpaParameters;
    private final LifetimeFits.Request fitRequest;
    private final AnalyzeTimings timings;
    private final Engines engines = Engines.registered();

    /**
     * @param fitRequest how to fit lifetimes, or null for no fits
     * @param timings    where the stages' times go
     */
    ParticleAnalyzer(AnalyzeSettings settings, ChangePointParameters cpaParameters, LifetimeFits.Request fitRequest,
            AnalyzeTimings timings) {
        this.settings = settings;
        this.cpaParameters = cpaParameters;
        this.fitRequest = fitRequest;
        this.timings = timings;
    }

    GroupingParameters groupingParameters() {
        return settings.fullLikelihood() ? GroupingParameters.FULL_LIKELIHOOD : GroupingParameters.DEFAULTS;
    }

    /** The stages the settings ask for of this particle (correlation pairs a particle with its second channel). */
    List<Stage> requested(Particle particle) {
        List<Stage> stages = new ArrayList<>(List.of(Stage.LEVELS));
        if (settings.group() || settings.roi() != null) {
            stages.add(Stage.GROUPING);
        }
        if (fitRequest != null) {
            stages.add(Stage.FITS);
        }
        if (settings.correlate() && !particle.isSecondary()) {
            stages.add(Stage.CORRELATION);
        }
        return stages;
    }

    Report analyze(ParticleAnalysis analysis, IProgressMonitor monitor) {
        Particle particle = analysis.particle();
        JsonObject j = new JsonObject();
        j.addProperty("name", particle.name());
        j.addProperty("channel", particle.channel());
        j.addProperty("photons", particle.photonCount());
        List<String> warnings = new ArrayList<>(particle.warnings());
        StageOutcomes stages = new StageOutcomes();
        Photons photons;
        try {
            photons = timings.time(Part.READ, particle::photons);
        } catch (IOException e) {
            // Every stage works on the photons, so each one asked for fails for the same reason.
            j.addProperty("error", e.getMessage());
            j.add("warnings", Json.array(warnings));
            requested(particle).forEach(stage -> stages.failed(stage, e.getMessage()));
            stages.failures().forEach(analysis::setFailure);
            settings.analyses().forEach(run -> stages.extension(run.engine().id(), e.getMessage()));
            return new Report(j, stages, null);
        }
        long[] times = photons.absoluteNs();
        // Each stage stores its result before the next runs, which sees it through the engines' particle view;
        // in dependency order: new levels clear bursts, grouping and fits, a grouping clears group fits.
        Resolved resolved = stages.run(Stage.LEVELS,
                () -> timings.time(Part.LEVELS, () -> resolve(analysis, times, j, warnings, monitor)));
        analysis.setChangePoints(resolved == null ? null : resolved.changePoints());
        if (resolved != null && resolved.removal() != null) {
            analysis.setBurstRemoval(resolved.removal());
        }
        analysis.setRoi(null); // set again by the grouping stage when it runs and an ROI is asked for
        analysis.setGrouping(null, false);
        Grouped grouped = null;
        if (settings.group() || settings.roi() != null) {
            grouped = stages.run(Stage.GROUPING,
                    () -> timings.time(Part.GROUPING, () -> group(analysis, resolved, times, j, monitor)));
        }
        if (fitRequest != null) {
            ParticleFits fits = stages.run(Stage.FITS, () -> timings.time(Part.FITS,
                    () -> engines.lifetimes().analyse(ParticleSnapshot.of(analysis), fitRequest, monitor)));
            if (fits != null) {
                j.add("fits", fitsJson(fits.fits()));
                analysis.putFits(fits.fits());
            }
        }
        j.add("warnings", Json.array(warnings));
        if (requested(particle).contains(Stage.CORRELATION)) {
            ParticleCorrelation correlation = stages.run(Stage.CORRELATION,
                    () -> timings.time(Part.CORRELATION, () -> correlate(analysis, j)));
            if (correlation != null) {
                engines.correlation().store(analysis, correlation);
            } else {
                analysis.setCorrelation(null, null);
            }
        } else {
            analysis.setCorrelation(null, null);
        }
        stages.failures().forEach(analysis::setFailure); // after the results, which clear their stage's failure
        if (!settings.analyses().isEmpty()) {
            j.add("extensions", timings.time(Part.EXTENSIONS, () -> extensions(analysis, stages, monitor)));
        }
        return new Report(j, stages, grouped == null ? null : grouped.input());
    }

    /**
     * Runs the extension analyses asked for on the particle as analysed so far; each result is stored on the
     * particle and shown in its JSON as the engine's codec wrote it: {@code {"ID": {"version": .., "parameters":
     * {..}, "result": ..}}}, or {@code "error"} instead of {@code "result"}.
     */
    private JsonObject extensions(ParticleAnalysis analysis, StageOutcomes stages, IProgressMonitor monitor) {
        JsonObject all = new JsonObject();
        for (ExtensionRun<?, ?> run : settings.analyses()) {
            ExtensionResult r = run.runOn(analysis, monitor);
            JsonObject j = new JsonObject();
            j.addProperty("version", r.engineVersion());
            j.add("parameters", JsonParser.parseString(r.parametersJson()));
            if (r.failed()) {
                j.addProperty("error", r.error());
            } else {
                j.add("result", JsonParser.parseString(r.resultJson()));
            }
            all.add(r.engineId(), j);
            stages.extension(r.engineId(), r.error());
        }
        return all;
    }

    /** The correlation of the particle with its second channel; impossible ones throw, saying why. */
    private ParticleCorrelation correlate(ParticleAnalysis analysis, JsonObject json) throws AnalysisException {
        CorrelationParameters params = CorrelationParameters.of(settings.windowNs(), settings.binNs(),
                settings.difftimeNs());
        if (settings.periodNs() > 0) {
            params = params.withPeriodNs(settings.periodNs());
        }
        ParticleCorrelation result = engines.correlation().analyse(ParticleSnapshot.of(analysis), params,
                new NullProgressMonitor());
        json.add("correlation", CorrelationJson.of(result.result()));
        return result;
    }

    /** The unit of the intensities in the JSON (and the exports). */
    IntensityUnit intensityUnit() {
        return settings.intensityUnit();
    }

    private JsonIntensity intensity(ParticleAnalysis analysis) {
        return new JsonIntensity(settings.intensityUnit(), analysis.binSizeMs());
    }

    /** Change points and bursts. */
    private Resolved resolve(ParticleAnalysis analysis, long[] times, JsonObject j, List<String> warnings,
            IProgressMonitor monitor) throws AnalysisException {
        ChangePointResult cpa = engines.changePoints().analyse(ParticleSnapshot.of(analysis), cpaParameters, monitor);
        warnings.addAll(cpa.warnings());
        int[] bursts = cpa.analysed() ? PhotonBursts.detect(cpa, BurstParameters.defaults()) : new int[0];
        BurstRemoval removal = null;
        if (settings.removeBursts() && bursts.length > 0 && cpa.numChangePoints() > 0) {
            removal = PhotonBursts.remove(times, cpa, bursts);
        }
        CpaJson.add(j, cpa, bursts, removal, intensity(analysis));
        return new Resolved(cpa, removal);
    }

    /**
     * The region of interest (stored on the particle) and the particle's own grouping (global grouping comes later,
     * for all particles). Groups are fitted only without an ROI, because the grouping then covers exactly the levels
     * fitted.
     */
    private Grouped group(ParticleAnalysis analysis, Resolved resolved, long[] times, JsonObject j,
            IProgressMonitor monitor) throws IOException, AnalysisException {
        if (resolved == null) {
            throw new IOException("no levels to group (change point analysis failed)");
        }
        if (!resolved.changePoints().analysed()) {
            throw new IOException("no levels to group (too few photons for change point analysis)");
        }
        RegionOfInterest roi = roi(GroupingInputs.levelInputs(resolved.levels().levels()), times);
        j.add("roi", GroupingJson.roi(roi));
        analysis.setRoi(settings.roi() == null ? null : roi);
        GroupingInput input = GroupingInputs.of(analysis).orElseThrow();
        if (!settings.group() || settings.global()) {
            return new Grouped(input, null);
        }
        GroupingResult grouping = engines.grouping().analyse(ParticleSnapshot.of(analysis), groupingParameters(),
                monitor);
        j.add("grouping", GroupingJson.of(grouping, grouping.selected(), false, intensity(analysis)));
        analysis.setGrouping(grouping, false);
        return new Grouped(input, grouping);
    }

    /** Whole trace (or ROI), levels, groups and group levels. */
    private static JsonObject fitsJson(Map<FitTarget, FitResult> results) {
        JsonObject fits = new JsonObject();
        JsonArray levelFits = new JsonArray();
        JsonArray groupFits = new JsonArray();
        JsonArray groupLevelFits = new JsonArray();
        for (Map.Entry<FitTarget, FitResult> e : results.entrySet()) {
            FitResult fit = e.getValue();
            switch (e.getKey().kind()) {
                case WHOLE_TRACE, ROI -> {
                    fits.addProperty("particle_range", e.getKey().kind() == FitTarget.Kind.ROI ? "roi" : "whole trace");
                    fits.add("particle", FitJson.of(fit, true));
                }
                case LEVEL -> levelFits.add(FitJson.of(fit, false));
                case GROUP -> groupFits.add(FitJson.of(fit, false));
                case GROUP_LEVEL -> groupLevelFits.add(FitJson.of(fit, false));
            }
        }
        fits.add("levels", levelFits);
        fits.add("groups", groupFits);
        fits.add("group_levels", groupLevelFits);
        return fits;
    }

    private RegionOfInterest roi(List<LevelInput> levels, long[] times) throws IOException {
        String spec = settings.roi();
        if (spec == null) {
            return new RegionOfInterest(times[0] / 1e9, times[times.length - 1] / 1e9);
        }
        return switch (spec) {
            case "quick" -> QuickRoi.find(levels, QuickRoiParameters.DEFAULTS);
            case "auto" -> AutoRoi.find(levels, AutoRoiParameters.DEFAULTS);
            default -> {
                String[] parts = spec.split(":");
                try {
                    yield new RegionOfInterest(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
                } catch (RuntimeException e) {
                    throw new IOException("--roi " + spec + ": needs START:END in seconds with START < END");
                }
            }
        };
    }
}
