package org.fullsms.runtime.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What to export and where: the workbench's Export view and the command line's {@code analyze --export DIR} and
 * {@code export --out DIR} alike (the options are parsed by {@code org.fullsms.cli.ExportArguments}).
 *
 * @param dir       the folder to write into
 * @param format    {@code csv}, {@code parquet}, {@code both}, or {@code none} for no built-in tables
 * @param plots     {@code png}, {@code svg}, or null for no plots
 * @param overwrite whether existing files may be replaced
 * @param exporters ids of installed {@link org.fullsms.spi.export.Exporter} services to run as well
 */
public record ExportSettings(Path dir, String format, String plots, boolean overwrite, List<String> exporters) {

    public ExportSettings {
        exporters = List.copyOf(exporters);
    }

    /** Built-in tables and plots only. */
    public ExportSettings(Path dir, String format, String plots, boolean overwrite) {
        this(dir, format, plots, overwrite, List.of());
    }
}
