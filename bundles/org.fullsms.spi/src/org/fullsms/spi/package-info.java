/**
 * Contracts through which third parties extend Full SMS: importers of photon data files. Implementations are
 * OSGi services; the runtime finds them, the workbench and command line use them without further code.
 */
package org.fullsms.spi;
