package org.fullsms.cli;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.fullsms.analysis.cpa.BurstRemoval;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.runtime.json.Json;

/** The change point part of {@code fullsms analyze}'s JSON. */
final class CpaJson {

    private CpaJson() {
    }

    static void add(JsonObject particle, ChangePointResult result, int[] bursts, BurstRemoval removal,
            JsonIntensity intensity) {
        ChangePointResult shown = removal == null ? result : removal.result();
        particle.add("change_points", Json.array(shown.changePoints()));
        JsonArray regions = new JsonArray();
        int[] first = shown.regionFirst();
        int[] last = shown.regionLast();
        for (int i = 0; i < first.length; i++) {
            JsonArray r = new JsonArray();
            r.add(first[i]);
            r.add(last[i]);
            regions.add(r);
        }
        particle.add("confidence_regions", regions);
        particle.add("levels", levels(shown.levels(), intensity));
        intensity.add(particle, "level_intensity_weighted_mean", shown.weightedMeanCps());
        intensity.add(particle, "level_intensity_weighted_sd", shown.weightedSdCps());
        JsonArray burstArray = new JsonArray();
        for (int level : bursts) {
            Level l = result.levels().get(level);
            JsonObject b = new JsonObject();
            b.addProperty("level", level);
            b.add("start_s", Json.plain(l.startS()));
            b.add("end_s", Json.plain(l.endS()));
            intensity.add(b, "intensity", l.intensityCps());
            b.addProperty("removed", removal != null);
            burstArray.add(b);
        }
        particle.add("bursts", burstArray);
    }

    private static JsonArray levels(List<Level> levels, JsonIntensity intensity) {
        JsonArray array = new JsonArray(levels.size());
        for (Level l : levels) {
            JsonObject j = new JsonObject();
            j.addProperty("first", l.first());
            j.addProperty("last", l.last());
            j.add("start_s", Json.plain(l.startS()));
            j.add("end_s", Json.plain(l.endS()));
            j.add("dwell_s", Json.plain(l.dwellS()));
            j.addProperty("photons", l.photons());
            intensity.add(j, "intensity", l.intensityCps());
            array.add(j);
        }
        return array;
    }
}
