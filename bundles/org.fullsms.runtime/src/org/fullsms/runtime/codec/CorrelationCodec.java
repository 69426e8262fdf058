package org.fullsms.runtime.codec;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.analysis.correlation.Exposure;
import org.fullsms.analysis.correlation.G2Fit;
import org.fullsms.runtime.json.Json;

/** Second-order correlation results with their settings and model fit. */
public final class CorrelationCodec {

    private CorrelationCodec() {
    }

    public static void write(JsonWriter out, CorrelationResult r) throws IOException {
        if (!Json.beginObject(out, r)) {
            return;
        }
        out.name("engineId").value(r.engineId());
        out.name("engineVersion").value(r.engineVersion());
        CorrelationParameters p = r.parameters();
        out.name("parameters").beginObject();
        Json.field(out, "windowNs", p.windowNs());
        Json.field(out, "binNs", p.binNs());
        Json.field(out, "difftimeNs", p.difftimeNs());
        Json.field(out, "periodNs", p.periodNs());
        Json.field(out, "backgroundCps1", p.backgroundCps1());
        Json.field(out, "backgroundCps2", p.backgroundCps2());
        out.name("fit").value(p.fit());
        out.endObject();
        Json.curve(out.name("binCentresNs"), r.binCentresNs());
        Json.longs(out.name("counts"), r.counts());
        Json.curve(out.name("g2"), r.g2());
        Json.field(out, "g2Zero", r.g2Zero());
        Json.field(out, "g2ZeroErr", r.g2ZeroErr());
        out.name("g2ZeroMethod").value(r.g2ZeroMethod());
        writeFit(out.name("fit"), r.fit());
        out.name("particles").value(r.particles());
        out.name("photons1").value(r.photons1());
        out.name("photons2").value(r.photons2());
        Json.field(out, "durationNs", r.durationNs());
        out.name("pairs").value(r.pairs());
        Json.strings(out.name("warnings"), r.warnings());
        out.endObject();
    }

    private static void writeFit(JsonWriter out, G2Fit f) throws IOException {
        if (!Json.beginObject(out, f)) {
            return;
        }
        out.name("model").value(f.model());
        Json.field(out, "g0", f.g0());
        Json.field(out, "g0Err", f.g0Err());
        Json.field(out, "tauNs", f.tauNs());
        Json.field(out, "tauErrNs", f.tauErrNs());
        Json.field(out, "amplitude", f.amplitude());
        Json.field(out, "amplitudeErr", f.amplitudeErr());
        Json.field(out, "floor", f.floor());
        Json.field(out, "floorErr", f.floorErr());
        Json.field(out, "chi2Reduced", f.chi2Reduced());
        out.name("converged").value(f.converged());
        out.name("message").value(f.message());
        out.endObject();
    }

    private static final List<String> SCALARS = List.of("g2Zero", "g2ZeroErr", "durationNs");

    public static CorrelationResult read(JsonReader in) throws IOException {
        if (Json.isNull(in)) {
            return null;
        }
        String engineId = null;
        String engineVersion = null;
        CorrelationParameters parameters = null;
        double[] centres = null;
        long[] counts = null;
        double[] g2 = null;
        String method = null;
        G2Fit fit = null;
        Integer particles = null;
        Long photons1 = null;
        Long photons2 = null;
        Long pairs = null;
        List<String> warnings = List.of();
        Double[] s = new Double[SCALARS.size()];
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "engineId" -> engineId = Json.string(in);
                case "engineVersion" -> engineVersion = Json.string(in);
                case "parameters" -> parameters = readParameters(in);
                case "binCentresNs" -> centres = Json.doubles(in);
                case "counts" -> counts = Json.longs(in);
                case "g2" -> g2 = Json.doubles(in);
                case "g2ZeroMethod" -> method = Json.stringOrNull(in);
                case "fit" -> fit = readFit(in);
                case "particles" -> particles = Json.integer(in);
                case "photons1" -> photons1 = Json.longInteger(in);
                case "photons2" -> photons2 = Json.longInteger(in);
                case "pairs" -> pairs = Json.longInteger(in);
                case "warnings" -> warnings = Json.strings(in);
                default -> {
                    int slot = SCALARS.indexOf(name);
                    if (slot < 0) {
                        in.skipValue();
                    } else {
                        s[slot] = Json.number(in);
                    }
                }
            }
        }
        for (int i = 0; i < s.length; i++) {
            Json.need(s[i], SCALARS.get(i), in);
        }
        CorrelationResult r = new CorrelationResult(Json.need(engineId, "engineId", in),
                Json.need(engineVersion, "engineVersion", in), Json.need(parameters, "parameters", in), centres,
                counts, g2, s[0], s[1], method, fit, Json.need(particles, "particles", in),
                Json.need(photons1, "photons1", in), Json.need(photons2, "photons2", in), s[2],
                Json.need(pairs, "pairs", in), warnings);
        in.endObject();
        return r;
    }

    private static CorrelationParameters readParameters(JsonReader in) throws IOException {
        double[] v = { Double.NaN, Double.NaN, 0, 0, 0, 0 };
        List<String> names = List.of("windowNs", "binNs", "difftimeNs", "periodNs", "backgroundCps1",
                "backgroundCps2");
        boolean fit = true;
        in.beginObject();
        while (in.hasNext()) {
            String other = Json.numberOrName(in, names, v);
            if ("fit".equals(other)) {
                fit = Json.bool(in);
            } else if (other != null) {
                in.skipValue();
            }
        }
        // The constructor rejects a missing (NaN) window or bin with a message naming it.
        CorrelationParameters p = new CorrelationParameters(v[0], v[1], v[2], v[3], v[4], v[5], fit);
        in.endObject();
        return p;
    }

    private static G2Fit readFit(JsonReader in) throws IOException {
        if (Json.isNull(in)) {
            return null;
        }
        List<String> names = List.of("g0", "g0Err", "tauNs", "tauErrNs", "amplitude", "amplitudeErr", "floor",
                "floorErr", "chi2Reduced");
        double[] v = new double[names.size()];
        Arrays.fill(v, Double.NaN);
        String model = null;
        boolean converged = false;
        String message = "";
        in.beginObject();
        while (in.hasNext()) {
            String other = Json.numberOrName(in, names, v);
            if (other != null) {
                switch (other) {
                    case "model" -> model = Json.string(in);
                    case "converged" -> converged = Json.bool(in);
                    case "message" -> message = Json.string(in);
                    default -> in.skipValue();
                }
            }
        }
        G2Fit f = new G2Fit(Json.need(model, "model", in), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
                converged, message);
        in.endObject();
        return f;
    }

    /** The counted pairs behind a correlation, so that a restored g² can be re-binned without counting again. */
    public static void writeCounted(JsonWriter out, Correlogram c) throws IOException {
        if (!Json.beginObject(out, c)) {
            return;
        }
        Json.field(out, "binNs", c.binNs());
        out.name("halfBins").value(c.halfBins());
        Json.field(out, "difftimeNs", c.difftimeNs());
        out.name("pairs").value(c.pairs());
        Exposure e = c.exposure();
        out.name("particles").value(e.particles());
        out.name("photons1").value(e.photons1());
        out.name("photons2").value(e.photons2());
        Json.field(out, "durationNs", e.durationNs());
        Json.field(out, "pairRate", e.pairRate());
        Json.field(out, "pairRateOverT", e.pairRateOverT());
        Json.field(out, "rate1", e.rate1());
        Json.field(out, "rate2", e.rate2());
        Json.field(out, "minRate1", e.minRate1());
        Json.field(out, "minRate2", e.minRate2());
        Json.longs(out.name("baseCounts"), c.baseCounts());
        out.endObject();
    }

    /** @throws IOException naming what is wrong when the saved counts do not fit together */
    public static Correlogram readCounted(JsonReader in) throws IOException {
        if (Json.isNull(in)) {
            return null;
        }
        List<String> names = List.of("binNs", "difftimeNs", "durationNs", "pairRate", "pairRateOverT", "rate1",
                "rate2", "minRate1", "minRate2");
        double[] v = new double[names.size()];
        Arrays.fill(v, Double.NaN);
        Integer halfBins = null;
        Integer particles = null;
        Long pairs = null;
        Long photons1 = null;
        Long photons2 = null;
        long[] base = null;
        in.beginObject();
        while (in.hasNext()) {
            String other = Json.numberOrName(in, names, v);
            if (other != null) {
                switch (other) {
                    case "halfBins" -> halfBins = Json.integer(in);
                    case "particles" -> particles = Json.integer(in);
                    case "pairs" -> pairs = Json.longInteger(in);
                    case "photons1" -> photons1 = Json.longInteger(in);
                    case "photons2" -> photons2 = Json.longInteger(in);
                    case "baseCounts" -> base = Json.longs(in);
                    default -> in.skipValue();
                }
            }
        }
        Exposure exposure = new Exposure(Json.need(particles, "particles", in), Json.need(photons1, "photons1", in),
                Json.need(photons2, "photons2", in), v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
        Correlogram c;
        try {
            c = Correlogram.restore(Json.need(base, "baseCounts", in), v[0], Json.need(halfBins, "halfBins", in),
                    v[1], Json.need(pairs, "pairs", in), exposure);
        } catch (IllegalArgumentException e) {
            throw Json.badObject(in, e.getMessage());
        }
        in.endObject();
        return c;
    }
}
