package org.fullsms.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.fullsms.analysis.filter.Bound;
import org.fullsms.analysis.filter.DwLevel;
import org.fullsms.analysis.filter.FilterSettings;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.analysis.filter.Limit;
import org.fullsms.analysis.filter.Normalisation;
import org.fullsms.analysis.filter.NormalisedLevel;
import org.fullsms.analysis.filter.TauIntensityRegression;
import org.fullsms.runtime.json.Json;

/**
 * The level filters and the applied intensity normalisation ({@code filtering}, docs/session-format.md). A filter
 * missing from the file keeps its default, so files of later versions with more filters still open.
 */
final class FilteringCodec {

    private static final String DW = "durbinWatson";

    private FilteringCodec() {
    }

    static void write(JsonWriter out, LevelFiltering f) throws IOException {
        out.beginObject();
        out.name("settings").beginObject();
        FilterSettings s = f.settings();
        for (Bound b : Bound.values()) {
            out.name(b.key()).beginObject();
            out.name("enabled").value(s.limit(b).enabled());
            Json.field(out, "value", s.limit(b).value());
            out.endObject();
        }
        out.name(DW).beginObject().name("enabled").value(s.dwEnabled()).name("level").value(s.dwLevel().name())
                .endObject();
        out.endObject();
        out.name("normalisation");
        writeNormalisation(out, f.normalisation());
        out.endObject();
    }

    private static void writeNormalisation(JsonWriter out, Normalisation n) throws IOException {
        if (n == null) {
            out.nullValue();
            return;
        }
        TauIntensityRegression line = n.line();
        out.beginObject();
        out.name("line").beginObject();
        out.name("throughOrigin").value(line.throughOrigin());
        out.name("points").value(line.points());
        Json.field(out, "slopeNsPerCps", line.slope());
        Json.field(out, "slopeStdNsPerCps", line.slopeStd());
        Json.field(out, "interceptNs", line.intercept());
        Json.field(out, "interceptStdNs", line.interceptStd());
        Json.field(out, "rSquared", line.rSquared());
        out.endObject();
        out.name("onlyDrift").value(n.onlyDrift());
        List<Normalisation.Entry> e = n.entries();
        int size = e.size();
        List<String> particle = new ArrayList<>(size);
        List<String> kind = new ArrayList<>(size);
        int[] index = new int[size];
        double[] intensity = new double[size];
        long[] photons = new long[size];
        out.name("levels").beginObject();
        for (int i = 0; i < size; i++) {
            particle.add(e.get(i).particle());
            kind.add(e.get(i).kind().name());
            index[i] = e.get(i).index();
            intensity[i] = e.get(i).level().intensityCps();
            photons[i] = e.get(i).level().photons();
        }
        Json.strings(out.name("particle"), particle);
        Json.strings(out.name("kind"), kind);
        Json.ints(out.name("index"), index);
        Json.doubles(out.name("intensityCps"), intensity);
        Json.longs(out.name("photons"), photons);
        out.name("moved").beginArray();
        for (Normalisation.Entry entry : e) {
            out.value(entry.level().moved());
        }
        out.endArray();
        out.endObject();
        out.endObject();
    }

    static LevelFiltering read(JsonReader in) throws IOException {
        if (Json.isNull(in)) {
            return LevelFiltering.NONE;
        }
        FilterSettings settings = FilterSettings.DEFAULTS;
        Normalisation normalisation = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "settings" -> settings = readSettings(in);
                case "normalisation" -> normalisation = readNormalisation(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        return new LevelFiltering(settings, normalisation);
    }

    private static FilterSettings readSettings(JsonReader in) throws IOException {
        Map<Bound, Limit> limits = new EnumMap<>(FilterSettings.DEFAULTS.limits());
        boolean dwEnabled = FilterSettings.DEFAULTS.dwEnabled();
        DwLevel dwLevel = FilterSettings.DEFAULTS.dwLevel();
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            Bound bound = bound(key);
            if (bound != null) {
                limits.put(bound, readLimit(in, limits.get(bound)));
            } else if (key.equals(DW)) {
                in.beginObject();
                while (in.hasNext()) {
                    switch (in.nextName()) {
                        case "enabled" -> dwEnabled = Json.bool(in);
                        case "level" -> dwLevel = Json.enumValue(DwLevel.class, in);
                        default -> in.skipValue();
                    }
                }
                in.endObject();
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        return new FilterSettings(limits, dwEnabled, dwLevel);
    }

    private static Bound bound(String key) {
        for (Bound b : Bound.values()) {
            if (b.key().equals(key)) {
                return b;
            }
        }
        return null;
    }

    private static Limit readLimit(JsonReader in, Limit defaults) throws IOException {
        boolean enabled = defaults.enabled();
        double value = defaults.value();
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "enabled" -> enabled = Json.bool(in);
                case "value" -> value = Json.number(in);
                default -> in.skipValue();
            }
        }
        if (!Double.isFinite(value)) {
            throw Json.badObject(in, "a filter value must be a finite number, found " + value);
        }
        in.endObject();
        return new Limit(enabled, value);
    }

    private static Normalisation readNormalisation(JsonReader in) throws IOException {
        if (Json.isNull(in)) {
            return null;
        }
        TauIntensityRegression line = null;
        Boolean onlyDrift = null;
        List<Normalisation.Entry> entries = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "line" -> line = readLine(in);
                case "onlyDrift" -> onlyDrift = Json.bool(in);
                case "levels" -> entries = readEntries(in);
                default -> in.skipValue();
            }
        }
        Normalisation n;
        try {
            n = new Normalisation(Json.need(line, "line", in), Json.need(onlyDrift, "onlyDrift", in),
                    Json.need(entries, "levels", in));
        } catch (IllegalArgumentException e) {
            throw Json.badObject(in, e.getMessage());
        }
        in.endObject();
        return n;
    }

    private static TauIntensityRegression readLine(JsonReader in) throws IOException {
        Boolean origin = null;
        Integer points = null;
        List<String> names = List.of("slopeNsPerCps", "slopeStdNsPerCps", "interceptNs", "interceptStdNs",
                "rSquared");
        double[] values = { Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN };
        in.beginObject();
        while (in.hasNext()) {
            String other = Json.numberOrName(in, names, values);
            if (other == null) {
                continue;
            }
            switch (other) {
                case "throughOrigin" -> origin = Json.bool(in);
                case "points" -> points = Json.integer(in);
                default -> in.skipValue();
            }
        }
        if (!Double.isFinite(values[0]) || values[0] == 0 || !Double.isFinite(values[2])) {
            throw Json.badObject(in, "the normalisation's line needs a finite non-zero slope and a finite intercept");
        }
        TauIntensityRegression line = new TauIntensityRegression(Json.need(origin, "throughOrigin", in),
                Json.need(points, "points", in), values[0], values[1], values[2], values[3], values[4]);
        in.endObject();
        return line;
    }

    private static List<Normalisation.Entry> readEntries(JsonReader in) throws IOException {
        List<String> particle = null;
        List<String> kind = null;
        int[] index = null;
        double[] intensity = null;
        long[] photons = null;
        List<Boolean> moved = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "particle" -> particle = Json.strings(in);
                case "kind" -> kind = Json.strings(in);
                case "index" -> index = Json.ints(in);
                case "intensityCps" -> intensity = Json.doubles(in);
                case "photons" -> photons = Json.longs(in);
                case "moved" -> moved = booleans(in);
                default -> in.skipValue();
            }
        }
        Json.need(particle, "particle", in);
        Json.need(kind, "kind", in);
        Json.need(index, "index", in);
        Json.need(intensity, "intensityCps", in);
        Json.need(photons, "photons", in);
        Json.need(moved, "moved", in);
        Json.sameLength(in, "levels", particle.size(), kind.size(), index.length, intensity.length, photons.length,
                moved.size());
        List<Normalisation.Entry> entries = new ArrayList<>(index.length);
        for (int i = 0; i < index.length; i++) {
            if (index[i] < 0 || photons[i] < 0 || !(intensity[i] >= 0) || !Double.isFinite(intensity[i])) {
                throw Json.badObject(in, "normalised level " + (i + 1) + " has index " + index[i] + ", " + photons[i]
                        + " photons and " + intensity[i] + " counts/s: none may be negative");
            }
            entries.add(new Normalisation.Entry(particle.get(i), kind(in, kind.get(i)), index[i],
                    new NormalisedLevel(intensity[i], photons[i], moved.get(i))));
        }
        in.endObject();
        return entries;
    }

    private static LevelKind kind(JsonReader in, String name) throws IOException {
        for (LevelKind k : LevelKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        throw Json.badObject(in, "\"" + name + "\" is not one of LEVEL, GROUP_LEVEL, GROUP");
    }

    private static List<Boolean> booleans(JsonReader in) throws IOException {
        List<Boolean> list = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            list.add(Json.bool(in));
        }
        in.endArray();
        return list;
    }
}
