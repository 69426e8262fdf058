package org.fullsms.session;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import org.fullsms.runtime.json.JsonContentException;

/**
 * Reads session files ({@code .smsa}). A file of the current schema is streamed; an older one is parsed whole,
 * migrated step by step ({@link Migrations}) and then read the same way. Only plain JSON is accepted and mapped
 * by explicit code onto known records: no class names are read and nothing in a file can run code. Anything that
 * is not a readable session (another program's file, a session of the original Python program, a truncated or
 * corrupt file, a newer schema) gives a {@link SessionFormatException} naming the file; reading never changes
 * anything.
 */
public final class SessionReader {

    /** The schema version this program writes. */
    public static final int CURRENT_VERSION = 1;

    /** File name extension of session files. */
    public static final String EXTENSION = ".smsa";

    private static final int BUFFER = 1 << 16;

    private SessionReader() {
    }

    /** Reads and, when older, migrates a session file. */
    public static SessionDocument read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new SessionFormatException(file, "is a folder, not a session file (.smsa)");
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "session file not found");
        }
        ForeignFormats.check(file);
        JsonReader in = null;
        try {
            try (Reader reader = open(file)) {
                in = new SessionJsonReader(reader);
                in.beginObject();
                int version = headerVersion(in);
                if (version == CURRENT_VERSION) {
                    SessionDocument d = DocumentCodec.readBody(in, CURRENT_VERSION, List.of());
                    expectEnd(in);
                    return d;
                }
                if (version > CURRENT_VERSION) {
                    throw newer(file, version);
                }
            }
            // Older schema, or header keys not first: parse the whole tree, then migrate.
            JsonObject tree;
            try (Reader reader = open(file)) {
                in = new SessionJsonReader(reader);
                // The adapter keeps the reader strict (JsonParser would switch it to lenient).
                JsonElement root = new Gson().getAdapter(JsonElement.class).read(in);
                expectEnd(in);
                if (!root.isJsonObject()) {
                    throw new SessionFormatException(file, "not a Full SMS session (not a JSON object)");
                }
                tree = root.getAsJsonObject();
            }
            return migrateAndRead(file, tree);
        } catch (SessionFormatException e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw new SessionFormatException(file, "not a Full SMS session (not UTF-8 text)", e);
        } catch (EOFException e) {
            throw new SessionFormatException(file, "the file ends too early (truncated?): " + gson(e), e);
        } catch (MalformedJsonException | JsonParseException e) {
            throw new SessionFormatException(file, "corrupt or truncated session (invalid JSON): " + gson(e), e);
        } catch (JsonContentException e) {
            throw new SessionFormatException(file, "invalid session: " + e.getMessage(), e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Gson's type mismatches and the records' own checks; the JSON path tells where.
            String at = in == null ? "" : " (at " + in.getPath() + ")";
            throw new SessionFormatException(file, "invalid session" + at + ": " + gson(e), e);
        }
    }

    private static SessionDocument migrateAndRead(Path file, JsonObject tree) throws IOException {
        int stored = Migrations.detectVersion(tree);
        if (stored < 0) {
            throw new SessionFormatException(file, ForeignFormats.describeForeignJson(tree));
        }
        if (stored > CURRENT_VERSION) {
            throw newer(file, stored);
        }
        List<String> notes = new ArrayList<>();
        JsonObject current = Migrations.migrate(tree, stored, notes);
        JsonReader in = new SessionJsonReader(new StringReader(current.toString()));
        in.beginObject();
        SessionDocument d = DocumentCodec.readBody(in, stored, notes);
        expectEnd(in);
        return d;
    }

    /**
     * The schema version when the document starts with the {@code format} and {@code schemaVersion} keys (as this
     * program writes them), else -1 (read as a tree instead).
     */
    private static int headerVersion(JsonReader in) throws IOException {
        if (!in.hasNext() || !in.nextName().equals("format") || in.peek() != JsonToken.STRING
                || !in.nextString().equals(DocumentCodec.FORMAT)) {
            return -1;
        }
        if (!in.hasNext() || !in.nextName().equals("schemaVersion") || in.peek() != JsonToken.NUMBER) {
            return -1;
        }
        return in.nextInt();
    }

    private static void expectEnd(JsonReader in) throws IOException {
        JsonToken next;
        try {
            next = in.peek();
        } catch (MalformedJsonException e) {
            next = null; // a strict reader refuses a second value: that is what is reported
        }
        if (next != JsonToken.END_DOCUMENT) {
            throw new MalformedJsonException("unexpected data after the end of the session");
        }
    }

    /** Gson's message in one line, without its advice to parse leniently. */
    private static String gson(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline))
                .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "invalid syntax")
                .replace("Use JsonReader.setLenient(true) to accept malformed JSON", "invalid syntax");
    }

    private static SessionFormatException newer(Path file, int version) {
        return new SessionFormatException(file, "written by a newer Full SMS (session schema " + version
                + "); this version reads schemas up to " + CURRENT_VERSION + ": please update Full SMS");
    }

    /** UTF-8 that rejects malformed bytes instead of replacing them, so binary files fail clearly. */
    private static Reader open(Path file) throws IOException {
        InputStream stream = Files.newInputStream(file);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream, utf8), BUFFER);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
