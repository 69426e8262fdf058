package org.fullsms.export;

import java.util.List;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.export.parquet.ParquetWriter;

/**
 * The bytes of the three Parquet files of an export. The only class {@link ExportPlan} calls that links against
 * the optional Parquet bundle, and it does so only after {@link ParquetSupport#available()} said yes.
 */
final class ParquetTables {

    private ParquetTables() {
    }

    static byte[] levels(List<ParticleExport> particles, IntensityUnit unit, LevelFiltering filtering) {
        return ParquetWriter.write(DataFrames.levels(particles, ParticleExport.maxExponentials(particles), unit,
                filtering));
    }

    static byte[] groupLevels(List<ParticleExport> particles, IntensityUnit unit, LevelFiltering filtering) {
        return ParquetWriter.write(DataFrames.groupLevels(particles, ParticleExport.maxExponentials(particles),
                unit, filtering));
    }

    static byte[] groups(List<ParticleExport> particles, IntensityUnit unit) {
        return ParquetWriter.write(DataFrames.groups(particles, unit));
    }
}
