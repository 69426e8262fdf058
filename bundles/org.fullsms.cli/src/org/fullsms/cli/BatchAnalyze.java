package org.fullsms.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.export.ParticleExport;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.ParticleBatch;
import org.fullsms.runtime.export.ExportWiring;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.LifetimeSetup;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * {@code fullsms analyze} for batch engines that share a file's particles out among workers (the Spark job,
 * {@code org.fullsms.spark}): the same options, checked by the same code, and every particle analysed by the same
 * stages ({@link ParticleAnalyzer}) into the analysis state, from which the export's tables are taken
 * ({@link ExportWiring#tables}). A part of a file gives the results the whole file gives: the one input that depends
 * on the other particles, the decay channel grid of lifetime fits, is worked out once for the file
 * ({@link #decayGrid}) and handed to each part.
 *
 * <p>
 * Refused: the options that write output ({@code --json}, {@code --export}, {@code --session}: the batch job
 * writes tables), {@code --global} (it groups all particles of a file at once) and {@code --analysis} (extension
 * results have no table).
 */
public final class BatchAnalyze {

    /**
     * One particle's outcome.
     *
     * @param tables what the export's tables take of it, or null when its analysis broke off
     * @param json   its object in {@code fullsms analyze}'s JSON, "stages" included
     */
    public record Analysed(ParticleExport tables, JsonObject json) {
    }

    private static final Map<String, String> REFUSED = new LinkedHashMap<>();

    static {
        String output = "the batch job writes tables (see docs/scale.md)";
        REFUSED.put("json", output);
        REFUSED.put("export", output);
        REFUSED.put("session", output);
        REFUSED.put("global", "global grouping needs every particle of a file at once: run fullsms analyze --global"
                + " on the file");
        REFUSED.put("analysis", "extension analyses have no table: run fullsms analyze --analysis on the file");
    }

    private final List<String> options;
    private final AnalyzeSettings checked;

    private BatchAnalyze(List<String> options, AnalyzeSettings checked) {
        this.options = options;
        this.checked = checked;
    }

    /**
     * Checks {@code fullsms analyze}'s options (no FILE) as the command does, before any file is read.
     *
     * @throws CliException naming the option that is wrong or refused here
     */
    public static BatchAnalyze of(List<String> options) throws CliException {
        List<String> copy = List.copyOf(options);
        Options parsed = Options.parse(copy, AnalyzeSettings.VALUED, AnalyzeSettings.FLAGS);
        for (Map.Entry<String, String> refused : REFUSED.entrySet()) {
            if (parsed.has(refused.getKey())) {
                throw new CliException("--" + refused.getKey() + " is not taken here: " + refused.getValue());
            }
        }
        if (!parsed.positional().isEmpty()) {
            throw new CliException("unexpected argument '" + parsed.positional().get(0) + "' among the options");
        }
        return new BatchAnalyze(copy, settings(Path.of("batch-input"), copy));
    }

    /** Whether {@code option} (without "--") is one of {@code fullsms analyze}'s options that take a value. */
    public static boolean takesValue(String option) {
        return AnalyzeSettings.VALUED.contains(option);
    }

    /** The unit of the intensities in the tables. */
    public IntensityUnit intensityUnit() {
        return checked.intensityUnit();
    }

    /** The options as given. */
    public List<String> options() {
        return options;
    }

    /** The lifetime components fitted ({@code --fit N}), 0 without fits. */
    public int exponentials() {
        return checked.fit();
    }

    /** How many particles of the file are analysed ({@code --particles}, second channels included). */
    public int particles(Path file) throws IOException, CliException {
        AnalyzeSettings s = settings(file, options);
        try (Dataset dataset = open(s)) {
            return ParticleSelection.select(dataset, s.particles()).size();
        }
    }

    /** The decay channel grid of the file's analysed particles (reads their photons); null without {@code --fit}. */
    public HistogramBinning decayGrid(Path file) throws IOException, CliException {
        AnalyzeSettings s = settings(file, options);
        if (s.fit() == 0) {
            return null;
        }
        try (Dataset dataset = open(s)) {
            return FitRequests.binning(s, ParticleSelection.select(dataset, s.particles()));
        }
    }

    /**
     * Analyses the file's particles {@code from} (inclusive) to {@code to} (exclusive), counted among those the
     * options select, one after the other (the batch engine runs parts in parallel).
     *
     * @param grid the whole file's decay grid ({@link #decayGrid}); null to work it out here, as for a whole file
     * @return each particle's outcome, in particle order
     * @throws IOException when the file cannot be opened
     */
    public List<Analysed> analyze(Path file, int from, int to, HistogramBinning grid) throws IOException,
            CliException {
        AnalyzeSettings s = settings(file, options);
        ChangePointParameters cpa = AnalyzeCommand.cpaParameters(s);
        try (Dataset dataset = open(s)) {
            List<Particle> selected = ParticleSelection.select(dataset, s.particles());
            List<Particle> part = selected.subList(from, Math.min(to, selected.size()));
            AnalysisSession state = new AnalysisSession(dataset);
            Set<Particle> asked = new HashSet<>(part);
            state.particles().forEach(a -> a.setSelected(asked.contains(a.particle())));
            LifetimeFits.Request fitRequest = s.fit() == 0 ? null
                    : grid == null ? FitRequests.of(s, selected) : FitRequests.of(s, grid);
            if (fitRequest != null) {
                state.setLifetimeSetup(LifetimeSetup.of(fitRequest));
            }
            ParticleAnalyzer analyzer = new ParticleAnalyzer(s, cpa, fitRequest, AnalyzeTimings.OFF);
            PhotonUsers photons = new PhotonUsers(part, s.correlate());
            List<Analysed> analysed = new ArrayList<>(part.size());
            ParticleBatch.forEachInOrder("Analysing " + file.getFileName(), part.stream().map(state::of).toList(),
                    (a, m) -> analyzeOne(analyzer, a, m, photons), 1, new NullProgressMonitor(),
                    o -> analysed.add(o.ok() ? o.value() : new Analysed(null, AnalyzeDocument.brokeOff(o))));
            return analysed;
        }
    }

    /** As {@code fullsms analyze} analyses a particle, then what the tables take of it while its photons are read. */
    private static Analysed analyzeOne(ParticleAnalyzer analyzer, ParticleAnalysis a, IProgressMonitor monitor,
            PhotonUsers photons) throws IOException {
        try {
            ParticleAnalyzer.Report report = analyzer.analyze(a, monitor);
            JsonObject json = report.json();
            json.add("stages", report.stages().json());
            return new Analysed(ExportWiring.tables(a), json);
        } finally {
            photons.done(a.particle());
        }
    }

    private static AnalyzeSettings settings(Path file, List<String> options) throws CliException {
        List<String> args = new ArrayList<>(options.size() + 1);
        args.add(file.toString());
        args.addAll(options);
        return AnalyzeSettings.parse(Options.parse(args, AnalyzeSettings.VALUED, AnalyzeSettings.FLAGS));
    }

    /** The file as {@code fullsms analyze} reads it: its import options and channel width override. */
    static Dataset open(AnalyzeSettings s) throws IOException {
        Dataset dataset = Importers.open(s.file(), s.importOptions());
        if (s.channelWidthNs() != null) {
            dataset.setChannelWidthOverride(s.channelWidthNs());
        }
        return dataset;
    }
}
