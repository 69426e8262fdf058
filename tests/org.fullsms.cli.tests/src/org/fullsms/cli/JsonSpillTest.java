package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Parked JSON reads back as objects that print exactly as the originals (the analyze document's pretty Gson), so
 * parking the particles' JSON for global grouping does not change one byte of the document.
 */
class JsonSpillTest {

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private static JsonObject particle(int i) {
        JsonObject o = new JsonObject();
        o.addProperty("name", "Particle " + i + "\n\"quoted\" µs \u2028 \t");
        o.addProperty("photons", 123_456 + i);
        o.addProperty("end_ns", Long.MAX_VALUE - i);
        JsonArray numbers = new JsonArray();
        for (double d : new double[] { 0.1, 1e-300, 123456789.123, -0.0, 4.9e-324, 1.7976931348623157e300, 1.0 / 3 }) {
            numbers.add(d * (i + 1));
        }
        o.add("values", numbers);
        o.add("missing", null);
        JsonObject nested = new JsonObject();
        nested.addProperty("ok", true);
        o.add("stage", nested);
        return o;
    }

    @Test
    void objectsComeBackInOrderPrintingTheSame() throws IOException {
        List<JsonObject> originals = new ArrayList<>();
        Path file;
        try (JsonSpill spill = new JsonSpill()) {
            for (int i = 0; i < 3; i++) {
                originals.add(particle(i));
                spill.append(particle(i));
            }
            for (JsonObject original : originals) {
                assertEquals(PRETTY.toJson(original), PRETTY.toJson(spill.next()));
            }
            assertThrows(IOException.class, spill::next, "no more objects than were parked");
            file = tempFiles().get(0);
        }
        assertFalse(Files.exists(file), "the temporary file is deleted on close");
    }

    private static List<Path> tempFiles() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("fullsms-analyze-")).toList();
        }
    }
}
