package org.fullsms.export.parquet;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.fullsms.export.parquet.ParquetTable.Column;
import org.fullsms.export.parquet.ParquetTable.ColumnType;

/**
 * Encodes a {@link ParquetTable} as a Parquet file (format version 1): "PAR1", one row group with one
 * uncompressed PLAIN data page (v1) per column, the Thrift compact {@code FileMetaData} footer, its length and
 * "PAR1". Every column is OPTIONAL (as pandas/pyarrow write them) with RLE-encoded definition levels. A table
 * with no rows has no row group. Stateless and thread-safe.
 */
public final class ParquetWriter {

    /** The {@code created_by} string of the footer. */
    public static final String CREATED_BY = "fullsms version 0.1.0";

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int ENCODING_PLAIN = 0;
    private static final int ENCODING_RLE = 3;
    private static final int REPETITION_OPTIONAL = 1;
    private static final int CONVERTED_UTF8 = 0;

    private ParquetWriter() {
    }

    /** The whole file as bytes. */
    public static byte[] write(ParquetTable table) {
        ByteArrayOutputStream file = new ByteArrayOutputStream(1024 + table.rows() * table.columns().size() * 9);
        file.writeBytes(MAGIC);
        List<long[]> chunks = new ArrayList<>(); // per column: {data page offset, chunk size}
        if (table.rows() > 0) {
            for (Column column : table.columns()) {
                byte[] data = pageData(column, table.rows());
                byte[] header = pageHeader(data.length, table.rows());
                long offset = file.size();
                file.writeBytes(header);
                file.writeBytes(data);
                chunks.add(new long[] {offset, header.length + data.length});
            }
        }
        byte[] footer = fileMetaData(table, chunks);
        file.writeBytes(footer);
        file.writeBytes(littleEndianInt(footer.length));
        file.writeBytes(MAGIC);
        return file.toByteArray();
    }

    private static byte[] pageHeader(int dataSize, int rows) {
        CompactProtocol p = new CompactProtocol();
        p.i32(1, 0); // type DATA_PAGE
        p.i32(2, dataSize); // uncompressed_page_size
        p.i32(3, dataSize); // compressed_page_size
        p.beginStruct(5); // data_page_header
        p.i32(1, rows); // num_values, nulls included
        p.i32(2, ENCODING_PLAIN);
        p.i32(3, ENCODING_RLE); // definition levels
        p.i32(4, ENCODING_RLE); // repetition levels (none written: max level 0)
        p.endStruct();
        p.endMessage();
        return p.toByteArray();
    }

    /** Definition levels (4-byte length + RLE runs of bit width 1), then the PLAIN non-null values. */
    private static byte[] pageData(Column column, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + rows * 9);
        byte[] levels = definitionLevels(column, rows);
        out.writeBytes(littleEndianInt(levels.length));
        out.writeBytes(levels);
        switch (column.type()) {
            case BOOLEAN -> plainBooleans(out, column, rows);
            case INT32 -> {
                int[] v = (int[]) column.values();
                ByteBuffer b = buffer(4 * rows);
                for (int i = 0; i < rows; i++) {
                    if (column.isPresent(i)) {
                        b.putInt(v[i]);
                    }
                }
                out.write(b.array(), 0, b.position());
            }
            case INT64 -> {
                long[] v = (long[]) column.values();
                ByteBuffer b = buffer(8 * rows);
                for (int i = 0; i < rows; i++) {
                    if (column.isPresent(i)) {
                        b.putLong(v[i]);
                    }
                }
                out.write(b.array(), 0, b.position());
            }
            case DOUBLE -> {
                double[] v = (double[]) column.values();
                ByteBuffer b = buffer(8 * rows);
                for (int i = 0; i < rows; i++) {
                    if (column.isPresent(i)) {
                        b.putDouble(v[i]);
                    }
                }
                out.write(b.array(), 0, b.position());
            }
            case STRING -> {
                String[] v = (String[]) column.values();
                for (int i = 0; i < rows; i++) {
                    if (column.isPresent(i)) {
                        byte[] s = v[i].getBytes(StandardCharsets.UTF_8);
                        out.writeBytes(littleEndianInt(s.length));
                        out.writeBytes(s);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private static void plainBooleans(ByteArrayOutputStream out, Column column, int rows) {
        boolean[] v = (boolean[]) column.values();
        int bits = 0;
        int current = 0;
        for (int i = 0; i < rows; i++) {
            if (!column.isPresent(i)) {
                continue;
            }
            if (v[i]) {
                current |= 1 << (bits & 7);
            }
            if ((++bits & 7) == 0) {
                out.write(current);
                current = 0;
            }
        }
        if ((bits & 7) != 0) {
            out.write(current);
        }
    }

    /** RLE runs: varint(run length &lt;&lt; 1), then the level in one byte. */
    private static byte[] definitionLevels(Column column, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < rows) {
            boolean present = column.isPresent(i);
            int run = 1;
            while (i + run < rows && column.isPresent(i + run) == present) {
                run++;
            }
            long header = (long) run << 1;
            while ((header & ~0x7FL) != 0) {
                out.write((int) ((header & 0x7F) | 0x80));
                header >>>= 7;
            }
            out.write((int) header);
            out.write(present ? 1 : 0);
            i += run;
        }
        return out.toByteArray();
    }

    private static byte[] fileMetaData(ParquetTable table, List<long[]> chunks) {
        List<Column> columns = table.columns();
        CompactProtocol p = new CompactProtocol();
        p.i32(1, 1); // version
        p.beginList(2, CompactProtocol.TYPE_STRUCT, columns.size() + 1); // schema
        p.beginListStruct();
        p.string(4, "schema");
        p.i32(5, columns.size()); // num_children
        p.endStruct();
        for (Column c : columns) {
            p.beginListStruct();
            p.i32(1, c.type().physical);
            p.i32(3, REPETITION_OPTIONAL);
            p.string(4, c.name());
            if (c.type() == ColumnType.STRING) {
                p.i32(6, CONVERTED_UTF8);
                p.beginStruct(10); // logicalType: union, member 1 = STRING (empty struct)
                p.beginStruct(1);
                p.endStruct();
                p.endStruct();
            }
            p.endStruct();
        }
        p.i64(3, table.rows()); // num_rows
        p.beginList(4, CompactProtocol.TYPE_STRUCT, chunks.isEmpty() ? 0 : 1); // row_groups
        if (!chunks.isEmpty()) {
            long total = 0;
            for (long[] chunk : chunks) {
                total += chunk[1];
            }
            p.beginListStruct();
            p.beginList(1, CompactProtocol.TYPE_STRUCT, columns.size());
            for (int i = 0; i < columns.size(); i++) {
                columnChunk(p, columns.get(i), chunks.get(i), table.rows());
            }
            p.i64(2, total); // total_byte_size
            p.i64(3, table.rows()); // num_rows
            p.i64(5, chunks.get(0)[0]); // file_offset
            p.i64(6, total); // total_compressed_size
            p.endStruct();
        }
        p.string(6, CREATED_BY);
        p.endMessage();
        return p.toByteArray();
    }

    private static void columnChunk(CompactProtocol p, Column column, long[] chunk, int rows) {
        p.beginListStruct();
        p.i64(2, chunk[0]); // file_offset (deprecated; the first page's offset, as current writers do)
        p.beginStruct(3); // meta_data
        p.i32(1, column.type().physical);
        p.beginList(2, CompactProtocol.TYPE_I32, 2); // encodings
        p.i32Element(ENCODING_PLAIN);
        p.i32Element(ENCODING_RLE);
        p.beginList(3, CompactProtocol.TYPE_BINARY, 1); // path_in_schema
        p.stringValue(column.name());
        p.i32(4, 0); // codec UNCOMPRESSED
        p.i64(5, rows); // num_values
        p.i64(6, chunk[1]); // total_uncompressed_size
        p.i64(7, chunk[1]); // total_compressed_size
        p.i64(9, chunk[0]); // data_page_offset
        p.endStruct();
        p.endStruct();
    }

    private static ByteBuffer buffer(int capacity) {
        return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] littleEndianInt(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }
}
