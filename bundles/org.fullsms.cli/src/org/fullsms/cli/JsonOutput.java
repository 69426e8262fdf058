package org.fullsms.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.stream.JsonWriter;

import org.fullsms.model.AtomicFile;

/**
 * One JSON document of a command, written as it is made (pretty, NaN and infinities as null): to a file, which
 * appears atomically on {@link #finish()}, or to standard output. Parts written through {@link #writer()} and
 * {@link #write} come out exactly as the whole document built in memory and written at once would, so a large
 * document never has to exist as one tree or string.
 */
final class JsonOutput implements Closeable {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final String target;
    private final AtomicFile file;
    private final Writer text;
    private final JsonWriter writer;

    private JsonOutput(String target, AtomicFile file, Writer text) throws IOException {
        this.target = target;
        this.file = file;
        this.text = text;
        this.writer = GSON.newJsonWriter(text);
    }

    /** @param target a file (replaced), or {@code null} or "-" for {@code out} */
    static JsonOutput open(String target, PrintStream out) throws CliException {
        try {
            if (target == null || target.equals("-")) {
                return new JsonOutput(null, null, new BufferedWriter(new OutputStreamWriter(out,
                        out.charset())));
            }
            AtomicFile file = AtomicFile.open(Path.of(target), true);
            return new JsonOutput(target, file, new BufferedWriter(new OutputStreamWriter(file.stream(),
                    StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw failed(target, e);
        }
    }

    /** Writes a whole document to a file (atomically, replacing it) or, for {@code null} or "-", to {@code out}. */
    static void writeDocument(JsonElement document, String target, PrintStream out) throws CliException {
        try (JsonOutput output = open(target, out)) {
            output.write(document);
            output.finish();
        }
    }

    /** A small document as text, formatted as every document of the commands is. */
    static String text(JsonElement document) {
        return GSON.toJson(document) + System.lineSeparator();
    }

    /** For the document's structure (objects, names); values go through {@link #write}. */
    JsonWriter writer() {
        return writer;
    }

    /** Writes a value (an object, array or primitive) where the document is. */
    void write(JsonElement value) throws CliException {
        try {
            GSON.toJson(value, writer);
        } catch (JsonIOException e) {
            throw failure(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    /** Ends the document with a line break and, for a file, moves it into place. */
    void finish() throws CliException {
        try {
            writer.flush();
            text.write(System.lineSeparator());
            text.flush();
            if (file != null) {
                file.commit();
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Releases the file; one not {@linkplain #finish() finished} is deleted, the old one stays. */
    @Override
    public void close() {
        try {
            if (file != null) {
                file.close();
            } else {
                text.flush();
            }
        } catch (IOException e) {
            // Only a leftover hidden temporary file or unflushed output can remain; the failure was reported.
        }
    }

    CliException failure(IOException e) {
        return failed(target, e);
    }

    private static CliException failed(String target, IOException e) {
        return new CliException("cannot write " + (target == null || target.equals("-") ? "standard output" : target)
                + ": " + e.getMessage(), e);
    }
}
