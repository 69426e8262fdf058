/**
 * The original's Tools menu items: Set Decay Start (where a file's decays begin) and Convert (photon files into
 * Full SMS HDF5), each a dialog whose work runs as an operation or a job.
 */
package org.fullsms.ui.tools;
