/**
 * The photon data model: a {@link org.fullsms.model.Dataset} of {@link org.fullsms.model.Particle}s, each with
 * its metadata read when a file is opened and its photons ({@link org.fullsms.model.Photons}: absolute times in
 * ns as {@code long[]}, TCSPC micro times in ns as {@code double[]}) loaded on first use and releasable.
 * A second TCSPC channel appears as its own particle "Particle N_2" that shares spectra, raster scan and
 * attributes with its primary. Plain Java, no dependencies.
 */
package org.fullsms.model;
