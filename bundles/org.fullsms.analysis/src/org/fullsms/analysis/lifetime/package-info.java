/**
 * Fluorescence lifetime fitting: decay histograms from micro times, instrument response functions (IRF) from
 * arrays, PicoQuant {@code .phu} or text files or a simulated Gaussian, the original Full SMS fit-range and
 * background rules, and a thread-safe engine ({@link org.fullsms.analysis.lifetime.LifetimeFitter}) that fits
 * 1–3 exponentials reconvolved with the IRF by bounded least squares (Poisson-weighted, or the original's
 * unweighted area-normalised mode) or Poisson maximum likelihood, with standard errors, χ²<sub>red</sub> and
 * Durbin–Watson statistics. Bad input never throws from a fit: the {@link org.fullsms.analysis.lifetime.FitResult}
 * carries a status and a reason.
 */
package org.fullsms.analysis.lifetime;
