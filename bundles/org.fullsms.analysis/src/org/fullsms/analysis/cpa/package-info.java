/**
 * Change point analysis (CPA) of single-photon arrival times after Watkins &amp; Yang, J. Phys. Chem. B 109
 * (2005) 617: the weighted likelihood ratio test on windows of at most 1000 photons, the original Full SMS
 * window cascade done iteratively, intensity levels, critical-value tables (the project's own Monte Carlo
 * tables or the published ones) and photon-burst detection. Engines here are stateless and thread-safe.
 */
package org.fullsms.analysis.cpa;
