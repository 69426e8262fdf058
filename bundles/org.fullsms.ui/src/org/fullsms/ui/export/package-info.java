/** The Export view: the original's export files for the current, selected or all particles, in a job. */
package org.fullsms.ui.export;
