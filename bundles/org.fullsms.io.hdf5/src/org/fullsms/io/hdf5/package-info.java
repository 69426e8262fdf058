/**
 * Full SMS HDF5 (format v1.0–1.08) reading and v1.08 writing on jHDF, and converters from the original's text
 * formats. {@link org.fullsms.io.hdf5.Hdf5Reader} opens a file into an {@link org.fullsms.model.Dataset}
 * (metadata at open, photons on first use); {@link org.fullsms.io.hdf5.Hdf5Writer} writes datasets or selected
 * particles to a new file through a temporary file that is moved into place;
 * {@link org.fullsms.io.hdf5.PhotonTextConverter} turns CSV or macro-time lists into a dataset. The format rules
 * are in {@code docs/hdf5.md}.
 */
package org.fullsms.io.hdf5;
