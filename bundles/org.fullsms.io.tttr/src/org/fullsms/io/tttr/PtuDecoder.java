package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * PicoQuant unified TTTR files ({@code .ptu}) of every PicoHarp, HydraHarp, TimeHarp 260 and MultiHarp /
 * PicoHarp 330 record layout, recognised by the {@code PQTTTR} magic. T3 data give macro ticks in sync periods
 * ({@code MeasDesc_GlobalResolution}) and micro times in {@code MeasDesc_Resolution} channels; T2 data give time
 * tags in {@code MeasDesc_GlobalResolution} units and no micro times.
 */
public final class PtuDecoder implements TttrDecoder {

    @Override
    public String family() {
        return "PicoQuant PTU";
    }

    @Override
    public boolean recognises(Path file, ByteBuffer head) {
        return PtuTags.hasMagic(head);
    }

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

    private static PicoQuantFileHeader parse(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            HeaderBytes bytes = new HeaderBytes(channel, file);
            return PtuHeaders.build(bytes, PtuTags.read(bytes));
        }
    }
}
