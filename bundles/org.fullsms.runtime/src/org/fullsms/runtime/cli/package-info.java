/** The headless {@code fullsms} command line: argument parsing, commands and their JSON output. */
package org.fullsms.runtime.cli;
