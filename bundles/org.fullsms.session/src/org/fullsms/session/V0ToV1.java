package org.fullsms.session;

import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.fullsms.runtime.json.JsonContentException;

/**
 * Pre-release layout (schema 0) to schema 1. Schema 0 (docs/session-format.md, "Schema 0") marked itself with
 * {@code "fullsms_session": 0}, named the data file {@code h5 {path, abs_path, bytes, sha256}}, kept particles in
 * an object keyed by name with snake_case keys ({@code bin_ms}, {@code roi: [start, end]}, {@code cpa},
 * {@code bursts}, {@code groups}, {@code groups_applied}, {@code corr}), called the UI state {@code ui} and the
 * global grouping {@code global_groups}, and had no level-boundary choice (always non-overlapping). The result
 * objects inside (change points, grouping, fits, correlation) already had the schema 1 layout.
 */
final class V0ToV1 implements Migration {

    private static final Map<String, String> PARTICLE_KEYS = Map.of("bin_ms", "binSizeMs", "cpa", "changePoints",
            "bursts", "burstRemoval", "groups", "grouping", "groups_applied", "groupsApplied", "corr", "correlation");

    @Override
    public int fromVersion() {
        return 0;
    }

    @Override
    public String description() {
        return "pre-release layout";
    }

    @Override
    public JsonObject apply(JsonObject v0) throws JsonContentException {
        JsonObject v1 = new JsonObject();
        v1.addProperty("format", DocumentCodec.FORMAT);
        v1.addProperty("schemaVersion", 1);
        v1.addProperty("writtenBy", "Full SMS pre-release (schema 0)");
        copy(v0, "saved", v1, "savedAt");
        v1.add("dataFile", dataFile(object(v0, "h5")));
        v1.add("engines", new JsonArray());
        copy(v0, "settings", v1, "settings");
        copy(v0, "ui", v1, "uiState");
        copy(v0, "lifetime", v1, "lifetimeSetup");
        JsonArray particles = new JsonArray();
        for (Map.Entry<String, JsonElement> e : object(v0, "particles").entrySet()) {
            if (!e.getValue().isJsonObject()) {
                throw new JsonContentException("$.particles." + e.getKey() + ": expected an object");
            }
            particles.add(particle(e.getKey(), e.getValue().getAsJsonObject()));
        }
        v1.add("particles", particles);
        copy(v0, "global_groups", v1, "globalGrouping");
        return v1;
    }

    private static JsonObject dataFile(JsonObject h5) throws JsonContentException {
        JsonObject f = new JsonObject();
        JsonElement path = h5.get("path");
        if (path == null || !path.isJsonPrimitive()) {
            throw new JsonContentException("$.h5.path: required in a schema 0 session");
        }
        String relative = path.getAsString();
        f.addProperty("relativePath", relative);
        f.add("absolutePath", h5.has("abs_path") ? h5.get("abs_path") : path);
        f.addProperty("fileName", relative.substring(relative.lastIndexOf('/') + 1));
        copy(h5, "bytes", f, "sizeBytes");
        copy(h5, "sha256", f, "sha256");
        return f;
    }

    private static JsonObject particle(String name, JsonObject p0) {
        JsonObject p = new JsonObject();
        p.addProperty("name", name);
        for (Map.Entry<String, JsonElement> e : p0.entrySet()) {
            String key = PARTICLE_KEYS.getOrDefault(e.getKey(), e.getKey());
            p.add(key, e.getValue());
        }
        if (p0.get("roi") instanceof JsonArray roi && roi.size() == 2) {
            JsonObject r = new JsonObject();
            r.add("startS", roi.get(0));
            r.add("endS", roi.get(1));
            p.add("roi", r);
        }
        addBoundaries(p.get("changePoints"));
        if (p.get("burstRemoval") instanceof JsonObject bursts) {
            addBoundaries(bursts.get("result"));
        }
        return p;
    }

    /** Schema 0 always cut levels without overlap. */
    private static void addBoundaries(JsonElement changePoints) {
        if (changePoints instanceof JsonObject cpa && cpa.get("parameters") instanceof JsonObject params
                && !params.has("levelBoundaries")) {
            params.addProperty("levelBoundaries", "NON_OVERLAPPING");
        }
    }

    private static JsonObject object(JsonObject parent, String key) throws JsonContentException {
        JsonElement e = parent.get(key);
        if (e == null || !e.isJsonObject()) {
            throw new JsonContentException("$." + key + ": an object is required in a schema 0 session");
        }
        return e.getAsJsonObject();
    }

    private static void copy(JsonObject from, String key, JsonObject to, String newKey) {
        if (from.has(key)) {
            to.add(newKey, from.get(key));
        }
    }
}
