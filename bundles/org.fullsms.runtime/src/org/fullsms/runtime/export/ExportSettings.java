package org.fullsms.runtime.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.export.plot.FigureSize;

/**
 * What to export and where: the workbench's Export view and the command line's {@code analyze --export DIR} and
 * {@code export --out DIR} alike (the options are parsed by {@code org.fullsms.cli.ExportArguments}).
 *
 * @param dir       the folder to write into
 * @param format    {@code csv}, {@code parquet}, {@code both}, or {@code none} for no built-in tables
 * @param plots     {@code png}, {@code svg}, {@code pdf}, or null for no plots
 * @param overwrite whether existing files may be replaced
 * @param exporters ids of installed {@link org.fullsms.spi.export.Exporter} services to run as well
 * @param figure    printed size, resolution and font size of the plots
 * @param unit      the unit of every intensity in tables and plots
 */
public record ExportSettings(Path dir, String format, String plots, boolean overwrite, List<String> exporters,
        FigureSize figure, IntensityUnit unit) {

    public ExportSettings {
        exporters = List.copyOf(exporters);
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(unit, "unit");
    }

    /** Plots of the default size (a one-column journal figure), intensities in counts per second. */
    public ExportSettings(Path dir, String format, String plots, boolean overwrite, List<String> exporters) {
        this(dir, format, plots, overwrite, exporters, FigureSize.JOURNAL_COLUMN, IntensityUnit.COUNTS_PER_SECOND);
    }

    /** Built-in tables and plots only. */
    public ExportSettings(Path dir, String format, String plots, boolean overwrite) {
        this(dir, format, plots, overwrite, List.of());
    }
}
