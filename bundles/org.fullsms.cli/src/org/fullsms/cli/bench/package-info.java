/** The {@code fullsms benchmark} command's benchmarks: each times one engine on inputs it makes itself. */
package org.fullsms.cli.bench;
