package org.fullsms.runtime.engines;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.fullsms.spi.analysis.ResultCodec;

/** A {@link ResultCodec} over the streamed session codecs, so that a result has one JSON form everywhere. */
final class StreamCodec<R> implements ResultCodec<R> {

    @FunctionalInterface
    interface Writer<R> {
        void write(JsonWriter out, R result) throws IOException;
    }

    @FunctionalInterface
    interface Reader<R> {
        R read(JsonReader in) throws IOException;
    }

    private final Writer<R> writer;
    private final Reader<R> reader;

    StreamCodec(Writer<R> writer, Reader<R> reader) {
        this.writer = writer;
        this.reader = reader;
    }

    @Override
    public String toJson(R result) {
        StringWriter text = new StringWriter();
        try (JsonWriter out = new JsonWriter(text)) {
            writer.write(out, result);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e); // a StringWriter does not fail
        }
        return text.toString();
    }

    @Override
    public R fromJson(String json) {
        try (JsonReader in = new JsonReader(new StringReader(json))) {
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
