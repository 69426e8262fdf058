package org.fullsms.cli;

import java.io.PrintStream;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

/** JSON output of the commands: pretty, NaN and infinities written as null (JSON has neither). */
final class Json {

    private Json() {
    }

    static JsonElement number(double v) {
        return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE;
    }

    static JsonArray numbers(double[] values) {
        JsonArray a = new JsonArray(values.length);
        for (double v : values) {
            a.add(number(v));
        }
        return a;
    }

    static JsonArray numbers(long[] values) {
        JsonArray a = new JsonArray(values.length);
        for (long v : values) {
            a.add(v);
        }
        return a;
    }

    static JsonArray numbers(int[] values) {
        JsonArray a = new JsonArray(values.length);
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray(values.size());
        values.forEach(a::add);
        return a;
    }

    static JsonElement stringOrNull(String s) {
        return s == null ? JsonNull.INSTANCE : new JsonPrimitive(s);
    }

    /** Writes the document to a file (atomically, replacing it) or, for {@code null} or "-", to {@code out}. */
    static void write(JsonElement document, String target, PrintStream out) throws CliException {
        try (JsonOutput output = JsonOutput.open(target, out)) {
            output.write(document);
            output.finish();
        }
    }
}
