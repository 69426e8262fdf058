package org.fullsms.spark;

import java.io.Serializable;

/**
 * A file the run could not analyse, or left out, and why: one line of the run summary.
 *
 * @param file    the file as the summary names it
 * @param message why, in one line
 */
record Problem(String file, String message) implements Serializable {
}
