package org.fullsms.runtime.export;

import java.util.EnumSet;
import java.util.Set;

import org.fullsms.export.ExportKind;
import org.fullsms.spi.export.Exporter;
import org.osgi.service.component.annotations.Component;

/** The original's DataFrames as Parquet tables: levels, group levels and groups of all exported particles. */
@Component(service = Exporter.class, property = "service.ranking:Integer=98")
public final class ParquetExporter extends BuiltInExporter {

    public static final String ID = "org.fullsms.parquet";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Parquet tables";
    }

    @Override
    public String description() {
        return "levels.parquet, group_levels.parquet and groups.parquet of all exported particles";
    }

    @Override
    Set<ExportKind> perParticle() {
        return none();
    }

    @Override
    Set<ExportKind> datasetWide() {
        return EnumSet.of(ExportKind.PARQUET);
    }
}
