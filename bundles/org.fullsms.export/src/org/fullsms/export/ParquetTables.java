package org.fullsms.export;

import java.util.List;

import org.fullsms.export.parquet.ParquetWriter;

/**
 * The bytes of the three Parquet files of an export. The only class {@link ExportPlan} calls that links against
 * the optional Parquet bundle, and it does so only after {@link ParquetSupport#available()} said yes.
 */
final class ParquetTables {

    private ParquetTables() {
    }

    static byte[] levels(List<ParticleExport> particles) {
        return ParquetWriter.write(DataFrames.levels(particles));
    }

    static byte[] groupLevels(List<ParticleExport> particles) {
        return ParquetWriter.write(DataFrames.groupLevels(particles));
    }

    static byte[] groups(List<ParticleExport> particles) {
        return ParquetWriter.write(DataFrames.groups(particles));
    }
}
