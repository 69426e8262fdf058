package org.fullsms.io.hdf5;

/**
 * Options for {@link Hdf5Writer}.
 *
 * @param compress  store photon datasets chunked with shuffle + gzip (smaller, slower to read) instead of
 *                  contiguous
 * @param overwrite replace an existing target file (never the source of the data)
 */
public record WriteOptions(boolean compress, boolean overwrite) {

    /** Contiguous photon datasets; an existing target is an error. */
    public static final WriteOptions DEFAULTS = new WriteOptions(false, false);

    /** Photon datasets are chunked in blocks of this many values when compressed. */
    public static final int CHUNK = 65536;
}
