package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * PicoQuant unified TTTR files ({@code .ptu}) of every PicoHarp, HydraHarp, TimeHarp 260 and MultiHarp /
 * PicoHarp 330 record layout, recognised by the {@code PQTTTR} magic. T3 data give macro ticks in sync periods
 * ({@code MeasDesc_GlobalResolution}) and micro times in {@code MeasDesc_Resolution} channels; T2 data give time
 * tags in {@code MeasDesc_GlobalResolution} units and no micro times.
 */
public final class PtuDecoder extends PicoQuantDecoder {

    @Override
    public String family() {
        return "PicoQuant PTU";
    }

    @Override
    public boolean recognises(Path file, ByteBuffer head) {
        return PtuTags.hasMagic(head);
    }

    @Override
    PicoQuantFileHeader parseHeader(HeaderBytes bytes) throws IOException {
        return PtuHeaders.build(bytes, PtuTags.read(bytes));
    }
}
