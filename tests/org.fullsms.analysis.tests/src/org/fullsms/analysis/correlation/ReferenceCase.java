package org.fullsms.analysis.correlation;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.fullsms.testing.SharedData;

/**
 * One case of {@code reference/antibunching} (see its README): the photon streams, how they were made, and
 * the original's raw delay list.
 */
record ReferenceCase(String id, JsonObject json, JsonObject params, TwoChannelPhotons photons) {

    static final String FOLDER = "reference/antibunching/";

    static ReferenceCase load(String id) throws IOException {
        Path dir = SharedData.require(FOLDER);
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve(id + ".json"))).getAsJsonObject();
        int n1 = json.get("n_ch1").getAsInt();
        int n2 = json.get("n_ch2").getAsInt();
        double width = json.get("micro_channel_width_ns").getAsDouble();
        ByteBuffer buffer = ByteBuffer.wrap(gunzip(dir.resolve(id + ".photons.bin.gz"))).order(ByteOrder.LITTLE_ENDIAN);
        long[] abs1 = longs(buffer, n1);
        double[] micro1 = micro(buffer, n1, width);
        long[] abs2 = longs(buffer, n2);
        double[] micro2 = micro(buffer, n2, width);
        if (buffer.hasRemaining()) {
            throw new IOException(id + ": " + buffer.remaining() + " bytes left over");
        }
        return new ReferenceCase(id, json, json.getAsJsonObject("params"),
                TwoChannelPhotons.of(id, abs1, micro1, abs2, micro2));
    }

    /** The original's delays τ = t2 − t1 in the order its loop produced them. */
    double[] originalEvents() throws IOException {
        Path file = SharedData.require(FOLDER + id + ".events.f64.gz");
        ByteBuffer buffer = ByteBuffer.wrap(gunzip(file)).order(ByteOrder.LITTLE_ENDIAN);
        double[] events = new double[buffer.remaining() / 8];
        buffer.asDoubleBuffer().get(events);
        return events;
    }

    /** This case's entry in antibunching_results.json. */
    JsonObject originalResult() throws IOException {
        Path file = SharedData.require(FOLDER + "antibunching_results.json");
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject().getAsJsonObject(id);
    }

    double param(String name) {
        return params.get(name).getAsDouble();
    }

    boolean pulsed() {
        return "pulsed".equals(params.get("kind").getAsString());
    }

    private static long[] longs(ByteBuffer buffer, int n) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = buffer.getLong();
        }
        return values;
    }

    private static double[] micro(ByteBuffer buffer, int n, double width) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = Short.toUnsignedInt(buffer.getShort()) * width;
        }
        return values;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16))) {
            return in.readAllBytes();
        }
    }
}
