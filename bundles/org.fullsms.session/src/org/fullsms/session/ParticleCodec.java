package org.fullsms.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.analysis.cpa.BurstRemoval;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.export.ParticleExport;
import org.fullsms.runtime.codec.CorrelationCodec;
import org.fullsms.runtime.codec.CpaCodec;
import org.fullsms.runtime.codec.CriticalValuesResolver;
import org.fullsms.runtime.codec.FitCodec;
import org.fullsms.runtime.codec.GroupingCodec;
import org.fullsms.runtime.json.Json;
import org.fullsms.runtime.state.ExtensionResult;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;

/** One particle channel's saved state. */
final class ParticleCodec {

    private ParticleCodec() {
    }

    static void write(JsonWriter out, ParticleState p) throws IOException {
        out.beginObject();
        out.name("name").value(p.name());
        out.name("selected").value(p.selected());
        Json.field(out, "binSizeMs", p.binSizeMs());
        out.name("roi");
        if (p.roi() == null) {
            out.nullValue();
        } else {
            out.beginObject();
            Json.field(out, "startS", p.roi().startS());
            Json.field(out, "endS", p.roi().endS());
            out.endObject();
        }
        CpaCodec.write(out.name("changePoints"), p.changePoints());
        CpaCodec.writeBursts(out.name("burstRemoval"), p.burstRemoval());
        GroupingCodec.write(out.name("grouping"), p.grouping());
        out.name("groupsApplied").value(p.groupsApplied());
        FitCodec.writeFits(out.name("fits"), p.fits());
        CorrelationCodec.write(out.name("correlation"), p.correlation());
        CorrelationCodec.writeCounted(out.name("correlationCounts"), p.counted());
        if (!p.failures().isEmpty()) { // optional: sessions without failed stages read as before
            out.name("failures").beginObject();
            for (Map.Entry<Stage, String> f : p.failures().entrySet()) {
                out.name(f.getKey().id()).value(f.getValue());
            }
            out.endObject();
        }
        if (!p.extensions().isEmpty()) { // optional too
            writeExtensions(out.name("extensions"), p.extensions());
        }
        out.endObject();
    }

    /** Each result's parameters and result as its engine's codec wrote them, embedded as they are. */
    private static void writeExtensions(JsonWriter out, List<ExtensionResult> results) throws IOException {
        out.beginArray();
        for (ExtensionResult r : results) {
            out.beginObject();
            out.name("engineId").value(r.engineId());
            out.name("engineVersion").value(r.engineVersion());
            out.name("parameters").jsonValue(r.parametersJson());
            if (r.failed()) {
                out.name("error").value(r.error());
            } else {
                out.name("result").jsonValue(r.resultJson());
            }
            out.endObject();
        }
        out.endArray();
    }

    private static List<ExtensionResult> readExtensions(JsonReader in) throws IOException {
        List<ExtensionResult> results = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            String id = null;
            String version = null;
            String parameters = null;
            String result = null;
            String error = null;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "engineId" -> id = Json.string(in);
                    case "engineVersion" -> version = Json.string(in);
                    case "parameters" -> parameters = rawValue(in);
                    case "result" -> result = rawValue(in);
                    case "error" -> error = Json.string(in);
                    default -> in.skipValue();
                }
            }
            Json.need(id, "engineId", in);
            Json.need(version, "engineVersion", in);
            Json.need(parameters, "parameters", in);
            if ((result == null) == (error == null)) {
                throw Json.badObject(in, id + ": an extension result has either \"result\" or \"error\"");
            }
            in.endObject();
            results.add(new ExtensionResult(id, version, parameters, result, error, null));
        }
        in.endArray();
        return results;
    }

    /** One JSON value, whatever it is, as compact text (an extension's own document). */
    private static String rawValue(JsonReader in) throws IOException {
        try {
            return JsonParser.parseReader(in).toString();
        } catch (JsonParseException e) {
            throw Json.bad(in, "not a JSON value: " + e.getMessage());
        }
    }

    static ParticleState read(JsonReader in, CriticalValuesResolver tables) throws IOException {
        String name = null;
        boolean selected = true;
        double binSizeMs = ParticleAnalysis.DEFAULT_BIN_MS;
        RegionOfInterest roi = null;
        ChangePointResult changePoints = null;
        BurstRemoval bursts = null;
        GroupingResult grouping = null;
        boolean applied = false;
        Map<FitTarget, FitResult> fits = Map.of();
        CorrelationResult correlation = null;
        Correlogram counted = null;
        Map<Stage, String> failures = Map.of();
        List<ExtensionResult> extensions = List.of();
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "name" -> name = Json.string(in);
                case "selected" -> selected = Json.bool(in);
                case "binSizeMs" -> binSizeMs = Json.number(in);
                case "roi" -> roi = readRoi(in);
                case "changePoints" -> changePoints = CpaCodec.read(in, tables);
                case "burstRemoval" -> bursts = CpaCodec.readBursts(in, tables);
                case "grouping" -> grouping = GroupingCodec.read(in);
                case "groupsApplied" -> applied = Json.bool(in);
                case "fits" -> fits = FitCodec.readFits(in);
                case "correlation" -> correlation = CorrelationCodec.read(in);
                case "correlationCounts" -> counted = CorrelationCodec.readCounted(in);
                case "failures" -> failures = readFailures(in);
                case "extensions" -> extensions = readExtensions(in);
                default -> in.skipValue();
            }
        }
        Json.need(name, "name", in);
        if (!ParticleExport.isValidBinSize(binSizeMs)) {
            throw Json.badObject(in, name + ": bin size must be between " + ParticleExport.MIN_BIN_MS + " and "
                    + ParticleExport.MAX_BIN_MS + " ms, got " + binSizeMs);
        }
        if (grouping != null && changePoints == null) {
            throw Json.badObject(in, name + ": grouped, but its change point levels are not there");
        }
        ChangePointResult grouped = bursts != null ? bursts.result() : changePoints; // as ParticleAnalysis.levels()
        if (grouping != null && grouped.levels().stream().anyMatch(l -> l.dwellNs() <= 0)) {
            throw Json.badObject(in, name + ": grouped, but a level has no dwell time (grouping cannot have used it)");
        }
        if (bursts != null && changePoints == null) {
            throw Json.badObject(in, name + ": bursts removed from change points that are not there");
        }
        ParticleState p = new ParticleState(name, selected, binSizeMs, roi, changePoints, bursts, grouping,
                applied && grouping != null, fits, correlation, counted, failures, extensions);
        in.endObject();
        return p;
    }

    /** Stage id → message; ids of stages this version does not know are ignored, like unknown keys. */
    private static Map<Stage, String> readFailures(JsonReader in) throws IOException {
        Map<String, String> saved = Json.stringMap(in);
        Map<Stage, String> failures = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            String message = saved.get(s.id());
            if (message != null && message.isBlank()) {
                throw Json.bad(in, "the failure of stage " + s.id() + " needs a message");
            }
            if (message != null) {
                failures.put(s, message);
            }
        }
        return failures;
    }

    private static RegionOfInterest readRoi(JsonReader in) throws IOException {
        if (Json.isNull(in)) {
            return null;
        }
        Double start = null;
        Double end = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "startS" -> start = Json.number(in);
                case "endS" -> end = Json.number(in);
                default -> in.skipValue();
            }
        }
        RegionOfInterest roi = new RegionOfInterest(Json.need(start, "startS", in), Json.need(end, "endS", in));
        in.endObject();
        return roi;
    }
}
