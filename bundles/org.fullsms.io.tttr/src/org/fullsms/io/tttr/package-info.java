/**
 * Importers of time-tagged instrument files: PicoQuant PTU, PT3, HT3, PT2, HT2; Becker &amp; Hickl SPC
 * (SPC-130/150/830 and SPC-600/630); Photon-HDF5. A {@link org.fullsms.io.tttr.TttrDecoder} per family streams
 * records to a visitor; {@link org.fullsms.io.tttr.TttrImporter} maps detector channels to particles (docs/formats.md).
 */
package org.fullsms.io.tttr;
