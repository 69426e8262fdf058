/**
 * The Filtering view's headless side: the levels, group levels or groups of chosen particles with their features,
 * filter verdicts and normalised intensities ({@link org.fullsms.runtime.filter.FilterPoints}), the τ–I line through
 * those that pass, and the normalisation it gives.
 */
package org.fullsms.runtime.filter;
