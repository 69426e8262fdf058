package org.fullsms.runtime.json;

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

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * The one JSON helper of Full SMS, for the two kinds of document it writes:
 * <ul>
 * <li><b>Exact documents</b> (sessions, extension results), written and read as a stream: non-finite doubles are
 * the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} (plain JSON has no such numbers) and
 * {@code null} always means "absent". Long curves (fitted decays, residuals, IRF, correlation) are written packed:
 * the string {@code "f64:"} followed by the Base64 of the values as little-endian IEEE-754 doubles — exact, about
 * half the size of decimal text and many times faster to write and read. A reader accepts either form for any
 * double array. Arrays are read into growing primitive arrays, never boxed. A value that breaks the schema is a
 * {@link JsonContentException} naming its JSON path.</li>
 * <li><b>Plain documents</b> (the command line's output, read by any JSON tool): built as trees, with NaN and the
 * infinities written as {@code null} ({@link #plain(double)}).</li>
 * </ul>
 */
public final class Json {

    /** Prefix of a packed double array. */
    public static final String PACKED = "f64:";

    private Json() {
    }

    // ---- plain documents (trees)

    /** A number of a plain document: NaN and the infinities become {@code null}. */
    public static JsonElement plain(double v) {
        return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE;
    }

    /** An array of a plain document, non-finite values as {@code null}. */
    public static JsonArray plain(double[] values) {
        JsonArray a = new JsonArray(values.length);
        for (double v : values) {
            a.add(plain(v));
        }
        return a;
    }

    public static JsonArray array(long[] values) {
        JsonArray a = new JsonArray(values.length);
        for (long v : values) {
            a.add(v);
        }
        return a;
    }

    public static JsonArray array(int[] values) {
        JsonArray a = new JsonArray(values.length);
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    public static JsonArray array(List<String> values) {
        JsonArray a = new JsonArray(values.size());
        values.forEach(a::add);
        return a;
    }

    /** A string of a plain document, or {@code null}. */
    public static JsonElement nullable(String s) {
        return s == null ? JsonNull.INSTANCE : new JsonPrimitive(s);
    }

    // ---- exact documents: writing

    /** Begins {@code value}'s object and returns true, or writes null for a null value and returns false. */
    public static boolean beginObject(JsonWriter out, Object value) throws IOException {
        if (value == null) {
            out.nullValue();
            return false;
        }
        out.beginObject();
        return true;
    }

    public static void number(JsonWriter out, double value) throws IOException {
        if (Double.isFinite(value)) {
            out.value(value);
        } else {
            out.value(Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    public static void field(JsonWriter out, String name, double value) throws IOException {
        number(out.name(name), value);
    }

    public static void doubles(JsonWriter out, double[] values) throws IOException {
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
    public static void curve(JsonWriter out, double[] values) throws IOException {
        if (values == null) {
            out.nullValue();
            return;
        }
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(values);
        out.value(PACKED + Base64.getEncoder().encodeToString(bytes.array()));
    }

    public static void ints(JsonWriter out, int[] values) throws IOException {
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

    public static void longs(JsonWriter out, long[] values) throws IOException {
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

    public static void strings(JsonWriter out, List<String> values) throws IOException {
        out.beginArray();
        for (String v : values) {
            out.value(v);
        }
        out.endArray();
    }

    public static void stringMap(JsonWriter out, Map<String, String> map) throws IOException {
        out.beginObject();
        for (Map.Entry<String, String> e : map.entrySet()) {
            out.name(e.getKey()).value(e.getValue());
        }
        out.endObject();
    }

    // ---- exact documents: reading

    /** True (and the null consumed) when the next value is JSON null. */
    public static boolean isNull(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return true;
        }
        return false;
    }

    public static double number(JsonReader in) throws IOException {
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

    /**
     * Reads the next key of an object. A key listed in {@code names} is a number, stored in {@code values} at the
     * key's index, and null is returned; any other key is returned with its value still to be read.
     */
    public static String numberOrName(JsonReader in, List<String> names, double[] values) throws IOException {
        String name = in.nextName();
        int slot = names.indexOf(name);
        if (slot < 0) {
            return name;
        }
        values[slot] = number(in);
        return null;
    }

    public static String string(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.STRING) {
            throw bad(in, "expected a string, found " + in.peek());
        }
        return in.nextString();
    }

    /** A string or null. */
    public static String stringOrNull(JsonReader in) throws IOException {
        return isNull(in) ? null : string(in);
    }

    public static int integer(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.NUMBER) {
            throw bad(in, "expected an integer, found " + in.peek());
        }
        return in.nextInt();
    }

    public static long longInteger(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.NUMBER) {
            throw bad(in, "expected an integer, found " + in.peek());
        }
        return in.nextLong();
    }

    public static boolean bool(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.BOOLEAN) {
            throw bad(in, "expected true or false, found " + in.peek());
        }
        return in.nextBoolean();
    }

    public static double[] doubles(JsonReader in) throws IOException {
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

    public static int[] ints(JsonReader in) throws IOException {
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

    public static long[] longs(JsonReader in) throws IOException {
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

    public static List<String> strings(JsonReader in) throws IOException {
        in.beginArray();
        List<String> list = new ArrayList<>();
        while (in.hasNext()) {
            list.add(string(in));
        }
        in.endArray();
        return list;
    }

    public static Map<String, String> stringMap(JsonReader in) throws IOException {
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
    public static <T> T need(T value, String key, JsonReader in) throws JsonContentException {
        if (value == null) {
            throw badObject(in, "required key \"" + key + "\" is missing");
        }
        return value;
    }

    /** The enum constant named by a string, with the allowed names in the error. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, JsonReader in) throws IOException {
        String name = string(in);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw bad(in, "\"" + name + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** Equal-length check for the columns of a table. */
    public static void sameLength(JsonReader in, String table, int... lengths) throws JsonContentException {
        for (int length : lengths) {
            if (length != lengths[0]) {
                throw badObject(in, "the columns of \"" + table + "\" differ in length");
            }
        }
    }

    /** An error about the value just read (the reader's path names it). */
    public static JsonContentException bad(JsonReader in, String message) {
        return new JsonContentException(in.getPath() + ": " + message);
    }

    /**
     * An error about the object being read, raised after its last value: the path without that value's key, e.g.
     * {@code $.particles[3].changePoints} rather than {@code $.particles[3].changePoints.warnings}.
     */
    public static JsonContentException badObject(JsonReader in, String message) {
        String path = in.getPath();
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf(']') && dot > 1) {
            path = path.substring(0, dot);
        }
        return new JsonContentException(path + ": " + message);
    }
}
