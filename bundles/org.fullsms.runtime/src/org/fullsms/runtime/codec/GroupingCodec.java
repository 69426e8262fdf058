package org.fullsms.runtime.codec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.fullsms.analysis.grouping.EmMode;
import org.fullsms.analysis.grouping.Group;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.runtime.json.Json;

/** Grouping results: every step, with the best and the selected step. */
public final class GroupingCodec {

    /** The groups of a step as a table of columns. */
    private static final ColumnTable GROUPS = new ColumnTable("groups").ints("index").doubles("intensityCps")
            .longs("photons").doubles("dwellS").ints("numLevels");

    private GroupingCodec() {
    }

    public static void write(JsonWriter out, GroupingResult r) throws IOException {
        if (!Json.beginObject(out, r)) {
            return;
        }
        out.name("engineId").value(r.engineId());
        out.name("engineVersion").value(r.engineVersion());
        GroupingParameters p = r.parameters();
        out.name("parameters").beginObject();
        out.name("maxIterations").value(p.maxIterations());
        Json.field(out, "tolerance", p.tolerance());
        Json.field(out, "minTermProbability", p.minTermProbability());
        out.name("emMode").value(p.emMode().name());
        out.endObject();
        out.name("bestStep").value(r.bestStep());
        out.name("selectedStep").value(r.selectedStep());
        out.name("steps").beginArray();
        for (GroupingStep s : r.steps()) {
            writeStep(out, s);
        }
        out.endArray();
        out.endObject();
    }

    private static void writeStep(JsonWriter out, GroupingStep s) throws IOException {
        int n = s.numGroups();
        int[] index = new int[n];
        double[] intensity = new double[n];
        long[] photons = new long[n];
        double[] dwell = new double[n];
        int[] levels = new int[n];
        for (int g = 0; g < n; g++) {
            Group group = s.groups().get(g);
            index[g] = group.index();
            intensity[g] = group.intensityCps();
            photons[g] = group.photons();
            dwell[g] = group.dwellS();
            levels[g] = group.numLevels();
        }
        out.beginObject();
        Json.field(out, "bic", s.bic());
        Json.field(out, "logLikelihood", s.logLikelihood());
        out.name("emIterations").value(s.emIterations());
        Json.ints(out.name("levelGroup"), s.levelGroup());
        GROUPS.write(out.name("groups"), index, intensity, photons, dwell, levels);
        out.endObject();
    }

    public static GroupingResult read(JsonReader in) throws IOException {
        if (Json.isNull(in)) {
            return null;
        }
        String engineId = null;
        String engineVersion = null;
        GroupingParameters parameters = null;
        Integer best = null;
        Integer selected = null;
        List<GroupingStep> steps = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "engineId" -> engineId = Json.string(in);
                case "engineVersion" -> engineVersion = Json.string(in);
                case "parameters" -> parameters = readParameters(in);
                case "bestStep" -> best = Json.integer(in);
                case "selectedStep" -> selected = Json.integer(in);
                case "steps" -> {
                    steps = new ArrayList<>();
                    in.beginArray();
                    while (in.hasNext()) {
                        steps.add(readStep(in));
                    }
                    in.endArray();
                }
                default -> in.skipValue();
            }
        }
        GroupingResult r = new GroupingResult(Json.need(engineId, "engineId", in),
                Json.need(engineVersion, "engineVersion", in), Json.need(parameters, "parameters", in),
                Json.need(steps, "steps", in), Json.need(best, "bestStep", in), Json.need(selected, "selectedStep", in));
        in.endObject();
        return r;
    }

    private static GroupingParameters readParameters(JsonReader in) throws IOException {
        Integer iterations = null;
        Double tolerance = null;
        Double minTerm = null;
        EmMode mode = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "maxIterations" -> iterations = Json.integer(in);
                case "tolerance" -> tolerance = Json.number(in);
                case "minTermProbability" -> minTerm = Json.number(in);
                case "emMode" -> mode = Json.enumValue(EmMode.class, in);
                default -> in.skipValue();
            }
        }
        GroupingParameters p = new GroupingParameters(Json.need(iterations, "maxIterations", in),
                Json.need(tolerance, "tolerance", in), Json.need(minTerm, "minTermProbability", in),
                Json.need(mode, "emMode", in));
        in.endObject();
        return p;
    }

    private static GroupingStep readStep(JsonReader in) throws IOException {
        Double bic = null;
        Double lnL = null;
        Integer iterations = null;
        int[] levelGroup = null;
        List<Group> groups = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "bic" -> bic = Json.number(in);
                case "logLikelihood" -> lnL = Json.number(in);
                case "emIterations" -> iterations = Json.integer(in);
                case "levelGroup" -> levelGroup = Json.ints(in);
                case "groups" -> groups = readGroups(in);
                default -> in.skipValue();
            }
        }
        Json.need(groups, "groups", in);
        for (int g : Json.need(levelGroup, "levelGroup", in)) {
            if (g < 0 || g >= groups.size()) {
                throw Json.badObject(in, "level group " + g + " out of range 0.." + (groups.size() - 1));
            }
        }
        GroupingStep s = new GroupingStep(Json.need(bic, "bic", in), Json.need(lnL, "logLikelihood", in), groups,
                levelGroup, Json.need(iterations, "emIterations", in));
        in.endObject();
        return s;
    }

    private static List<Group> readGroups(JsonReader in) throws IOException {
        ColumnTable.Columns c = GROUPS.begin(in);
        int[] index = c.ints("index");
        double[] intensity = c.doubles("intensityCps");
        long[] photons = c.longs("photons");
        double[] dwell = c.doubles("dwellS");
        int[] levels = c.ints("numLevels");
        List<Group> groups = new ArrayList<>(c.length());
        for (int g = 0; g < c.length(); g++) {
            groups.add(new Group(index[g], intensity[g], photons[g], dwell[g], levels[g]));
        }
        in.endObject();
        return groups;
    }
}
