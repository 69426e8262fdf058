/**
 * The headless {@code fullsms} command line: argument parsing, commands and their JSON output. Other bundles add
 * commands as {@link org.fullsms.cli.Command} OSGi services (the session bundle's {@code export}), using
 * {@link org.fullsms.cli.Options}, {@link org.fullsms.runtime.export.ExportSettings} and
 * {@link org.fullsms.runtime.export.ExportWiring}, the one way the command line exports an analysis.
 */
package org.fullsms.cli;
