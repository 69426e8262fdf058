package org.fullsms.cli;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.fullsms.analysis.grouping.Group;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.runtime.json.Json;

/** The grouping part of {@code fullsms analyze}'s JSON. */
final class GroupingJson {

    private GroupingJson() {
    }

    /**
     * @param steps    every step of the run (for global grouping: the combined run's steps)
     * @param selected the selected step as seen by this particle (its own levels' groups)
     */
    static JsonObject of(GroupingResult result, GroupingStep selected, boolean global, JsonIntensity intensity) {
        JsonObject j = new JsonObject();
        j.addProperty("global", global);
        JsonArray steps = new JsonArray();
        for (GroupingStep s : result.steps()) {
            JsonObject step = new JsonObject();
            step.addProperty("groups", s.numGroups());
            step.add("bic", Json.plain(s.bic()));
            steps.add(step);
        }
        j.add("steps", steps);
        j.addProperty("best_step", result.bestStep());
        j.addProperty("selected_step", result.selectedStep());
        j.add("groups", groups(selected.groups(), intensity));
        j.add("level_group", Json.array(selected.levelGroup()));
        return j;
    }

    private static JsonArray groups(List<Group> groups, JsonIntensity intensity) {
        JsonArray array = new JsonArray();
        for (Group g : groups) {
            JsonObject o = new JsonObject();
            intensity.add(o, "intensity", g.intensityCps());
            o.add("dwell_s", Json.plain(g.dwellS()));
            o.addProperty("levels", g.numLevels());
            o.addProperty("photons", g.photons());
            array.add(o);
        }
        return array;
    }

    static JsonArray roi(RegionOfInterest roi) {
        JsonArray a = new JsonArray();
        a.add(Json.plain(roi.startS()));
        a.add(Json.plain(roi.endS()));
        return a;
    }
}
