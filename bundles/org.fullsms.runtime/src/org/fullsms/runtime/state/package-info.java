/**
 * The analysis state of open datasets: per particle its selection, display settings and engine results, with
 * change events. Shared by the workbench, the command line and session files.
 */
package org.fullsms.runtime.state;
