package org.fullsms.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.fullsms.export.parquet.ParquetTable;

/**
 * An export table ({@link ParquetTable}) as Spark rows: the same columns with the same types, after a first column
 * {@code file} naming the data file (particle names repeat from file to file).
 */
final class TableRows {

    static final StructField FILE = DataTypes.createStructField("file", DataTypes.StringType, false);

    private TableRows() {
    }

    static StructType schema(ParquetTable table) {
        List<StructField> fields = new ArrayList<>();
        fields.add(FILE);
        List<String> names = table.columnNames();
        for (int c = 0; c < names.size(); c++) {
            fields.add(DataTypes.createStructField(names.get(c), type(table.columnType(c)), true));
        }
        return DataTypes.createStructType(fields);
    }

    static List<Row> rows(String file, ParquetTable table) {
        int columns = table.columnNames().size();
        List<Row> rows = new ArrayList<>(table.rows());
        for (int r = 0; r < table.rows(); r++) {
            Object[] values = new Object[columns + 1];
            values[0] = file;
            for (int c = 0; c < columns; c++) {
                values[c + 1] = table.value(r, c);
            }
            rows.add(RowFactory.create(values));
        }
        return rows;
    }

    private static DataType type(ParquetTable.ColumnType type) {
        return switch (type) {
            case BOOLEAN -> DataTypes.BooleanType;
            case INT32 -> DataTypes.IntegerType;
            case INT64 -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case STRING -> DataTypes.StringType;
        };
    }
}
