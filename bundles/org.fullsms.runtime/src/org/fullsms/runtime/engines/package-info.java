/**
 * The built-in per-particle analyses (change points, grouping, lifetime fits, correlation) as
 * {@link org.fullsms.spi.analysis.AnalysisEngine} services: the workbench and the command line run them through the
 * same contract as an extension's analysis, and extensions find them in the service registry. Each stores its result
 * in its own place of the particle's analysis state, and its codec is the one sessions use.
 */
package org.fullsms.runtime.engines;
