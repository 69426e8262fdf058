/**
 * Exporters from extensions: {@link org.fullsms.spi.export.Exporter} writing into an
 * {@link org.fullsms.spi.export.ExportTarget}.
 *
 * @since 1.0
 */
package org.fullsms.spi.export;
