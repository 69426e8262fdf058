package org.fullsms.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.CriticalValues;
import org.fullsms.analysis.grouping.GlobalGrouping;
import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.cli.AnalyzeTimings.Part;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.runtime.FullSms;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.ParticleBatch;
import org.fullsms.runtime.extensions.ExtensionRun;
import org.fullsms.runtime.extensions.ParameterRecords;
import org.fullsms.runtime.json.Json;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.LifetimeSetup;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.fullsms.session.SessionCapture;
import org.fullsms.session.SessionWriter;

/**
 * {@code fullsms analyze}: change points, levels, bursts, grouping, ROI and correlation of a file's particles, into
 * the analysis state ({@link AnalysisSession}), which is exported and saved as a session like the workbench's.
 */
final class AnalyzeCommand implements Command {

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "resolve levels (change points), group them, correlate channels; JSON out";
    }

    @Override
    public String usage() {
        return """
                fullsms analyze FILE [--particles 1,3-5] [--channels each|A|A,B] [--json OUT|-]
                    change points: [--confidence 99|95|90|69|PERCENT] [--critical-values DIR]
                                   [--min-photons 20] [--boundary-offset 7] [--compat original]
                                   [--remove-bursts]
                    grouping:      [--group [--global] [--full-likelihood]] [--roi auto|quick|START:END]
                    lifetimes:     [--fit 1|2|3 [--method ls|ml] [--irf FILE] [--channel-width NS]]
                    correlation:   [--correlate [--window 500] [--bin 0.5] [--difftime 0] [--period NS]]
                    extensions:    [--analysis ID[:NAME=VALUE,...]]...  (see fullsms extensions)
                    export:        [--export DIR [--format csv|parquet|both|none] [--plots png|svg|pdf
                                   [--figure-size 85x60] [--dpi 300] [--font-size 8]] [--exporters ID,...]
                                   [--overwrite]]
                    session:       [--session OUT.smsa]
                    units:         [--intensity-unit cps|kcps|bin]
                    timing:        [--timings]
                  Analyses each selected particle (both channels) on all cores and writes one JSON document
                  (standard output by default). --critical-values loads the published two-column tables
                  (Ta-99.txt, Tb-99.txt, ...) instead of the project's own; --compat original reproduces the
                  original's level boundaries (adjacent levels share a photon). Times in the JSON are in
                  seconds (_s), nanoseconds (_ns) and intensities in the unit of --intensity-unit: counts per
                  second (_cps, the default), kcps (_kcps) or counts per bin of the particle's trace
                  (bin: _counts_per_100ms), in the JSON and the exports alike. --fit fits the whole trace
                  (or its ROI), every level, group and group level, with a measured IRF (--irf: Full SMS HDF5,
                  PicoQuant .phu or two-column text) or a simulated Gaussian IRF whose FWHM is fitted.
                  Each particle's "stages" says "ok" or "error: ..." for levels, grouping, fits and
                  correlation; a failed stage keeps the others' results and gets one line on stderr. The exit
                  code is 0 when at least one particle was analysed.
                  --analysis runs an installed extension analysis on each particle after the built-in stages
                  (repeat it for several); its result is under the particle's "extensions" and in the session.
                  --export writes the original's CSV files (and/or Parquet tables, plots) into DIR;
                  --exporters adds the files of installed extension exporters (--format none: only those).
                  Plots are one-column journal figures by default: 85x60 mm, 300 dpi, 8 pt tick labels
                  (--figure-size WIDTHxHEIGHT in mm, --dpi, --font-size in pt); PNGs record their resolution,
                  SVGs their size in mm; PDFs are vector pages of that size (--dpi is for PNGs only).
                  --session saves the analysis as a session file (fullsms export writes its exports again).
                  --timings prints on standard error where the time went: wall and CPU seconds of each part of
                  the run, a particle's stages summed over the threads that analyse particles side by side.
                  --channels (instrument files with several detector channels): one particle per channel
                  (each, the default), only channel A, or channels A and B as channel 1 and 2 of one
                  particle (for --correlate).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        AnalyzeSettings s = AnalyzeSettings.parse(Options.parse(args, AnalyzeSettings.VALUED, AnalyzeSettings.FLAGS));
        Activity.now("analysing " + s.file());
        ChangePointParameters cpa = cpaParameters(s);
        AnalyzeTimings timings = s.timings() ? AnalyzeTimings.measuring() : AnalyzeTimings.OFF;
        try (Dataset dataset = timings.time(Part.OPEN, () -> BatchAnalyze.open(s))) {
            List<Particle> particles = ParticleSelection.select(dataset, s.particles());
            AnalysisSession state = new AnalysisSession(dataset);
            // The particles not asked for stay unselected and unanalysed, in the session too.
            Set<Particle> asked = new HashSet<>(particles);
            state.particles().forEach(a -> a.setSelected(asked.contains(a.particle())));
            List<ParticleAnalysis> analyses = particles.stream().map(state::of).toList();
            LifetimeFits.Request fitRequest = s.fit() == 0 ? null
                    : timings.time(Part.GRID, () -> FitRequests.of(s, particles));
            if (fitRequest != null) {
                state.setLifetimeSetup(LifetimeSetup.of(fitRequest));
            }
            ParticleAnalyzer analyzer = new ParticleAnalyzer(s, cpa, fitRequest, timings);
            PhotonUsers photons = new PhotonUsers(particles, s.correlate());
            boolean global = s.group() && s.global();
            boolean anyAnalysed;
            // The JSON streams out as particles finish, and is complete before the session and exports are written.
            try (JsonOutput json = JsonOutput.open(s.json(), out);
                    AnalyzeDocument document = new AnalyzeDocument(json,
                            s.file().toAbsolutePath().normalize().toString(), settingsJson(s, cpa), global,
                            s.session() != null || s.export() != null, err)) {
                timings.time(Part.PARTICLES, () -> {
                    ParticleBatch.forEachInOrder("Analysing " + s.file().getFileName(), analyses,
                            (a, m) -> analyzeOne(analyzer, a, m, photons), ParticleBatch.defaultThreads(),
                            new NullProgressMonitor(), o -> timings.time(Part.WRITE, () -> {
                                document.add(o);
                                return null;
                            }));
                    return null;
                });
                timings.time(Part.GLOBAL, () -> {
                    Map<ParticleAnalysis, JsonObject> groupingJson = new HashMap<>();
                    if (global) {
                        groupGlobally(analyzer, state, document.parked(), groupingJson);
                    }
                    document.finish(groupingJson);
                    return null;
                });
                anyAnalysed = document.anyAnalysed();
            }
            if (!anyAnalysed) {
                throw new CliException("no particle of " + s.file().getFileName() + " could be analysed");
            }
            timings.time(Part.OUTPUT, () -> {
                saveAndExport(state, s, cpa, err);
                return null;
            });
            timings.print(err);
            return OK;
        } catch (IOException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** The session and exports of the analysed particles, when asked for. */
    private static void saveAndExport(AnalysisSession state, AnalyzeSettings s, ChangePointParameters cpa,
            PrintStream err) throws CliException {
        if (s.session() != null) {
            save(state, settingsJson(s, cpa), s.session(), err);
        }
        if (s.export() != null) {
            ExportCommand.export(state, s.export(), err);
        }
    }

    /** Saves the analysis, with the settings it was made with ({@code analyze.*} keys). */
    private static void save(AnalysisSession state, JsonObject settings, Path target, PrintStream err)
            throws CliException {
        Map<String, String> strings = new LinkedHashMap<>();
        settings.entrySet().forEach(e -> strings.put("analyze." + e.getKey(),
                e.getValue().isJsonNull() ? "" : e.getValue().isJsonPrimitive() ? e.getValue().getAsString()
                        : e.getValue().toString()));
        try {
            SessionWriter.write(SessionCapture.capture(state, strings, null), target, "Full SMS " + FullSms.version());
        } catch (NoSuchFileException e) {
            throw new CliException("saving the session to " + target + " failed: " + e.getMessage() + " not found", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException("saving the session to " + target + " failed: " + e.getMessage(), e);
        }
        err.println("saved the session to " + target.toAbsolutePath().normalize());
    }

    private static ParticleAnalyzer.Report analyzeOne(ParticleAnalyzer analyzer, ParticleAnalysis a,
            IProgressMonitor monitor, PhotonUsers photons) {
        try {
            return analyzer.analyze(a, monitor);
        } finally {
            photons.done(a.particle());
        }
    }

    /**
     * Groups the levels of all particles together into the analysis state; each member's "grouping" JSON goes into
     * {@code groupingJson}. Nothing when no particle has levels; a failed grouping is recorded as each member's
     * failed grouping stage.
     */
    private static void groupGlobally(ParticleAnalyzer analyzer, AnalysisSession state,
            Map<ParticleAnalysis, ParticleAnalyzer.Report> parked, Map<ParticleAnalysis, JsonObject> groupingJson) {
        // The members: the particles with levels to group, in particle order.
        Map<ParticleAnalysis, ParticleAnalyzer.Report> members = new LinkedHashMap<>(parked);
        members.values().removeIf(r -> r.groupingInput() == null);
        if (members.isEmpty()) {
            return;
        }
        List<GroupingInput> inputs = members.values().stream().map(ParticleAnalyzer.Report::groupingInput).toList();
        GlobalGroupingResult global;
        try {
            global = new GlobalGrouping().run(inputs, analyzer.groupingParameters(), new NullProgressMonitor());
        } catch (RuntimeException e) {
            // The grouping stage of every member fails; their levels and fits stay.
            String message = "global grouping failed: " + e.getMessage();
            members.forEach((a, r) -> {
                r.stages().failed(Stage.GROUPING, message);
                a.setFailure(Stage.GROUPING, message);
            });
            return;
        }
        List<ParticleAnalysis> order = List.copyOf(members.keySet());
        int selected = global.combined().selectedStep();
        for (int i = 0; i < order.size(); i++) {
            JsonIntensity intensity = new JsonIntensity(analyzer.intensityUnit(), order.get(i).binSizeMs());
            groupingJson.put(order.get(i), GroupingJson.of(global.combined(), global.particleStep(i, selected), true,
                    intensity));
        }
        state.setGlobalGrouping(global, order);
    }

    static ChangePointParameters cpaParameters(AnalyzeSettings s) throws CliException {
        try {
            CriticalValues values = s.criticalValues() == null ? CriticalValues.forConfidence(s.confidence())
                    : CriticalValues.loadPublished(s.criticalValues(), s.confidence());
            return ChangePointParameters.of(values).withMinPhotons(s.minPhotons())
                    .withBoundaryOffset(s.boundaryOffset()).withLevelBoundaries(s.boundaries());
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private static JsonObject settingsJson(AnalyzeSettings s, ChangePointParameters cpa) {
        JsonObject j = new JsonObject();
        j.addProperty("engine", "cpa " + org.fullsms.analysis.cpa.ChangePointAnalysis.VERSION);
        j.addProperty("confidence", s.confidence());
        j.addProperty("critical_values", cpa.criticalValues().source());
        j.addProperty("min_photons", s.minPhotons());
        j.addProperty("boundary_offset", s.boundaryOffset());
        j.addProperty("level_boundaries", s.boundaries().name().toLowerCase(java.util.Locale.ROOT));
        j.addProperty("remove_bursts", s.removeBursts());
        j.addProperty("group", s.group());
        j.addProperty("global", s.global());
        j.add("roi", Json.nullable(s.roi()));
        j.addProperty("correlate", s.correlate());
        if (s.correlate()) {
            j.addProperty("window_ns", s.windowNs());
            j.addProperty("bin_ns", s.binNs());
            j.addProperty("difftime_ns", s.difftimeNs());
            j.addProperty("period_ns", s.periodNs());
        }
        if (!s.analyses().isEmpty()) {
            JsonObject analyses = new JsonObject();
            for (ExtensionRun<?, ?> run : s.analyses()) {
                JsonObject a = new JsonObject();
                a.addProperty("label", run.engine().label());
                a.addProperty("version", run.engine().version());
                a.add("parameters", JsonParser.parseString(ParameterRecords.toJson(run.parameters())));
                analyses.add(run.engine().id(), a);
            }
            j.add("analyses", analyses);
        }
        return j;
    }
}
