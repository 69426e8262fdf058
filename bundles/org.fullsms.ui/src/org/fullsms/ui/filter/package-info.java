/**
 * Window &gt; Filtering: the original's Filtering tab (REFERENCE §7) as a view — filters on the levels, group levels
 * or groups of the chosen particles, their distributions and scatter plots, the τ–I line and the intensity
 * normalisation, with a click on a point showing its level in the particle's intensity trace.
 */
package org.fullsms.ui.filter;
