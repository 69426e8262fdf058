package org.fullsms.runtime.export;

import java.nio.file.Path;

/**
 * What to export and where: the workbench's Export view and the command line's {@code analyze --export DIR} and
 * {@code export --out DIR} alike (the options are parsed by {@code org.fullsms.cli.ExportArguments}).
 *
 * @param dir       the folder to write into
 * @param format    {@code csv}, {@code parquet} or {@code both}
 * @param plots     {@code png}, {@code svg}, or null for no plots
 * @param overwrite whether existing files may be replaced
 */
public record ExportSettings(Path dir, String format, String plots, boolean overwrite) {
}
