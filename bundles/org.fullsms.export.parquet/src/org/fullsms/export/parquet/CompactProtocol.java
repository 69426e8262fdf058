package org.fullsms.export.parquet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the subset of the Thrift compact protocol the Parquet footer and page headers need: i32, i64 and
 * binary fields, nested structs and lists. Field ids within a struct must be written in ascending order.
 */
final class CompactProtocol {

    static final int TYPE_I32 = 5;
    static final int TYPE_I64 = 6;
    static final int TYPE_BINARY = 8;
    static final int TYPE_LIST = 9;
    static final int TYPE_STRUCT = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final int[] lastIds = new int[16];
    private int depth;

    byte[] toByteArray() {
        return out.toByteArray();
    }

    void i32(int id, int value) {
        fieldHeader(TYPE_I32, id);
        varint(zigzag(value));
    }

    void i64(int id, long value) {
        fieldHeader(TYPE_I64, id);
        varint(zigzag(value));
    }

    void string(int id, String value) {
        fieldHeader(TYPE_BINARY, id);
        stringValue(value);
    }

    /** Starts a struct-typed field; close it with {@link #endStruct()}. */
    void beginStruct(int id) {
        fieldHeader(TYPE_STRUCT, id);
        push();
    }

    /** Starts a struct that is a list element; close it with {@link #endStruct()}. */
    void beginListStruct() {
        push();
    }

    void endStruct() {
        out.write(0);
        depth--;
    }

    /** The stop byte that ends the outermost struct. */
    void endMessage() {
        out.write(0);
    }

    /** A list field header; the caller then writes {@code size} elements of {@code elementType}. */
    void beginList(int id, int elementType, int size) {
        fieldHeader(TYPE_LIST, id);
        if (size < 15) {
            out.write(size << 4 | elementType);
        } else {
            out.write(0xF0 | elementType);
            varint(size);
        }
    }

    void i32Element(int value) {
        varint(zigzag(value));
    }

    void stringValue(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        varint(bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private void push() {
        lastIds[++depth] = 0;
    }

    private void fieldHeader(int type, int id) {
        int delta = id - lastIds[depth];
        if (delta > 0 && delta <= 15) {
            out.write(delta << 4 | type);
        } else {
            out.write(type);
            varint(zigzag(id));
        }
        lastIds[depth] = id;
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
