/**
 * Job feedback in the workbench: progress of the Full SMS job family in the status bar and the Progress part,
 * and the Error Log of problems the jobs reported.
 */
package org.fullsms.ui.jobs;
