package org.fullsms.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * Streaming helpers shared by the codecs. Non-finite doubles are written as the strings {@code "NaN"},
 * {@code "Infinity"} and {@code "-Infinity"} (plain JSON has no such numbers); {@code null} always means "absent".
 * Long curves (fitted decays, residuals, IRF, correlation) are written packed: the string {@code "f64:"} followed by
 * the Base64 of the values as little-endian IEEE-754 doubles — exact, about half the size of decimal text and many
 * times faster to write and read. A reader accepts either form for any double array. Arrays are read into growing
 * primitive arrays, never boxed.
 */
final class Json {

    /** Prefix of a packed double array. */
    static final String PACKED = "f64:";

    private Json() {
    }

    // ---- writing

    static void number(JsonWriter out, double value) throws IOException {
        if (Double.isFinite(value)) {
            out.value(value);
        } else {
            out.value(Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    static void field(JsonWriter out, String name, double value) throws IOException {
        number(out.name(name), value);
    }

    static void doubles(JsonWriter out, double[] values) throws IOException {
        if (values == null) {
            out.nullValue();
            return;
        }
        out.beginArray();
        for (double v : values) {
            number(out, v);
        }
        out.endArray();
    }

    /** A long array of doubles, packed (see the class comment). */
    static void curve(JsonWriter out, double[] values) throws IOException {
        if (values == null) {
            out.nullValue();
            return;
        }
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(values);
        out.value(PACKED + Base64.getEncoder().encodeToString(bytes.array()));
    }

    static void ints(JsonWriter out, int[] values) throws IOException {
        if (values == null) {
            out.nullValue();
            return;
        }
        out.beginArray();
        for (int v : values) {
            out.value(v);
        }
        out.endArray();
    }

    static void longs(JsonWriter out, long[] values) throws IOException {
        if (values == null) {
            out.nullValue();
            return;
        }
        out.beginArray();
        for (long v : values) {
            out.value(v);
        }
        out.endArray();
    }

    static void strings(JsonWriter out, List<String> values) throws IOException {
        out.beginArray();
        for (String v : values) {
            out.value(v);
        }
        out.endArray();
    }

    static void stringMap(JsonWriter out, Map<String, String> map) throws IOException {
        out.beginObject();
        for (Map.Entry<String, String> e : map.entrySet()) {
            out.name(e.getKey()).value(e.getValue());
        }
        out.endObject();
    }

    // ---- reading

    /** True (and the null consumed) when the next value is JSON null. */
    static boolean isNull(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return true;
        }
        return false;
    }

    static double number(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.STRING) {
            String s = in.nextString();
            return switch (s) {
                case "NaN" -> Double.NaN;
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                default -> throw bad(in, "expected a number, \"NaN\", \"Infinity\" or \"-Infinity\", found \"" + s
                        + "\"");
            };
        }
        if (in.peek() != JsonToken.NUMBER) {
            throw bad(in, "expected a number, found " + in.peek());
        }
        return in.nextDouble();
    }

    static String string(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.STRING) {
            throw bad(in, "expected a string, found " + in.peek());
        }
        return in.nextString();
    }

    /** A string or null. */
    static String stringOrNull(JsonReader in) throws IOException {
        return isNull(in) ? null : string(in);
    }

    static int integer(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.NUMBER) {
            throw bad(in, "expected an integer, found " + in.peek());
        }
        return in.nextInt();
    }

    static long longInteger(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.NUMBER) {
            throw bad(in, "expected an integer, found " + in.peek());
        }
        return in.nextLong();
    }

    static boolean bool(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.BOOLEAN) {
            throw bad(in, "expected true or false, found " + in.peek());
        }
        return in.nextBoolean();
    }

    static double[] doubles(JsonReader in) throws IOException {
        if (isNull(in)) {
            return null;
        }
        if (in.peek() == JsonToken.STRING) {
            return unpack(in);
        }
        in.beginArray();
        double[] a = new double[16];
        int n = 0;
        while (in.hasNext()) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = number(in);
        }
        in.endArray();
        return Arrays.copyOf(a, n);
    }

    private static double[] unpack(JsonReader in) throws IOException {
        String text = in.nextString();
        if (!text.startsWith(PACKED)) {
            throw bad(in, "expected an array of numbers or a packed \"" + PACKED + "...\" string");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1),
                    PACKED.length(), text.length() - PACKED.length())).array();
        } catch (IllegalArgumentException e) {
            throw bad(in, "packed array is not valid Base64 (" + e.getMessage() + ")");
        }
        if (bytes.length % Double.BYTES != 0) {
            throw bad(in, "packed array has " + bytes.length + " bytes, not a whole number of doubles");
        }
        double[] values = new double[bytes.length / Double.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
        return values;
    }

    static int[] ints(JsonReader in) throws IOException {
        if (isNull(in)) {
            return null;
        }
        in.beginArray();
        int[] a = new int[16];
        int n = 0;
        while (in.hasNext()) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = integer(in);
        }
        in.endArray();
        return Arrays.copyOf(a, n);
    }

    static long[] longs(JsonReader in) throws IOException {
        if (isNull(in)) {
            return null;
        }
        in.beginArray();
        long[] a = new long[16];
        int n = 0;
        while (in.hasNext()) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = longInteger(in);
        }
        in.endArray();
        return Arrays.copyOf(a, n);
    }

    static List<String> strings(JsonReader in) throws IOException {
        in.beginArray();
        List<String> list = new ArrayList<>();
        while (in.hasNext()) {
            list.add(string(in));
        }
        in.endArray();
        return list;
    }

    static Map<String, String> stringMap(JsonReader in) throws IOException {
        in.beginObject();
        Map<String, String> map = new LinkedHashMap<>();
        while (in.hasNext()) {
            String key = in.nextName();
            map.put(key, string(in));
        }
        in.endObject();
        return map;
    }

    /** {@code value} when present, else a "missing key" error at the reader's current object. */
    static <T> T need(T value, String key, JsonReader in) throws ContentException {
        if (value == null) {
            throw badObject(in, "required key \"" + key + "\" is missing");
        }
        return value;
    }

    /** The enum constant named by a string, with the allowed names in the error. */
    static <E extends Enum<E>> E enumValue(Class<E> type, JsonReader in) throws IOException {
        String name = string(in);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw bad(in, "\"" + name + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** Equal-length check for the columns of a table. */
    static void sameLength(JsonReader in, String table, int... lengths) throws ContentException {
        for (int length : lengths) {
            if (length != lengths[0]) {
                throw badObject(in, "the columns of \"" + table + "\" differ in length");
            }
        }
    }

    /** An error about the value just read (the reader's path names it). */
    static ContentException bad(JsonReader in, String message) {
        return new ContentException(in.getPath() + ": " + message);
    }

    /**
     * An error about the object being read, raised after its last value: the path without that value's key, e.g.
     * {@code $.particles[3].changePoints} rather than {@code $.particles[3].changePoints.warnings}.
     */
    static ContentException badObject(JsonReader in, String message) {
        String path = in.getPath();
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf(']') && dot > 1) {
            path = path.substring(0, dot);
        }
        return new ContentException(path + ": " + message);
    }
}
