package org.fullsms.session;

import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.fullsms.runtime.json.JsonContentException;

/**
 * The chain of schema migrations, {@code v0 → v1 → …}. Adding a schema version means: bump
 * {@link SessionReader#CURRENT_VERSION}, write the codecs for the new layout, and append one {@link Migration}
 * from the previous version here (with a test reading a hand-written document of that version).
 */
final class Migrations {

    /** Index i holds the step from version i. */
    private static final List<Migration> STEPS = List.of(new V0ToV1());

    /** Key that marked the pre-release (v0) layout. */
    static final String V0_MARKER = "fullsms_session";

    private Migrations() {
    }

    /** The schema version of a document, or -1 when it is not a Full SMS session. */
    static int detectVersion(JsonObject doc) {
        JsonElement format = doc.get("format");
        if (format != null) {
            JsonElement version = doc.get("schemaVersion");
            return isString(format, DocumentCodec.FORMAT) && isInteger(version) ? version.getAsInt() : -1;
        }
        JsonElement v0 = doc.get(V0_MARKER);
        return isInteger(v0) ? v0.getAsInt() : -1;
    }

    /** Applies every step from {@code stored} to the current version; each adds a note. */
    static JsonObject migrate(JsonObject doc, int stored, List<String> notes) throws JsonContentException {
        JsonObject current = doc;
        for (int v = stored; v < SessionReader.CURRENT_VERSION; v++) {
            Migration step = STEPS.get(v);
            if (step.fromVersion() != v) {
                throw new IllegalStateException("migration " + v + " is registered out of order");
            }
            current = step.apply(current);
            notes.add("session upgraded from schema " + v + " to " + (v + 1) + " (" + step.description()
                    + "); saving writes schema " + SessionReader.CURRENT_VERSION);
        }
        return current;
    }

    private static boolean isString(JsonElement e, String value) {
        return e instanceof JsonPrimitive p && p.isString() && p.getAsString().equals(value);
    }

    private static boolean isInteger(JsonElement e) {
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
            return false;
        }
        double d = p.getAsDouble();
        return d == Math.rint(d) && d >= 0 && d < Integer.MAX_VALUE;
    }
}
