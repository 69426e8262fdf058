package org.fullsms.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.fullsms.analysis.lifetime.FitParameter;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.analysis.lifetime.LifetimeSettings;
import org.fullsms.analysis.lifetime.StartMode;
import org.fullsms.runtime.json.Json;
import org.fullsms.runtime.state.FitModel;
import org.fullsms.runtime.state.LifetimeSetup;

/** The lifetime fit setup: parameters (start, bounds, fixed), settings, channel grid and measured IRF. */
final class LifetimeSetupCodec {

    private LifetimeSetupCodec() {
    }

    static void write(JsonWriter out, LifetimeSetup s) throws IOException {
        if (!Json.beginObject(out, s)) {
            return;
        }
        writeParameters(out.name("parameters"), s.parameters());
        writeSettings(out.name("settings"), s.settings());
        out.name("binning");
        HistogramBinning b = s.binning();
        if (b == null) {
            out.nullValue();
        } else {
            out.beginObject();
            Json.field(out, "channelWidthNs", b.channelWidthNs());
            Json.field(out, "tMinNs", b.tMinNs());
            Json.field(out, "tMaxNs", b.tMaxNs());
            out.endObject();
        }
        out.name("irf");
        Irf irf = s.irf();
        if (irf == null) {
            out.nullValue();
        } else {
            out.beginObject();
            Json.field(out, "channelWidthNs", irf.channelWidthNs());
            Json.field(out, "offsetNs", irf.offsetNs());
            Json.curve(out.name("counts"), irf.counts());
            out.name("source").value(irf.source());
            out.endObject();
        }
        FitModel dialog = s.dialog();
        if (dialog != null) { // optional: older sessions and readers do without
            writeModel(out.name("dialog"), dialog);
        }
        out.endObject();
    }

    private static void writeParameters(JsonWriter out, FitParameters p) throws IOException {
        out.beginObject();
        parameterList(out.name("tauNs"), p.tauNs());
        parameterList(out.name("amplitudes"), p.amplitudes());
        parameter(out.name("shiftNs"), p.shiftNs());
        parameter(out.name("background"), p.background());
        parameter(out.name("fwhmNs"), p.fwhmNs());
        out.endObject();
    }

    private static void parameterList(JsonWriter out, List<FitParameter> list) throws IOException {
        out.beginArray();
        for (FitParameter p : list) {
            parameter(out, p);
        }
        out.endArray();
    }

    private static void parameter(JsonWriter out, FitParameter p) throws IOException {
        out.beginObject();
        Json.field(out, "start", p.start());
        Json.field(out, "min", p.min());
        Json.field(out, "max", p.max());
        out.name("fixed").value(p.fixed());
        out.endObject();
    }

    private static void writeSettings(JsonWriter out, FitSettings s) throws IOException {
        out.beginObject();
        out.name("method").value(s.method().name());
        out.name("weighting").value(s.weighting().name());
        out.name("startMode").value(s.startMode().name());
        out.name("manualStart").value(s.manualStart());
        out.name("autoEnd").value(s.autoEnd());
        out.name("manualEnd").value(s.manualEnd());
        out.name("simulateIrf").value(s.simulateIrf());
        Json.field(out, "decayBackground", s.decayBackground());
        Json.field(out, "irfBackground", s.irfBackground());
        LifetimeSettings r = s.range();
        out.name("range").beginObject();
        out.name("useMovingAverage").value(r.useMovingAverage());
        out.name("movingAverageWindow").value(r.movingAverageWindow());
        Json.field(out, "startPercent", r.startPercent());
        Json.field(out, "endMultiple", r.endMultiple());
        Json.field(out, "endPercent", r.endPercent());
        Json.field(out, "minimumDecayWindowNs", r.minimumDecayWindowNs());
        Json.field(out, "backgroundPercent", r.backgroundPercent());
        out.endObject();
        out.name("maxIterations").value(s.maxIterations());
        out.endObject();
    }

    static LifetimeSetup read(JsonReader in) throws IOException {
        if (Json.isNull(in)) {
            return null;
        }
        FitParameters parameters = null;
        FitSettings settings = null;
        HistogramBinning binning = null;
        Irf irf = null;
        FitModel dialog = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "parameters" -> parameters = readParameters(in);
                case "settings" -> settings = readSettings(in);
                case "binning" -> binning = readBinning(in);
                case "irf" -> irf = readIrf(in);
                case "dialog" -> dialog = readModel(in);
                default -> in.skipValue();
            }
        }
        LifetimeSetup s = new LifetimeSetup(Json.need(parameters, "parameters", in),
                Json.need(settings, "settings", in), binning, irf, dialog);
        in.endObject();
        return s;
    }

    /** {@code {"parameters": …, "settings": …}}: the fit dialog's model (also kept in the preferences). */
    static FitModel readModel(JsonReader in) throws IOException {
        FitParameters parameters = null;
        FitSettings settings = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "parameters" -> parameters = readParameters(in);
                case "settings" -> settings = readSettings(in);
                default -> in.skipValue();
            }
        }
        FitModel model = new FitModel(Json.need(parameters, "parameters", in), Json.need(settings, "settings", in));
        in.endObject();
        return model;
    }

    static void writeModel(JsonWriter out, FitModel model) throws IOException {
        out.beginObject();
        writeParameters(out.name("parameters"), model.parameters());
        writeSettings(out.name("settings"), model.settings());
        out.endObject();
    }

    private static FitParameters readParameters(JsonReader in) throws IOException {
        List<FitParameter> tau = null;
        List<FitParameter> amplitudes = null;
        FitParameter shift = null;
        FitParameter background = null;
        FitParameter fwhm = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "tauNs" -> tau = readParameterList(in);
                case "amplitudes" -> amplitudes = readParameterList(in);
                case "shiftNs" -> shift = readParameter(in);
                case "background" -> background = readParameter(in);
                case "fwhmNs" -> fwhm = readParameter(in);
                default -> in.skipValue();
            }
        }
        FitParameters p = new FitParameters(Json.need(tau, "tauNs", in), Json.need(amplitudes, "amplitudes", in),
                Json.need(shift, "shiftNs", in), Json.need(background, "background", in), Json.need(fwhm, "fwhmNs", in));
        in.endObject();
        return p;
    }

    private static List<FitParameter> readParameterList(JsonReader in) throws IOException {
        List<FitParameter> list = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            list.add(readParameter(in));
        }
        in.endArray();
        return list;
    }

    private static FitParameter readParameter(JsonReader in) throws IOException {
        Double start = null;
        Double min = null;
        Double max = null;
        Boolean fixed = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "start" -> start = Json.number(in);
                case "min" -> min = Json.number(in);
                case "max" -> max = Json.number(in);
                case "fixed" -> fixed = Json.bool(in);
                default -> in.skipValue();
            }
        }
        FitParameter p = new FitParameter(Json.need(start, "start", in), Json.need(min, "min", in),
                Json.need(max, "max", in), Json.need(fixed, "fixed", in));
        in.endObject();
        return p;
    }

    private static FitSettings readSettings(JsonReader in) throws IOException {
        FitSettings d = FitSettings.defaults();
        FitSettings.Method method = null;
        FitSettings.Weighting weighting = null;
        StartMode startMode = null;
        int manualStart = d.manualStart();
        boolean autoEnd = d.autoEnd();
        int manualEnd = d.manualEnd();
        boolean simulateIrf = d.simulateIrf();
        double decayBackground = d.decayBackground();
        double irfBackground = d.irfBackground();
        LifetimeSettings range = null;
        int maxIterations = d.maxIterations();
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "method" -> method = Json.enumValue(FitSettings.Method.class, in);
                case "weighting" -> weighting = Json.enumValue(FitSettings.Weighting.class, in);
                case "startMode" -> startMode = Json.enumValue(StartMode.class, in);
                case "manualStart" -> manualStart = Json.integer(in);
                case "autoEnd" -> autoEnd = Json.bool(in);
                case "manualEnd" -> manualEnd = Json.integer(in);
                case "simulateIrf" -> simulateIrf = Json.bool(in);
                case "decayBackground" -> decayBackground = Json.number(in);
                case "irfBackground" -> irfBackground = Json.number(in);
                case "range" -> range = readRange(in);
                case "maxIterations" -> maxIterations = Json.integer(in);
                default -> in.skipValue();
            }
        }
        FitSettings s = new FitSettings(Json.need(method, "method", in), Json.need(weighting, "weighting", in),
                Json.need(startMode, "startMode", in), manualStart, autoEnd, manualEnd, simulateIrf, decayBackground,
                irfBackground, Json.need(range, "range", in), maxIterations);
        in.endObject();
        return s;
    }

    private static LifetimeSettings readRange(JsonReader in) throws IOException {
        LifetimeSettings d = LifetimeSettings.defaults();
        boolean movingAverage = d.useMovingAverage();
        int window = d.movingAverageWindow();
        double[] v = { d.startPercent(), d.endMultiple(), d.endPercent(), d.minimumDecayWindowNs(),
                d.backgroundPercent() };
        List<String> names = List.of("startPercent", "endMultiple", "endPercent", "minimumDecayWindowNs",
                "backgroundPercent");
        in.beginObject();
        while (in.hasNext()) {
            String other = Json.numberOrName(in, names, v);
            if ("useMovingAverage".equals(other)) {
                movingAverage = Json.bool(in);
            } else if ("movingAverageWindow".equals(other)) {
                window = Json.integer(in);
            } else if (other != null) {
                in.skipValue();
            }
        }
        LifetimeSettings r = new LifetimeSettings(movingAverage, window, v[0], v[1], v[2], v[3], v[4]);
        in.endObject();
        return r;
    }

    private static HistogramBinning readBinning(JsonReader in) throws IOException {
        if (Json.isNull(in)) {
            return null;
        }
        Double width = null;
        Double min = null;
        Double max = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "channelWidthNs" -> width = Json.number(in);
                case "tMinNs" -> min = Json.number(in);
                case "tMaxNs" -> max = Json.number(in);
                default -> in.skipValue();
            }
        }
        HistogramBinning b = new HistogramBinning(Json.need(width, "channelWidthNs", in), Json.need(min, "tMinNs", in),
                Json.need(max, "tMaxNs", in));
        in.endObject();
        return b;
    }

    private static Irf readIrf(JsonReader in) throws IOException {
        if (Json.isNull(in)) {
            return null;
        }
        Double width = null;
        double offset = 0; // sessions before the IRF was placed by its micro times
        double[] counts = null;
        String source = "";
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "channelWidthNs" -> width = Json.number(in);
                case "offsetNs" -> offset = Json.number(in);
                case "counts" -> counts = Json.doubles(in);
                case "source" -> source = Json.string(in);
                default -> in.skipValue();
            }
        }
        Irf irf = new Irf(Json.need(width, "channelWidthNs", in), Json.need(counts, "counts", in), offset, source);
        in.endObject();
        return irf;
    }
}
