package org.fullsms.runtime.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

import org.fullsms.runtime.AtomicFiles;

/** JSON output of the commands: pretty, NaN and infinities written as null (JSON has neither). */
final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

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
        String text = GSON.toJson(document) + System.lineSeparator();
        if (target == null || target.equals("-")) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            AtomicFiles.write(Path.of(target), text.getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new CliException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
