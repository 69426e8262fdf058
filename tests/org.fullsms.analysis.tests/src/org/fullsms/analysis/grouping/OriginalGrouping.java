package org.fullsms.analysis.grouping;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Reads one CPA result of the original (golden or reference JSON: levels as {@code [first, last, photons,
 * start_ns, end_ns, cps]} and a {@code grouping} block) into a grouping input and the expected steps.
 */
record OriginalGrouping(GroupingInput input, JsonObject grouping) {

    static JsonObject read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return JsonParser.parseReader(reader).getAsJsonObject();
        }
    }

    /**
     * {@code result} holds {@code levels}, {@code num_cpts}, {@code grouping}; the particle's photon count comes
     * from {@code particle} (the same object, or its parent for {@code after_burst_removal}).
     */
    static OriginalGrouping of(JsonObject result, JsonObject particle) {
        JsonArray levels = result.getAsJsonArray("levels");
        List<LevelInput> list = new ArrayList<>();
        for (JsonElement e : levels) {
            JsonArray level = e.getAsJsonArray();
            long startNs = level.get(3).getAsLong();
            long endNs = level.get(4).getAsLong();
            list.add(new LevelInput(level.get(2).getAsLong(), (endNs - startNs) / 1e9, startNs / 1e9, endNs / 1e9));
        }
        long firstNs = levels.get(0).getAsJsonArray().get(3).getAsLong();
        long lastNs = levels.get(levels.size() - 1).getAsJsonArray().get(4).getAsLong();
        GroupingInput input = new GroupingInput(list, particle.get("num_photons").getAsLong(),
                result.get("num_cpts").getAsInt(), (lastNs - firstNs) / 1e9);
        return new OriginalGrouping(input, result.getAsJsonObject("grouping"));
    }

    JsonArray steps() {
        return grouping.getAsJsonArray("steps");
    }

    int bestStep() {
        return grouping.get("best_step_ind").getAsInt();
    }

    static double[] doubles(JsonArray array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsDouble();
        }
        return values;
    }

    static int[] ints(JsonArray array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsInt();
        }
        return values;
    }
}
