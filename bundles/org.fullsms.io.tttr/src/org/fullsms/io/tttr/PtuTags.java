package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tag dictionary of a PTU file: after the 8-byte magic and 8-byte version, 48-byte entries (32-byte name,
 * int32 index, uint32 type, 8-byte value) up to {@code Header_End}. Strings, float arrays and blobs store their
 * byte length in the value and their bytes right after the entry. Indexed tags (index ≥ 0) are keyed
 * {@code name(index)}, as PicoQuant's demo readers print them.
 *
 * <p>Values are {@link Long} (integers, booleans as 0/1, bit sets, colours), {@link Double} (floats, TDateTime as
 * days since 1899-12-30) or {@link String}. Float arrays and binary blobs are skipped.
 */
final class PtuTags {

    static final String MAGIC = "PQTTTR";
    static final int PREAMBLE_BYTES = 16;
    static final int ENTRY_BYTES = 48;
    static final String HEADER_END = "Header_End";

    static final int TY_EMPTY8 = 0xFFFF0008;
    static final int TY_BOOL8 = 0x00000008;
    static final int TY_INT8 = 0x10000008;
    static final int TY_BITSET64 = 0x11000008;
    static final int TY_COLOR8 = 0x12000008;
    static final int TY_FLOAT8 = 0x20000008;
    static final int TY_DATETIME = 0x21000008;
    static final int TY_FLOAT8_ARRAY = 0x2001FFFF;
    static final int TY_ANSI_STRING = 0x4001FFFF;
    static final int TY_WIDE_STRING = 0x4002FFFF;
    static final int TY_BINARY_BLOB = 0xFFFFFFFF;

    /** Strings longer than this are skipped rather than read: no header string a user needs is that long. */
    private static final int MAX_STRING_BYTES = 1 << 16;
    /** Real headers hold a few hundred tags; more means garbage that happens to parse, and would only fill memory. */
    private static final int MAX_TAGS = 100_000;

    private final String version;
    private final Map<String, Object> values;
    private final long dataOffset;

    private PtuTags(String version, Map<String, Object> values, long dataOffset) {
        this.version = version;
        this.values = Collections.unmodifiableMap(values);
        this.dataOffset = dataOffset;
    }

    /** Whether the first bytes of a file are the PTU magic {@code PQTTTR\0\0}. */
    static boolean hasMagic(ByteBuffer head) {
        if (head.limit() < 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            int expected = i < MAGIC.length() ? MAGIC.charAt(i) : 0;
            if (head.get(i) != expected) {
                return false;
            }
        }
        return true;
    }

    static PtuTags read(HeaderBytes bytes) throws IOException {
        ByteBuffer preamble = bytes.read(0, PREAMBLE_BYTES, "the PTU preamble");
        if (!hasMagic(preamble)) {
            throw bytes.fail("not a PTU file: it does not start with the magic PQTTTR.");
        }
        String version = HeaderBytes.text(preamble, 8, 8, StandardCharsets.US_ASCII);
        Map<String, Object> values = new LinkedHashMap<>();
        long position = PREAMBLE_BYTES;
        for (int tag = 0; tag < MAX_TAGS; tag++) {
            ByteBuffer entry = bytes.read(position, ENTRY_BYTES,
                    "tag entry " + tag + " (no Header_End tag before the end of the file)");
            position += ENTRY_BYTES;
            String name = HeaderBytes.text(entry, 0, 32, StandardCharsets.US_ASCII);
            int index = entry.getInt(32);
            int type = entry.getInt(36);
            String key = index >= 0 ? name + "(" + index + ")" : name;
            switch (type) {
                case TY_EMPTY8 -> {
                    // no value
                }
                case TY_BOOL8, TY_INT8, TY_BITSET64, TY_COLOR8 -> values.put(key, entry.getLong(40));
                case TY_FLOAT8, TY_DATETIME -> values.put(key, entry.getDouble(40));
                case TY_ANSI_STRING, TY_WIDE_STRING, TY_FLOAT8_ARRAY, TY_BINARY_BLOB -> {
                    long length = entry.getLong(40);
                    bytes.requireWithinFile(position, length, "the " + length + "-byte value of tag " + key);
                    if ((type == TY_ANSI_STRING || type == TY_WIDE_STRING) && length <= MAX_STRING_BYTES) {
                        values.put(key, string(bytes.read(position, (int) length, "tag " + key), type));
                    }
                    position += length;
                }
                default -> throw bytes.fail(String.format("tag %s has the unknown type 0x%08X.", key, type));
            }
            if (name.equals(HEADER_END)) {
                return new PtuTags(version, values, position);
            }
        }
        throw bytes.fail("the tag dictionary has more than " + MAX_TAGS + " entries and no Header_End tag.");
    }

    private static String string(ByteBuffer value, int type) {
        byte[] raw = new byte[value.remaining()];
        value.get(raw);
        String text = new String(raw, type == TY_WIDE_STRING ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
        int nul = text.indexOf('\0');
        return (nul >= 0 ? text.substring(0, nul) : text).trim();
    }

    /** The format version after the magic, e.g. "00.0.1". */
    String version() {
        return version;
    }

    /** Byte offset of the first record: just after the {@code Header_End} entry. */
    long dataOffset() {
        return dataOffset;
    }

    /** Every tag read, in file order. */
    Map<String, Object> values() {
        return values;
    }

    /** An integer tag, or null when absent or not an integer. */
    Long integer(String key) {
        return values.get(key) instanceof Long value ? value : null;
    }

    /** A floating-point tag, or NaN when absent or not a float. */
    double real(String key) {
        return values.get(key) instanceof Double value ? value : Double.NaN;
    }
}
