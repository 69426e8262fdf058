package org.fullsms.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * JSON objects parked in a temporary file, one compact line each, and read back in the order they were written.
 * Global grouping adds to every particle's JSON after all particles are done: parking the finished particles' JSON
 * here keeps memory to the particles in flight instead of the whole document (hundreds of KB a particle when its
 * levels and groups are fitted). Numbers print back as they were written when finite, as in the analyze JSON
 * (which writes NaN and infinities as null). The file is deleted on {@link #close()}.
 */
final class JsonSpill implements AutoCloseable {

    private final Path file;
    private final BufferedWriter writer;
    private BufferedReader reader;
    private int written;

    JsonSpill() throws IOException {
        file = Files.createTempFile("fullsms-analyze-", ".jsonl");
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void append(JsonObject value) throws IOException {
        writer.write(value.toString()); // compact: a string never holds a raw line break
        writer.write('\n');
        written++;
    }

    /** The next object in write order; every {@link #append} before the first call is readable. */
    JsonObject next() throws IOException {
        if (reader == null) {
            writer.close();
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        String line = reader.readLine();
        if (line == null) {
            throw new IOException("the parked JSON of " + file + " ends after fewer than " + written + " objects");
        }
        return JsonParser.parseString(line).getAsJsonObject();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
            if (reader != null) {
                reader.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
