package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Decodes one family of time-tagged files. Stateless and thread-safe. Each method reads the file afresh, so a
 * dataset can decode one channel's photons at a time without keeping the records in memory.
 */
public interface TttrDecoder {

    /** Short name of the family, e.g. "PicoQuant PTU". */
    String family();

    /**
     * Whether the file belongs to this family, judged by content (magic bytes, header layout), never by name
     * alone. Never throws.
     *
     * @param file the file (for formats whose content needs a second look, e.g. an HDF5 layout)
     * @param head the first bytes of the file (up to 4096; fewer for a short file), little-endian
     */
    boolean recognises(Path file, ByteBuffer head);

    /**
     * Reads the header.
     *
     * @throws TttrFormatException naming the file and what is wrong when it cannot be read
     */
    TttrHeader readHeader(Path file) throws IOException;

    /**
     * Streams every record after the header to the visitor, in file order.
     *
     * @return what was read and what went wrong without stopping the reading (truncation, unknown records)
     * @throws TttrFormatException naming the file when nothing sensible can be read
     */
    DecodeSummary decode(Path file, TttrHeader header, TttrRecordVisitor visitor) throws IOException;
}
