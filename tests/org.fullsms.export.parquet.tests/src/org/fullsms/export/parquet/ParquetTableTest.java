package org.fullsms.export.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Reading a {@link ParquetTable}'s cells back, as writers other than {@link ParquetWriter} do. */
class ParquetTableTest {

    @Test
    void cellsComeBackBoxedWithNullsWhereAbsent() {
        ParquetTable t = ParquetTable.builder(2).strings("particle", new String[] {"Particle 1", null})
                .longs("level", new long[] {1, 2}, null).ints("small", new int[] {-1, -2}, new boolean[] {false, true})
                .doubles("int", new double[] {Double.NaN, 2.5}, new boolean[] {true, false})
                .booleans("is_in_roi", new boolean[] {true, false}, null).build();

        assertEquals(ParquetTable.ColumnType.INT64, t.columnType(1));
        assertEquals("Particle 1", t.value(0, 0));
        assertNull(t.value(1, 0));
        assertEquals(2L, t.value(1, 1));
        assertNull(t.value(0, 2));
        assertEquals(-2, t.value(1, 2));
        assertEquals(Double.NaN, t.value(0, 3));
        assertNull(t.value(1, 3));
        assertEquals(Boolean.FALSE, t.value(1, 4));
    }
}
