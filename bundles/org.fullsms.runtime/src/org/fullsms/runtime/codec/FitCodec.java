package org.fullsms.runtime.codec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.FitStatus;
import org.fullsms.runtime.json.Json;
import org.fullsms.runtime.state.FitTarget;

/** Lifetime fit results, each with the decay it belongs to ({@link FitTarget}). */
public final class FitCodec {

    /** Fits are written in a fixed order (kind, then index) so that equal sessions give equal files. */
    private static final Comparator<FitTarget> ORDER = Comparator.comparing(FitTarget::kind)
            .thenComparingInt(FitTarget::index);

    private FitCodec() {
    }

    public static void writeFits(JsonWriter out, Map<FitTarget, FitResult> fits) throws IOException {
        List<FitTarget> targets = new ArrayList<>(fits.keySet());
        targets.sort(ORDER);
        out.beginArray();
        for (FitTarget t : targets) {
            out.beginObject();
            out.name("target").value(t.kind().name());
            out.name("index").value(t.index());
            write(out.name("result"), fits.get(t));
            out.endObject();
        }
        out.endArray();
    }

    public static Map<FitTarget, FitResult> readFits(JsonReader in) throws IOException {
        Map<FitTarget, FitResult> fits = new LinkedHashMap<>();
        in.beginArray();
        while (in.hasNext()) {
            FitTarget.Kind kind = null;
            Integer index = null;
            FitResult result = null;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "target" -> kind = Json.enumValue(FitTarget.Kind.class, in);
                    case "index" -> index = Json.integer(in);
                    case "result" -> result = read(in);
                    default -> in.skipValue();
                }
            }
            FitTarget target = new FitTarget(Json.need(kind, "target", in), Json.need(index, "index", in));
            if (fits.put(target, Json.need(result, "result", in)) != null) {
                throw Json.badObject(in, "two fits of the " + target);
            }
            in.endObject();
        }
        in.endArray();
        return fits;
    }

    public static void write(JsonWriter out, FitResult r) throws IOException {
        out.beginObject();
        out.name("engine").value(r.engine());
        out.name("version").value(r.version());
        out.name("status").value(r.status().name());
        out.name("message").value(r.message());
        Json.strings(out.name("notes"), r.notes());
        out.name("method").value(r.method());
        out.name("weighting").value(r.weighting());
        out.name("numExp").value(r.numExp());
        Json.doubles(out.name("tauNs"), r.tauNs());
        Json.doubles(out.name("tauStdNs"), r.tauStdNs());
        Json.doubles(out.name("amplitudes"), r.amplitudes());
        Json.doubles(out.name("amplitudeStd"), r.amplitudeStd());
        Json.field(out, "meanTauAmplitudeNs", r.meanTauAmplitudeNs());
        Json.field(out, "meanTauAmplitudeStdNs", r.meanTauAmplitudeStdNs());
        Json.field(out, "meanTauIntensityNs", r.meanTauIntensityNs());
        Json.field(out, "meanTauIntensityStdNs", r.meanTauIntensityStdNs());
        Json.field(out, "shiftNs", r.shiftNs());
        Json.field(out, "shiftStdNs", r.shiftStdNs());
        Json.field(out, "background", r.background());
        Json.field(out, "backgroundStd", r.backgroundStd());
        Json.field(out, "irfBackground", r.irfBackground());
        Json.field(out, "fwhmNs", r.fwhmNs());
        Json.field(out, "fwhmStdNs", r.fwhmStdNs());
        Json.field(out, "chiSquaredReduced", r.chiSquaredReduced());
        Json.field(out, "durbinWatson", r.durbinWatson());
        Json.doubles(out.name("durbinWatsonBounds"), r.durbinWatsonBounds());
        out.name("startChannel").value(r.startChannel());
        out.name("endChannel").value(r.endChannel());
        Json.field(out, "windowStartNs", r.windowStartNs());
        Json.field(out, "windowEndNs", r.windowEndNs());
        Json.field(out, "photonsInFit", r.photonsInFit());
        Json.curve(out.name("fittedCounts"), r.fittedCounts());
        Json.curve(out.name("residuals"), r.residuals());
        out.name("iterations").value(r.iterations());
        Json.field(out, "objective", r.objective());
        out.endObject();
    }

    /** Field order of {@link FitResult}'s double components, for the name → slot lookup below. */
    private static final List<String> SCALARS = List.of("meanTauAmplitudeNs", "meanTauAmplitudeStdNs",
            "meanTauIntensityNs", "meanTauIntensityStdNs", "shiftNs", "shiftStdNs", "background", "backgroundStd",
            "irfBackground", "fwhmNs", "fwhmStdNs", "chiSquaredReduced", "durbinWatson", "windowStartNs",
            "windowEndNs", "photonsInFit", "objective");

    public static FitResult read(JsonReader in) throws IOException {
        String engine = null;
        String version = null;
        FitStatus status = null;
        String message = "";
        List<String> notes = List.of();
        String method = null;
        String weighting = null;
        Integer numExp = null;
        Integer startChannel = null;
        Integer endChannel = null;
        Integer iterations = null;
        double[][] arrays = new double[7][];
        double[] scalars = new double[SCALARS.size()];
        boolean[] seen = new boolean[SCALARS.size()];
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "engine" -> engine = Json.string(in);
                case "version" -> version = Json.string(in);
                case "status" -> status = Json.enumValue(FitStatus.class, in);
                case "message" -> message = Json.string(in);
                case "notes" -> notes = Json.strings(in);
                case "method" -> method = Json.stringOrNull(in);
                case "weighting" -> weighting = Json.stringOrNull(in);
                case "numExp" -> numExp = Json.integer(in);
                case "startChannel" -> startChannel = Json.integer(in);
                case "endChannel" -> endChannel = Json.integer(in);
                case "iterations" -> iterations = Json.integer(in);
                case "tauNs" -> arrays[0] = Json.doubles(in);
                case "tauStdNs" -> arrays[1] = Json.doubles(in);
                case "amplitudes" -> arrays[2] = Json.doubles(in);
                case "amplitudeStd" -> arrays[3] = Json.doubles(in);
                case "durbinWatsonBounds" -> arrays[4] = Json.doubles(in);
                case "fittedCounts" -> arrays[5] = Json.doubles(in);
                case "residuals" -> arrays[6] = Json.doubles(in);
                default -> {
                    int slot = SCALARS.indexOf(name);
                    if (slot < 0) {
                        in.skipValue();
                    } else {
                        scalars[slot] = Json.number(in);
                        seen[slot] = true;
                    }
                }
            }
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                throw Json.badObject(in, "required key \"" + SCALARS.get(i) + "\" is missing");
            }
        }
        // Exports make columns per exponential: a number from a damaged file must not size them.
        if (numExp != null && (numExp < 0 || numExp > FitParameters.MAX_EXPONENTIALS)) {
            throw Json.badObject(in, "numExp " + numExp + " is outside 0 to " + FitParameters.MAX_EXPONENTIALS);
        }
        double[] s = scalars;
        FitResult r = new FitResult(Json.need(engine, "engine", in), Json.need(version, "version", in),
                Json.need(status, "status", in), message, notes, method, weighting, Json.need(numExp, "numExp", in),
                arrays[0], arrays[1], arrays[2], arrays[3], s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9],
                s[10], s[11], s[12], arrays[4], Json.need(startChannel, "startChannel", in),
                Json.need(endChannel, "endChannel", in), s[13], s[14], s[15], arrays[5], arrays[6],
                Json.need(iterations, "iterations", in), s[16]);
        if (r.ok() && (r.fittedCounts() == null || r.residuals() == null)) {
            // Plots and exports of a fit draw its curve: a fit without one cannot be shown or exported.
            throw Json.badObject(in, "a fit with status " + r.status() + " needs \"fittedCounts\" and \"residuals\"");
        }
        in.endObject();
        return r;
    }
}
