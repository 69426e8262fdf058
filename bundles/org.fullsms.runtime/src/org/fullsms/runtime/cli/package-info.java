/**
 * The headless {@code fullsms} command line: argument parsing, commands and their JSON output. Other bundles add
 * commands as {@link org.fullsms.runtime.cli.Command} OSGi services (the session bundle's {@code export}), using
 * {@link org.fullsms.runtime.cli.Options}, {@link org.fullsms.runtime.cli.ExportSettings} and
 * {@link org.fullsms.runtime.cli.ExportWiring}, the one way the command line exports an analysis.
 */
package org.fullsms.runtime.cli;
