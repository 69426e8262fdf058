package org.fullsms.runtime.codec;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.fullsms.runtime.json.Json;

/**
 * A table stored as one object of equal-length named columns, e.g. {@code {"first": [0, 5], "last": [4, 9]}}
 * (levels, groups): compact, and read into primitive arrays. One declaration names the columns for writing and
 * reading; reading requires every column and one length for all. Immutable: declare it once as a constant.
 */
public final class ColumnTable {

    private enum Type {
        INTS, LONGS, DOUBLES
    }

    /** The table's name in errors. */
    private final String name;
    private final List<String> keys;
    private final List<Type> types;

    ColumnTable(String name) {
        this(name, List.of(), List.of());
    }

    private ColumnTable(String name, List<String> keys, List<Type> types) {
        this.name = name;
        this.keys = keys;
        this.types = types;
    }

    ColumnTable ints(String key) {
        return with(key, Type.INTS);
    }

    ColumnTable longs(String key) {
        return with(key, Type.LONGS);
    }

    ColumnTable doubles(String key) {
        return with(key, Type.DOUBLES);
    }

    private ColumnTable with(String key, Type type) {
        List<String> k = new ArrayList<>(keys);
        List<Type> t = new ArrayList<>(types);
        k.add(key);
        t.add(type);
        return new ColumnTable(name, List.copyOf(k), List.copyOf(t));
    }

    /** Writes the object; {@code columns} are the arrays in the declared order and of the declared types. */
    void write(JsonWriter out, Object... columns) throws IOException {
        if (columns.length != keys.size()) {
            throw new IllegalArgumentException(name + ": " + columns.length + " columns for " + keys);
        }
        out.beginObject();
        for (int i = 0; i < columns.length; i++) {
            JsonWriter o = out.name(keys.get(i));
            switch (types.get(i)) {
                case INTS -> Json.ints(o, (int[]) columns[i]);
                case LONGS -> Json.longs(o, (long[]) columns[i]);
                case DOUBLES -> Json.doubles(o, (double[]) columns[i]);
            }
        }
        out.endObject();
    }

    /**
     * Reads the columns (unknown keys are skipped) and leaves the reader inside the table's object: the caller
     * builds and checks the rows, then calls {@code in.endObject()}, so that an error names the table's path.
     */
    Columns begin(JsonReader in) throws IOException {
        Object[] values = new Object[keys.size()];
        in.beginObject();
        while (in.hasNext()) {
            int slot = keys.indexOf(in.nextName());
            if (slot < 0) {
                in.skipValue();
                continue;
            }
            values[slot] = switch (types.get(slot)) {
                case INTS -> Json.ints(in);
                case LONGS -> Json.longs(in);
                case DOUBLES -> Json.doubles(in);
            };
        }
        int[] lengths = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            lengths[i] = Array.getLength(Json.need(values[i], keys.get(i), in));
        }
        Json.sameLength(in, name, lengths);
        return new Columns(values, lengths[0]);
    }

    /** The columns read by {@link #begin}, by key. */
    final class Columns {

        private final Object[] values;
        private final int length;

        private Columns(Object[] values, int length) {
            this.values = values;
            this.length = length;
        }

        /** Number of rows. */
        int length() {
            return length;
        }

        int[] ints(String key) {
            return (int[]) column(key, Type.INTS);
        }

        long[] longs(String key) {
            return (long[]) column(key, Type.LONGS);
        }

        double[] doubles(String key) {
            return (double[]) column(key, Type.DOUBLES);
        }

        private Object column(String key, Type type) {
            int slot = keys.indexOf(key);
            if (slot < 0 || types.get(slot) != type) {
                throw new IllegalArgumentException(name + " has no " + type + " column \"" + key + "\"");
            }
            return values[slot];
        }
    }
}
