package org.fullsms.spark;

import java.util.List;
import java.util.Objects;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.cli.BatchAnalyze.Analysed;
import org.fullsms.export.ExportTables;
import org.fullsms.export.ParticleExport;
import org.fullsms.export.parquet.ParquetTable;

/**
 * The job's tables, each a folder of Parquet files in the output folder. All but {@code particles} are the
 * export's tables ({@link ExportTables}: the columns of {@code levels.parquet}, {@code group_levels.parquet},
 * {@code groups.parquet}, and of the lifetime and correlation CSV files), made by the export's own code;
 * {@code particles} holds each particle's line of {@code fullsms analyze}'s JSON ({@link ParticleRows}). Every table
 * starts with the column {@code file}.
 */
enum BatchTable {
    PARTICLES("particles"),
    LEVELS("levels"),
    GROUP_LEVELS("group_levels"),
    GROUPS("groups"),
    FITS("fits"),
    CORRELATIONS("correlations");

    private final String folder;

    BatchTable(String folder) {
        this.folder = folder;
    }

    /** The table's folder in the output folder. */
    String folder() {
        return folder;
    }

    /** The columns, the same for every part of a run: lifetime components are those of {@code --fit N}. */
    StructType schema(int exponentials) {
        return this == PARTICLES ? ParticleRows.SCHEMA : TableRows.schema(exportTable(List.of(), exponentials, // a unit changes values, not columns
                IntensityUnit.COUNTS_PER_SECOND));
    }

    /** The rows of one part of a file. */
    List<Row> rows(String file, List<Analysed> analysed, int exponentials, IntensityUnit unit) {
        if (this == PARTICLES) {
            return analysed.stream().map(a -> ParticleRows.row(file, a.json())).toList();
        }
        List<ParticleExport> exports = analysed.stream().map(Analysed::tables).filter(Objects::nonNull).toList();
        return TableRows.rows(file, exportTable(exports, exponentials, unit));
    }

    private ParquetTable exportTable(List<ParticleExport> particles, int exponentials, IntensityUnit unit) {
        return switch (this) {
            case LEVELS -> ExportTables.levels(particles, exponentials, unit);
            case GROUP_LEVELS -> ExportTables.groupLevels(particles, exponentials, unit);
            case GROUPS -> ExportTables.groups(particles, unit);
            case FITS -> ExportTables.fits(particles, exponentials);
            case CORRELATIONS -> ExportTables.correlations(particles);
            case PARTICLES -> throw new IllegalStateException("particles is not an export table");
        };
    }
}
