package org.fullsms.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.cpa.LevelBoundaries;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.runtime.export.ExportSettings;
import org.fullsms.runtime.extensions.ExtensionRun;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.spi.ImportOptions;

/**
 * The options of {@code fullsms analyze}, checked. {@code export} is null without {@code --export DIR},
 * {@code session} null without {@code --session OUT.smsa}.
 */
record AnalyzeSettings(Path file, String particles, double confidence, Path criticalValues, int minPhotons,
        int boundaryOffset, LevelBoundaries boundaries, boolean removeBursts, String json, boolean group,
        boolean global, String roi, boolean fullLikelihood, boolean correlate, double windowNs, double binNs,
        double difftimeNs, double periodNs, int fit, boolean maximumLikelihood, Path irf, Double channelWidthNs,
        ExportSettings export, Path session, ImportOptions importOptions, List<ExtensionRun<?, ?>> analyses,
        IntensityUnit intensityUnit, boolean timings) {

    static final Set<String> VALUED = Set.of("particles", "confidence", "critical-values", "min-photons",
            "boundary-offset", "compat", "json", "roi", "window", "bin", "difftime", "period", "fit", "method", "irf",
            "channel-width", "export", "format", "plots", "exporters", "figure-size", "dpi", "font-size", "session",
            "channels", "analysis", "intensity-unit");
    static final Set<String> FLAGS = Set.of("remove-bursts", "group", "global", "full-likelihood", "correlate",
            "overwrite", "timings");

    private static boolean method(Options o) throws CliException {
        String method = o.string("method", "ls");
        if (!method.equals("ls") && !method.equals("ml")) {
            throw new CliException("--method takes ls (least squares) or ml (maximum likelihood), got '" + method + "'");
        }
        if (o.has("method") && !o.has("fit")) {
            throw new CliException("--method needs --fit 1|2|3");
        }
        return method.equals("ml");
    }

    static AnalyzeSettings parse(Options o) throws CliException {
        if (o.positional().size() != 1) {
            throw new CliException("needs exactly one FILE");
        }
        double confidence = confidence(o.string("confidence", "99"));
        String compat = o.string("compat", null);
        if (compat != null && !compat.equals("original")) {
            throw new CliException("--compat takes only 'original', got '" + compat + "'");
        }
        String roi = roi(o.string("roi", null));
        if ((o.has("global") || o.has("full-likelihood")) && !o.has("group")) {
            throw new CliException("--global and --full-likelihood need --group");
        }
        double window = o.number("window", 500, 1e-3, 1e7);
        double bin = o.number("bin", 0.5, 1e-4, 1e6);
        if (bin >= window) {
            throw new CliException("--bin (" + bin + " ns) must be smaller than --window (" + window + " ns)");
        }
        double difftime = o.number("difftime", 0, -1e6, 1e6);
        double period = o.number("period", 0, 0, 1e9);
        correlation(window, bin, difftime, period);
        Path json = o.has("json") ? o.filePath("json") : Path.of("-");
        AnalyzeSettings settings = new AnalyzeSettings(Path.of(o.positional().get(0)), o.string("particles", null),
                confidence,
                o.path("critical-values"), o.integer("min-photons", 20, 4, 1000),
                o.integer("boundary-offset", 7, 0, 500),
                compat == null ? LevelBoundaries.NON_OVERLAPPING : LevelBoundaries.ORIGINAL_SHARED_PHOTON,
                o.has("remove-bursts"), json.toString(), o.has("group"), o.has("global"), roi,
                o.has("full-likelihood"), o.has("correlate"), window, bin, difftime, period,
                o.integer("fit", 0, 1, 3), method(o), o.path("irf"),
                o.has("channel-width") ? o.number("channel-width", 0, 1e-6, 1e3) : null,
                ExportArguments.parse(o, "export"), o.filePath("session"),
                new ImportOptions(o.string("channels", null)), analyses(o), ExportArguments.intensityUnit(o),
                o.has("timings"));
        settings.checkOutputs();
        return settings;
    }

    /** {@code --analysis ID[:name=value,...]}, repeatable: installed extension analyses with their parameters. */
    private static List<ExtensionRun<?, ?>> analyses(Options o) throws CliException {
        List<ExtensionRun<?, ?>> runs = new ArrayList<>();
        for (String spec : o.strings("analysis")) {
            try {
                ExtensionRun<?, ?> run = ExtensionRun.parse(spec, Extensions.current());
                if (runs.stream().anyMatch(r -> r.engine().id().equals(run.engine().id()))) {
                    throw new CliException("--analysis " + run.engine().id() + " is given twice");
                }
                runs.add(run);
            } catch (IllegalArgumentException e) {
                throw new CliException("--analysis: " + e.getMessage(), e);
            }
        }
        return List.copyOf(runs);
    }

    /** A percentage strictly inside (0, 100): 0 and 100 would make every or no change point significant. */
    private static double confidence(String text) throws CliException {
        try {
            double confidence = Double.parseDouble(text.trim());
            if (confidence > 0 && confidence < 100) {
                return confidence;
            }
        } catch (NumberFormatException e) {
            // The line below says what is accepted.
        }
        throw new CliException("--confidence must be a percentage above 0 and below 100, got '" + text + "'");
    }

    /** auto, quick or START:END with finite seconds START < END: checked here, before any file is read. */
    private static String roi(String roi) throws CliException {
        if (roi == null || roi.equals("auto") || roi.equals("quick")) {
            return roi;
        }
        String[] parts = roi.split(":", -1);
        try {
            if (parts.length == 2) {
                new RegionOfInterest(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
                return roi;
            }
        } catch (IllegalArgumentException e) {
            // NumberFormatException included: the line below says what is accepted.
        }
        throw new CliException("--roi takes auto, quick or START:END in seconds with START < END, got '" + roi + "'");
    }

    /**
     * The correlation options as the engine will take them, so that an impossible combination (a window of 1e7 ns
     * in bins of 1e-4 ns would be 1e11 bins) fails here, with the engine's stated limit, and not per particle.
     */
    private static void correlation(double window, double bin, double difftime, double period) throws CliException {
        try {
            CorrelationParameters params = CorrelationParameters.of(window, bin, difftime);
            if (period > 0) {
                params.withPeriodNs(period);
            }
        } catch (IllegalArgumentException e) {
            throw new CliException("--window, --bin, --difftime, --period: " + e.getMessage(), e);
        }
    }

    /** The outputs (JSON, session, export folder) against the inputs and each other: see {@link OutputPaths}. */
    private void checkOutputs() throws CliException {
        List<Path> inputs = new ArrayList<>(List.of(file));
        if (irf != null) {
            inputs.add(irf);
        }
        if (criticalValues != null) {
            inputs.add(criticalValues); // a folder: its files
        }
        OutputPaths paths = OutputPaths.of(inputs).output("--json", Path.of(json), OutputPaths.Kind.STREAM);
        if (session != null) {
            paths.output("--session", session, OutputPaths.Kind.REGULAR_FILE);
        }
        if (export != null) {
            paths.output("--export", export.dir(), OutputPaths.Kind.FOLDER);
        }
    }
}
