/**
 * Level grouping: agglomerative hierarchical clustering of intensity levels (Watkins &amp; Yang merge merit)
 * refined by a Poisson expectation-maximisation computed in log space, scored by the Bayesian information
 * criterion. {@link org.fullsms.analysis.grouping.GroupingAnalysis} groups one particle's levels,
 * {@link org.fullsms.analysis.grouping.GlobalGrouping} the levels of several particles together, and
 * {@link org.fullsms.analysis.grouping.GroupLevels} joins consecutive levels of one group ("apply groups").
 * The engines take plain level data ({@link org.fullsms.analysis.grouping.LevelInput}), not photon arrays.
 */
package org.fullsms.analysis.grouping;
