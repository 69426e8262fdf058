package org.fullsms.spi;

/**
 * How a file with several detector channels becomes particles, as the user chose it (command-line option
 * {@code --channels}, the workbench's dialog on open). Importers of formats with one particle per group ignore it.
 *
 * @param channels {@code null} or {@code "each"}: one particle per channel; {@code "A"}: only channel A;
 *                 {@code "A,B"}: one particle with channel A as its channel 1 and B as its channel 2 (channel ids as
 *                 the file numbers them)
 * @since 1.0
 */
public record ImportOptions(String channels) {

    /** The importer's defaults (one particle per channel). */
    public static final ImportOptions DEFAULTS = new ImportOptions(null);
}
