package org.fullsms.export.parquet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A flat table to write as Parquet: named, nullable columns of equal length. Arrays are not copied; a
 * {@code present} array marks non-null cells ({@code null} means every cell is present).
 */
public final class ParquetTable {

    /** Physical column types this writer supports. */
    public enum ColumnType {
        BOOLEAN(0), INT32(1), INT64(2), DOUBLE(5), STRING(6);

        final int physical;

        ColumnType(int physical) {
            this.physical = physical;
        }
    }

    /** One column: values in the array matching its type, cells with {@code present[i] == false} are null. */
    record Column(String name, ColumnType type, Object values, boolean[] present) {

        boolean isPresent(int row) {
            return present == null || present[row];
        }
    }

    private final int rows;
    private final List<Column> columns;

    private ParquetTable(int rows, List<Column> columns) {
        this.rows = rows;
        this.columns = List.copyOf(columns);
    }

    public static Builder builder(int rows) {
        return new Builder(rows);
    }

    public int rows() {
        return rows;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    List<Column> columns() {
        return columns;
    }

    /** The type of the column at {@code column} (0-based, in {@link #columnNames()} order). */
    public ColumnType columnType(int column) {
        return columns.get(column).type();
    }

    /**
     * One cell, for writers other than {@link ParquetWriter} (the batch job hands the tables to Spark): a
     * {@code Boolean}, {@code Integer}, {@code Long}, {@code Double} or {@code String} as the column's type says, or
     * {@code null} for a null cell.
     */
    public Object value(int row, int column) {
        Column c = columns.get(column);
        if (!c.isPresent(row)) {
            return null;
        }
        return switch (c.type()) {
            case BOOLEAN -> ((boolean[]) c.values())[row];
            case INT32 -> ((int[]) c.values())[row];
            case INT64 -> ((long[]) c.values())[row];
            case DOUBLE -> ((double[]) c.values())[row];
            case STRING -> ((String[]) c.values())[row];
        };
    }

    /** Collects columns; every column must have exactly {@code rows} cells. */
    public static final class Builder {
        private final int rows;
        private final List<Column> columns = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        private Builder(int rows) {
            if (rows < 0) {
                throw new IllegalArgumentException("row count must not be negative: " + rows);
            }
            this.rows = rows;
        }

        public Builder booleans(String name, boolean[] values, boolean[] present) {
            return add(name, ColumnType.BOOLEAN, values, values.length, present);
        }

        public Builder ints(String name, int[] values, boolean[] present) {
            return add(name, ColumnType.INT32, values, values.length, present);
        }

        public Builder longs(String name, long[] values, boolean[] present) {
            return add(name, ColumnType.INT64, values, values.length, present);
        }

        public Builder doubles(String name, double[] values, boolean[] present) {
            return add(name, ColumnType.DOUBLE, values, values.length, present);
        }

        /** UTF-8 strings; a {@code null} element is a null cell. */
        public Builder strings(String name, String[] values) {
            boolean[] present = new boolean[values.length];
            for (int i = 0; i < values.length; i++) {
                present[i] = values[i] != null;
            }
            return add(name, ColumnType.STRING, values, values.length, present);
        }

        private Builder add(String name, ColumnType type, Object values, int length, boolean[] present) {
            if (name == null || name.isEmpty() || !names.add(name)) {
                throw new IllegalArgumentException("column name missing or repeated: '" + name + "'");
            }
            if (length != rows || (present != null && present.length != rows)) {
                throw new IllegalArgumentException("column '" + name + "' has " + length + " cells, the table "
                        + rows + " rows");
            }
            columns.add(new Column(name, type, values, present));
            return this;
        }

        public ParquetTable build() {
            return new ParquetTable(rows, columns);
        }
    }
}
