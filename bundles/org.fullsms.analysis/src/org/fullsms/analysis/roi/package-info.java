/**
 * Regions of interest: a time window per particle ({@link org.fullsms.analysis.roi.RegionOfInterest}) that
 * grouping, lifetimes and export restrict themselves to, and two ways to find one from a particle's levels:
 * the original's Quick ROI ({@link org.fullsms.analysis.roi.QuickRoi}) and an automatic trim of a photobleached
 * end ({@link org.fullsms.analysis.roi.AutoRoi}).
 */
package org.fullsms.analysis.roi;
