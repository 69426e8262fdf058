package org.fullsms.analysis.cpa;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import org.fullsms.testing.SharedData;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Reads the shared reference data in place (never copied into the project). */
final class CpaTestData {

    static final String[] CONFIDENCES = {"0.99", "0.95", "0.9", "0.69"};

    private CpaTestData() {
    }

    /** The real 90 105-photon trace (comma-separated ns). */
    static long[] testerTimes() throws IOException {
        String text = Files.readString(SharedData.require("fullsms_tester_abs_times_ns.txt"), StandardCharsets.US_ASCII);
        String[] parts = text.split("[,\\s]+");
        long[] out = new long[parts.length];
        int n = 0;
        for (String p : parts) {
            if (!p.isEmpty()) {
                out[n++] = Long.parseLong(p);
            }
        }
        return Arrays.copyOf(out, n);
    }

    static JsonObject json(String relative) throws IOException {
        try (Reader r = Files.newBufferedReader(SharedData.require(relative), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        }
    }

    /** Published tables as the original uses them. */
    static CriticalValues published(double percent) throws IOException {
        return CriticalValues.loadPublished(SharedData.require("tau_data"), percent);
    }

    /** A little-endian uint64 array from {@code reference/cpa/<case>.abstimes.u64.gz}. */
    static long[] referenceTimes(String caseId) throws IOException {
        Path path = SharedData.require("reference/cpa/" + caseId + ".abstimes.u64.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path), 1 << 16)) {
            byte[] bytes = new DataInputStream(in).readAllBytes();
            long[] out = new long[bytes.length / 8];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(out);
            return out;
        }
    }

    static int[] ints(JsonArray array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).getAsInt();
        }
        return out;
    }
}
