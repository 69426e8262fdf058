package org.fullsms.spi.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where an {@link Exporter} writes: the export folder the user chose.
 *
 * @since 1.0
 */
public interface ExportTarget {

    /** What a file contains, written to the stream it is given (not closed by the writer). */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The export folder (it exists). */
    Path folder();

    /**
     * Writes a file of the export folder: to a temporary file first, moved into place when {@code content} returns
     * (an existing export file of the same name is replaced; a file the session reads from is refused).
     *
     * @param fileName a plain file name, e.g. {@code "Particle 1 bursts.csv"} (no folder)
     * @throws IOException when the name is not a plain file name or writing fails
     */
    void write(String fileName, Content content) throws IOException;

    /** A note for the export's report (shown in the Export view and printed by the command line). */
    void note(String message);
}
