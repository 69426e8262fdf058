package org.fullsms.io.hdf5;

import java.lang.reflect.Array;
import java.math.BigInteger;

import io.jhdf.api.Attribute;
import io.jhdf.api.Node;

/**
 * Converts jHDF attribute values to plain Java values, whatever way h5py or other writers stored them:
 * variable- or fixed-length (null-padded) strings, HDF5-enum booleans (jHDF gives "TRUE"/"FALSE"), integers
 * used as flags, scalars or one-element arrays. A value that cannot be converted reads as absent.
 */
final class AttributeValues {

    private AttributeValues() {
    }

    static boolean has(Node node, String name) {
        return node.getAttributes().containsKey(name);
    }

    /** The raw value, or {@code null} when absent or unreadable. */
    static Object raw(Node node, String name) {
        Attribute a = node.getAttributes().get(name);
        if (a == null) {
            return null;
        }
        try {
            // An attribute lives in the object header: one claiming more bytes than the file is damaged, and
            // reading it would allocate that much.
            if (a.getSize() < 0 || a.getSizeInBytes() > node.getHdfFile().size()) {
                return null;
            }
            return a.getData();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String string(Node node, String name) {
        return asString(raw(node, name));
    }

    static String asString(Object v) {
        v = single(v);
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] bytes) {
            v = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        String s = v.toString();
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\0') {
            end--; // null-padded fixed-length strings
        }
        return s.substring(0, end);
    }

    static Boolean bool(Node node, String name) {
        Object v = single(raw(node, name));
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            String t = asString(s).trim();
            if (t.equalsIgnoreCase("TRUE")) {
                return Boolean.TRUE;
            }
            if (t.equalsIgnoreCase("FALSE")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** A numeric scalar (first element of an array), or NaN when absent or not numeric. */
    static double number(Node node, String name) {
        Object v = single(raw(node, name));
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** An integer scalar, or {@code missing} when absent or not numeric. */
    static long integer(Node node, String name, long missing) {
        Object v = single(raw(node, name));
        if (v instanceof BigInteger b) {
            return b.longValue();
        }
        return v instanceof Number n ? n.longValue() : missing;
    }

    /** A numeric array (a scalar gives one element), or {@code null} when absent or not numeric. */
    static double[] doubles(Node node, String name) {
        return toDoubles(raw(node, name));
    }

    /** Any numeric array or scalar (flattened 1-D) as doubles, or {@code null}. */
    static double[] toDoubles(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return new double[] { n.doubleValue() };
        }
        if (v instanceof double[] d) {
            return d.clone();
        }
        if (!v.getClass().isArray()) {
            return null;
        }
        int n = Array.getLength(v);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Object e = Array.get(v, i);
            if (!(e instanceof Number num)) {
                return null;
            }
            out[i] = num.doubleValue();
        }
        return out;
    }

    /** The first element of a one-element array, else the value itself. */
    private static Object single(Object v) {
        if (v != null && v.getClass().isArray() && !(v instanceof byte[]) && Array.getLength(v) >= 1) {
            return Array.get(v, 0);
        }
        return v;
    }
}
