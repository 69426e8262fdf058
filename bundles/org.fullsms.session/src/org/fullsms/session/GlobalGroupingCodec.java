package org.fullsms.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.grouping.LevelInput;
import org.fullsms.runtime.codec.GroupingCodec;
import org.fullsms.runtime.json.Json;

/** The global grouping: its members by name, their concatenated levels and the combined grouping result. */
final class GlobalGroupingCodec {

    private GlobalGroupingCodec() {
    }

    static void write(JsonWriter out, GlobalGroupingState global) throws IOException {
        if (global == null) {
            out.nullValue();
            return;
        }
        GlobalGroupingResult r = global.result();
        GroupingInput input = r.input();
        int n = input.levels().size();
        long[] photons = new long[n];
        double[] dwell = new double[n];
        double[] start = new double[n];
        double[] end = new double[n];
        for (int i = 0; i < n; i++) {
            LevelInput l = input.levels().get(i);
            photons[i] = l.photons();
            dwell[i] = l.dwellS();
            start[i] = l.startS();
            end[i] = l.endS();
        }
        out.beginObject();
        Json.strings(out.name("members"), global.members());
        Json.ints(out.name("particleOffsets"), r.particleOffsets());
        out.name("input").beginObject();
        out.name("totalPhotons").value(input.totalPhotons());
        out.name("numChangePoints").value(input.numChangePoints());
        Json.field(out, "totalDurationS", input.totalDurationS());
        out.name("levels").beginObject();
        Json.longs(out.name("photons"), photons);
        Json.doubles(out.name("dwellS"), dwell);
        Json.doubles(out.name("startS"), start);
        Json.doubles(out.name("endS"), end);
        out.endObject();
        out.endObject();
        GroupingCodec.write(out.name("result"), r.combined());
        out.endObject();
    }

    static GlobalGroupingState read(JsonReader in) throws IOException {
        if (Json.isNull(in)) {
            return null;
        }
        List<String> members = null;
        int[] offsets = null;
        GroupingInput input = null;
        GroupingResult result = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "members" -> members = Json.strings(in);
                case "particleOffsets" -> offsets = Json.ints(in);
                case "input" -> input = readInput(in);
                case "result" -> result = GroupingCodec.read(in);
                default -> in.skipValue();
            }
        }
        GlobalGroupingState g = new GlobalGroupingState(new GlobalGroupingResult(Json.need(result, "result", in),
                Json.need(input, "input", in), Json.need(offsets, "particleOffsets", in)),
                Json.need(members, "members", in));
        in.endObject();
        return g;
    }

    private static GroupingInput readInput(JsonReader in) throws IOException {
        Long photons = null;
        Integer changePoints = null;
        Double duration = null;
        List<LevelInput> levels = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "totalPhotons" -> photons = Json.longInteger(in);
                case "numChangePoints" -> changePoints = Json.integer(in);
                case "totalDurationS" -> duration = Json.number(in);
                case "levels" -> levels = readLevelInputs(in);
                default -> in.skipValue();
            }
        }
        GroupingInput input = new GroupingInput(Json.need(levels, "levels", in),
                Json.need(photons, "totalPhotons", in), Json.need(changePoints, "numChangePoints", in),
                Json.need(duration, "totalDurationS", in));
        in.endObject();
        return input;
    }

    private static List<LevelInput> readLevelInputs(JsonReader in) throws IOException {
        long[] photons = null;
        double[] dwell = null;
        double[] start = null;
        double[] end = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "photons" -> photons = Json.longs(in);
                case "dwellS" -> dwell = Json.doubles(in);
                case "startS" -> start = Json.doubles(in);
                case "endS" -> end = Json.doubles(in);
                default -> in.skipValue();
            }
        }
        Json.need(photons, "photons", in);
        Json.need(dwell, "dwellS", in);
        Json.need(start, "startS", in);
        Json.need(end, "endS", in);
        Json.sameLength(in, "levels", photons.length, dwell.length, start.length, end.length);
        List<LevelInput> levels = new ArrayList<>(photons.length);
        for (int i = 0; i < photons.length; i++) {
            levels.add(new LevelInput(photons[i], dwell[i], start[i], end[i]));
        }
        in.endObject();
        return levels;
    }
}
