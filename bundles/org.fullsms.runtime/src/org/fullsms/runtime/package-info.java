/** Runtime services shared by the workbench and the command line: product facts, open datasets, analysis jobs. */
package org.fullsms.runtime;
