package org.fullsms.runtime.export;

import java.util.EnumSet;
import java.util.Set;

import org.fullsms.export.ExportKind;
import org.fullsms.export.ExportOptions;
import org.fullsms.spi.export.Exporter;
import org.osgi.service.component.annotations.Component;

/** The original's CSV files: traces, levels, groups, lifetimes, histograms, correlation, spectra, raster scans. */
@Component(service = Exporter.class, property = "service.ranking:Integer=100")
public final class CsvExporter extends BuiltInExporter {

    public static final String ID = "org.fullsms.csv";

    /** Files that span all particles (one row per particle, shared raster scans). */
    private static final Set<ExportKind> DATASET_WIDE = EnumSet.of(ExportKind.LIFETIMES, ExportKind.RASTER_SCAN_2D);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "CSV tables (the original's files)";
    }

    @Override
    public String description() {
        return "traces, levels, grouped levels, groups, grouping results, lifetimes, decay histograms, correlation,"
                + " spectra and raster scans, as the original writes them";
    }

    @Override
    Set<ExportKind> perParticle() {
        Set<ExportKind> kinds = EnumSet.copyOf(ExportOptions.allCsv());
        kinds.removeAll(DATASET_WIDE);
        kinds.remove(ExportKind.PARQUET);
        return kinds;
    }

    @Override
    Set<ExportKind> datasetWide() {
        return DATASET_WIDE;
    }
}
