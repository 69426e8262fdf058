/**
 * The analysis state of open datasets: per particle its selection, display settings and engine results; per
 * dataset the global grouping and the lifetime setup (channel grid, measured IRF, fit model and settings); with
 * change events. The one analysis state of the workbench, the command line and session files.
 */
package org.fullsms.runtime.state;
