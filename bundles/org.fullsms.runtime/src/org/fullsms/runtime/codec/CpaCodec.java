package org.fullsms.runtime.codec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.fullsms.analysis.cpa.BurstRemoval;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.cpa.LevelBoundaries;
import org.fullsms.runtime.json.Json;

/**
 * Change point results and burst removals. The critical-value tables are not stored, only their confidence and
 * source (see {@link CriticalValuesResolver}); levels are stored as a table of columns.
 */
public final class CpaCodec {

    /** Levels as a table of columns. */
    private static final ColumnTable LEVELS = new ColumnTable("levels").ints("first").ints("last").longs("startNs")
            .longs("endNs").ints("photons").doubles("intensityCps");

    private CpaCodec() {
    }

    public static void write(JsonWriter out, ChangePointResult r) throws IOException {
        if (!Json.beginObject(out, r)) {
            return;
        }
        out.name("engineId").value(r.engineId());
        out.name("engineVersion").value(r.engineVersion());
        writeParameters(out.name("parameters"), r.parameters());
        out.name("numPhotons").value(r.numPhotons());
        out.name("analysed").value(r.analysed());
        Json.ints(out.name("changePoints"), r.changePoints());
        Json.ints(out.name("regionFirst"), r.regionFirst());
        Json.ints(out.name("regionLast"), r.regionLast());
        writeLevels(out.name("levels"), r.levels());
        Json.field(out, "weightedMeanCps", r.weightedMeanCps());
        Json.field(out, "weightedSdCps", r.weightedSdCps());
        Json.strings(out.name("warnings"), r.warnings());
        out.endObject();
    }

    private static void writeParameters(JsonWriter out, ChangePointParameters p) throws IOException {
        out.beginObject();
        Json.field(out, "confidencePercent", p.confidencePercent());
        out.name("minPhotons").value(p.minPhotons());
        out.name("boundaryOffset").value(p.boundaryOffset());
        out.name("levelBoundaries").value(p.levelBoundaries().name());
        out.name("endTimeNs");
        if (p.endTimeNs().isPresent()) {
            out.value(p.endTimeNs().getAsLong());
        } else {
            out.nullValue();
        }
        out.name("criticalValuesSource").value(p.criticalValues().source());
        out.endObject();
    }

    private static void writeLevels(JsonWriter out, List<Level> levels) throws IOException {
        int n = levels.size();
        int[] first = new int[n];
        int[] last = new int[n];
        long[] start = new long[n];
        long[] end = new long[n];
        int[] photons = new int[n];
        double[] intensity = new double[n];
        for (int i = 0; i < n; i++) {
            Level l = levels.get(i);
            first[i] = l.first();
            last[i] = l.last();
            start[i] = l.startNs();
            end[i] = l.endNs();
            photons[i] = l.photons();
            intensity[i] = l.intensityCps();
        }
        LEVELS.write(out, first, last, start, end, photons, intensity);
    }

    public static ChangePointResult read(JsonReader in, CriticalValuesResolver tables) throws IOException {
        if (Json.isNull(in)) {
            return null;
        }
        String engineId = null;
        String engineVersion = null;
        ChangePointParameters parameters = null;
        Integer numPhotons = null;
        Boolean analysed = null;
        int[] changePoints = null;
        int[] regionFirst = null;
        int[] regionLast = null;
        List<Level> levels = null;
        Double mean = null;
        Double sd = null;
        List<String> warnings = List.of();
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "engineId" -> engineId = Json.string(in);
                case "engineVersion" -> engineVersion = Json.string(in);
                case "parameters" -> parameters = readParameters(in, tables);
                case "numPhotons" -> numPhotons = Json.integer(in);
                case "analysed" -> analysed = Json.bool(in);
                case "changePoints" -> changePoints = Json.ints(in);
                case "regionFirst" -> regionFirst = Json.ints(in);
                case "regionLast" -> regionLast = Json.ints(in);
                case "levels" -> levels = readLevels(in);
                case "weightedMeanCps" -> mean = Json.number(in);
                case "weightedSdCps" -> sd = Json.number(in);
                case "warnings" -> warnings = Json.strings(in);
                default -> in.skipValue();
            }
        }
        ChangePointResult r = new ChangePointResult(Json.need(engineId, "engineId", in),
                Json.need(engineVersion, "engineVersion", in), Json.need(parameters, "parameters", in),
                Json.need(numPhotons, "numPhotons", in), Json.need(analysed, "analysed", in),
                Json.need(changePoints, "changePoints", in), Json.need(regionFirst, "regionFirst", in),
                Json.need(regionLast, "regionLast", in), Json.need(levels, "levels", in),
                Json.need(mean, "weightedMeanCps", in), Json.need(sd, "weightedSdCps", in), warnings);
        in.endObject();
        return r;
    }

    private static ChangePointParameters readParameters(JsonReader in, CriticalValuesResolver tables)
            throws IOException {
        Double confidence = null;
        Integer minPhotons = null;
        Integer offset = null;
        LevelBoundaries boundaries = null;
        OptionalLong endTime = OptionalLong.empty();
        String source = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "confidencePercent" -> confidence = Json.number(in);
                case "minPhotons" -> minPhotons = Json.integer(in);
                case "boundaryOffset" -> offset = Json.integer(in);
                case "levelBoundaries" -> boundaries = Json.enumValue(LevelBoundaries.class, in);
                case "endTimeNs" -> endTime = Json.isNull(in) ? OptionalLong.empty()
                        : OptionalLong.of(Json.longInteger(in));
                case "criticalValuesSource" -> source = Json.string(in);
                default -> in.skipValue();
            }
        }
        double c = Json.need(confidence, "confidencePercent", in);
        ChangePointParameters p = new ChangePointParameters(c, Json.need(minPhotons, "minPhotons", in),
                Json.need(offset, "boundaryOffset", in), Json.need(boundaries, "levelBoundaries", in), endTime,
                tables.resolve(c, Json.need(source, "criticalValuesSource", in)));
        in.endObject();
        return p;
    }

    private static List<Level> readLevels(JsonReader in) throws IOException {
        ColumnTable.Columns c = LEVELS.begin(in);
        int[] first = c.ints("first");
        int[] last = c.ints("last");
        long[] start = c.longs("startNs");
        long[] end = c.longs("endNs");
        int[] photons = c.ints("photons");
        double[] intensity = c.doubles("intensityCps");
        List<Level> levels = new ArrayList<>(c.length());
        for (int i = 0; i < c.length(); i++) {
            checkLevel(in, i, first[i], last[i], start[i], end[i], photons[i], intensity[i]);
            levels.add(new Level(first[i], last[i], start[i], end[i], photons[i], intensity[i]));
        }
        in.endObject();
        return levels;
    }

    /**
     * Refuses a level the change point engine cannot have made, so that a damaged session fails here, naming the
     * level, and not later inside grouping or an export. A level of no dwell (infinite intensity) is allowed: engine
     * 1.0.0 made them, as the original does; grouped particles are checked for them in {@link ParticleCodec}.
     */
    private static void checkLevel(JsonReader in, int i, int first, int last, long startNs, long endNs, int photons,
            double intensityCps) throws IOException {
        String what = null;
        if (first < 0 || last < first) {
            what = "has photons " + first + ".." + last;
        } else if (photons != last - first + 1) {
            what = "has " + photons + " photons but spans photons " + first + ".." + last;
        } else if (endNs < startNs) {
            what = "ends (" + endNs + " ns) before it starts (" + startNs + " ns)";
        } else if (endNs == startNs ? intensityCps != Double.POSITIVE_INFINITY
                : !(intensityCps > 0) || !Double.isFinite(intensityCps)) {
            what = "has an intensity of " + intensityCps + " counts/s over a dwell of " + (endNs - startNs) + " ns";
        }
        if (what != null) {
            throw Json.badObject(in, "level " + i + " " + what);
        }
    }

    public static void writeBursts(JsonWriter out, BurstRemoval b) throws IOException {
        if (!Json.beginObject(out, b)) {
            return;
        }
        write(out.name("result"), b.result());
        Json.ints(out.name("burstLevels"), b.burstLevels());
        Json.ints(out.name("removedChangePoints"), b.removedChangePoints());
        Json.ints(out.name("removedRegionFirst"), b.removedRegionFirst());
        Json.ints(out.name("removedRegionLast"), b.removedRegionLast());
        out.endObject();
    }

    public static BurstRemoval readBursts(JsonReader in, CriticalValuesResolver tables) throws IOException {
        if (Json.isNull(in)) {
            return null;
        }
        ChangePointResult result = null;
        int[] levels = null;
        int[] removed = null;
        int[] first = null;
        int[] last = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "result" -> result = read(in, tables);
                case "burstLevels" -> levels = Json.ints(in);
                case "removedChangePoints" -> removed = Json.ints(in);
                case "removedRegionFirst" -> first = Json.ints(in);
                case "removedRegionLast" -> last = Json.ints(in);
                default -> in.skipValue();
            }
        }
        BurstRemoval b = new BurstRemoval(Json.need(result, "result", in), Json.need(levels, "burstLevels", in),
                Json.need(removed, "removedChangePoints", in), Json.need(first, "removedRegionFirst", in),
                Json.need(last, "removedRegionLast", in));
        in.endObject();
        return b;
    }
}
