package org.example.fullsms.blinking;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import org.fullsms.spi.analysis.ResultCodec;

/**
 * A {@link BlinkingResult} as JSON (Gson, which the Full SMS update site provides):
 *
 * <pre>
 * {"threshold_cps": 4012.5, "edges_counted": false,
 *  "on_fraction": 0.43, "switches": 11, "mean_on_s": 0.081, "mean_off_s": 0.102,
 *  "dwells": [{"on": true, "start_ns": 0, "end_ns": 61250000, "photons": 498}, ...]}
 * </pre>
 *
 * {@code on_fraction}, {@code switches} and the mean dwell times (null when there is none) are written for readers of
 * {@code fullsms analyze}'s JSON; reading takes the threshold, the edge flag and the dwells and works the rest out
 * again. Every version of the extension so far wrote this same document.
 */
final class BlinkingCodec implements ResultCodec<BlinkingResult> {

    @Override
    public String toJson(BlinkingResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("threshold_cps", r.thresholdCps());
        o.addProperty("edges_counted", r.edgesCounted());
        o.addProperty("on_fraction", r.onFraction());
        o.addProperty("switches", r.switches());
        o.add("mean_on_s", number(r.meanDwellS(true)));
        o.add("mean_off_s", number(r.meanDwellS(false)));
        JsonArray dwells = new JsonArray();
        for (BlinkingResult.Dwell d : r.dwells()) {
            JsonObject j = new JsonObject();
            j.addProperty("on", d.on());
            j.addProperty("start_ns", d.startNs());
            j.addProperty("end_ns", d.endNs());
            j.addProperty("photons", d.photons());
            dwells.add(j);
        }
        o.add("dwells", dwells);
        return o.toString();
    }

    @Override
    public BlinkingResult fromJson(String json) {
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            List<BlinkingResult.Dwell> dwells = new ArrayList<>();
            for (JsonElement e : required(o, "dwells").getAsJsonArray()) {
                JsonObject d = e.getAsJsonObject();
                dwells.add(new BlinkingResult.Dwell(required(d, "on").getAsBoolean(),
                        required(d, "start_ns").getAsLong(), required(d, "end_ns").getAsLong(),
                        required(d, "photons").getAsLong()));
            }
            return new BlinkingResult(required(o, "threshold_cps").getAsDouble(),
                    required(o, "edges_counted").getAsBoolean(), dwells);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
                | NumberFormatException e) {
            throw new IllegalArgumentException("not an on/off blinking result: " + e.getMessage(), e);
        }
    }

    private static JsonElement required(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw new IllegalArgumentException("not an on/off blinking result: \"" + name + "\" is missing");
        }
        return e;
    }

    /** JSON has no NaN: a mean of no dwells is null. */
    private static JsonElement number(double value) {
        return Double.isNaN(value) ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }
}
