package org.fullsms.runtime.cli;

import java.nio.file.Path;
import java.util.Set;

import org.fullsms.analysis.cpa.LevelBoundaries;

/**
 * The options of {@code fullsms analyze}, checked. {@code export} is null without {@code --export DIR},
 * {@code session} null without {@code --session OUT.smsa}.
 */
record AnalyzeSettings(Path file, String particles, double confidence, Path criticalValues, int minPhotons,
        int boundaryOffset, LevelBoundaries boundaries, boolean removeBursts, String json, boolean group,
        boolean global, String roi, boolean fullLikelihood, boolean correlate, double windowNs, double binNs,
        double difftimeNs, double periodNs, int fit, boolean maximumLikelihood, Path irf, Double channelWidthNs,
        ExportSettings export, Path session) {

    static final Set<String> VALUED = Set.of("particles", "confidence", "critical-values", "min-photons",
            "boundary-offset", "compat", "json", "roi", "window", "bin", "difftime", "period", "fit", "method", "irf",
            "channel-width", "export", "format", "plots", "session");
    static final Set<String> FLAGS = Set.of("remove-bursts", "group", "global", "full-likelihood", "correlate",
            "overwrite");

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
        double confidence = o.number("confidence", 99, Double.MIN_VALUE, 100);
        if (!(confidence > 0 && confidence < 100)) {
            throw new CliException("--confidence must be a percentage strictly between 0 and 100, got " + confidence);
        }
        String compat = o.string("compat", null);
        if (compat != null && !compat.equals("original")) {
            throw new CliException("--compat takes only 'original', got '" + compat + "'");
        }
        String roi = o.string("roi", null);
        if (roi != null && (roi.isEmpty() || (!roi.equals("auto") && !roi.equals("quick") && !roi.contains(":")))) {
            throw new CliException("--roi takes auto, quick or START:END (seconds), got '" + roi + "'");
        }
        if ((o.has("global") || o.has("full-likelihood")) && !o.has("group")) {
            throw new CliException("--global and --full-likelihood need --group");
        }
        double window = o.number("window", 500, 1e-3, 1e7);
        double bin = o.number("bin", 0.5, 1e-4, 1e6);
        if (bin >= window) {
            throw new CliException("--bin (" + bin + " ns) must be smaller than --window (" + window + " ns)");
        }
        return new AnalyzeSettings(Path.of(o.positional().get(0)), o.string("particles", null), confidence,
                o.path("critical-values"), o.integer("min-photons", 20, 4, 1000),
                o.integer("boundary-offset", 7, 0, 500),
                compat == null ? LevelBoundaries.NON_OVERLAPPING : LevelBoundaries.ORIGINAL_SHARED_PHOTON,
                o.has("remove-bursts"), o.string("json", "-"), o.has("group"), o.has("global"), roi,
                o.has("full-likelihood"), o.has("correlate"), window, bin, o.number("difftime", 0, -1e6, 1e6),
                o.number("period", 0, 0, 1e9), o.integer("fit", 0, 1, 3), method(o), o.path("irf"),
                o.has("channel-width") ? o.number("channel-width", 0, 1e-6, 1e3) : null,
                ExportSettings.parse(o, "export"), o.path("session"));
    }
}
