package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What PicoQuant's file families share: a header that names one record layout, then the records. A family says
 * how its header is read; headers are read afresh for every pass, so the record layout always matches the file.
 */
abstract class PicoQuantDecoder implements TttrDecoder {

    /** Reads the family's header (bounded by the file's size). */
    abstract PicoQuantFileHeader parseHeader(HeaderBytes bytes) throws IOException;

    @Override
    public TttrHeader readHeader(Path file) throws IOException {
        return parse(file).header();
    }

    /** Re-reads the header so the record layout always matches the file; {@code header} must come from it. */
    @Override
    public DecodeSummary decode(Path file, TttrHeader header, TttrRecordVisitor visitor) throws IOException {
        PicoQuantFileHeader parsed = parse(file);
        parsed.requireSameFile(header);
        return PicoQuantRecordReader.read(file, parsed, visitor);
    }

    private PicoQuantFileHeader parse(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return parseHeader(new HeaderBytes(channel, file));
        }
    }
}
