package org.fullsms.export.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.fullsms.testing.DuckDbReader;

/** Parquet files written by {@link ParquetWriter}, read back by DuckDB (an independent reader). */
class ParquetWriterTest {

    @TempDir
    Path dir;

    private static ParquetTable sample(int rows) {
        String[] names = new String[rows];
        long[] level = new long[rows];
        int[] small = new int[rows];
        double[] value = new double[rows];
        boolean[] valuePresent = new boolean[rows];
        boolean[] flag = new boolean[rows];
        boolean[] flagPresent = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            names[i] = i % 7 == 3 ? null : "Particle " + (i / 3 + 1) + (i % 2 == 0 ? "" : "_2") + " µ";
            level[i] = 1L << 40 | i;
            small[i] = -i;
            value[i] = i * 0.1;
            valuePresent[i] = i % 5 != 0;
            flag[i] = i % 3 == 0;
            flagPresent[i] = i % 11 != 4;
        }
        return ParquetTable.builder(rows).strings("particle", names).longs("level", level, null)
                .ints("small", small, null).doubles("int", value, valuePresent).booleans("is_in_roi", flag, flagPresent)
                .build();
    }

    @Test
    void fileHasMagicAndFooterLength() {
        byte[] file = ParquetWriter.write(sample(10));
        String head = new String(file, 0, 4, StandardCharsets.US_ASCII);
        String tail = new String(file, file.length - 4, 4, StandardCharsets.US_ASCII);
        assertEquals("PAR1", head);
        assertEquals("PAR1", tail);
        int footer = (file[file.length - 8] & 0xFF) | (file[file.length - 7] & 0xFF) << 8
                | (file[file.length - 6] & 0xFF) << 16 | (file[file.length - 5] & 0xFF) << 24;
        assertTrue(footer > 0 && footer < file.length - 12, "footer length " + footer);
    }

    @Test
    void rejectsColumnsOfWrongLengthOrRepeatedNames() {
        assertThrows(IllegalArgumentException.class,
                () -> ParquetTable.builder(3).longs("a", new long[2], null));
        assertThrows(IllegalArgumentException.class,
                () -> ParquetTable.builder(1).longs("a", new long[1], null).doubles("a", new double[1], null));
    }

    @Test
    void duckDbReadsEveryCellBack() throws Exception {
        int rows = 1000; // several RLE runs and more than one boolean byte
        ParquetTable table = sample(rows);
        Path file = dir.resolve("t.parquet");
        Files.write(file, ParquetWriter.write(table));
        try (Connection c = DuckDbReader.open(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM "
                    + "read_parquet(" + DuckDbReader.literal(file) + "))")) {
                StringBuilder schema = new StringBuilder();
                while (r.next()) {
                    schema.append(r.getString(1)).append(':').append(r.getString(2)).append(' ');
                }
                assertEquals("particle:VARCHAR level:BIGINT small:INTEGER int:DOUBLE is_in_roi:BOOLEAN ",
                        schema.toString());
            }
            try (ResultSet r = s.executeQuery("SELECT * FROM read_parquet(" + DuckDbReader.literal(file) + ")")) {
                ParquetTable expected = sample(rows);
                String[] names = (String[]) expected.columns().get(0).values();
                int i = 0;
                while (r.next()) {
                    assertEquals(names[i], r.getString(1), "particle row " + i);
                    assertEquals(1L << 40 | i, r.getLong(2), "level row " + i);
                    assertEquals(-i, r.getInt(3), "small row " + i);
                    double v = r.getDouble(4);
                    if (i % 5 == 0) {
                        assertTrue(r.wasNull(), "int row " + i + " is null");
                    } else {
                        assertEquals(i * 0.1, v, 0.0, "int row " + i + " (exact)");
                    }
                    boolean b = r.getBoolean(5);
                    if (i % 11 == 4) {
                        assertTrue(r.wasNull(), "is_in_roi row " + i + " is null");
                    } else {
                        assertEquals(i % 3 == 0, b, "is_in_roi row " + i);
                    }
                    i++;
                }
                assertEquals(rows, i);
            }
        }
    }

    @Test
    void duckDbReadsAnEmptyTable() throws Exception {
        Path file = dir.resolve("empty.parquet");
        Files.write(file, ParquetWriter.write(sample(0)));
        try (Connection c = DuckDbReader.open(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet(" + DuckDbReader.literal(file) + ")")) {
            assertTrue(r.next());
            assertEquals(0, r.getLong(1));
            assertFalse(r.next());
        }
    }

    @Test
    void sameTableGivesSameBytes() {
        assertArrayEquals(ParquetWriter.write(sample(50)), ParquetWriter.write(sample(50)));
        assertFalse(Arrays.equals(ParquetWriter.write(sample(50)), ParquetWriter.write(sample(51))));
    }
}
