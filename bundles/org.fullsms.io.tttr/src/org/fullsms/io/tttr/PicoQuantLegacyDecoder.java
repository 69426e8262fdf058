package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * PicoQuant files from before PTU: PicoHarp 300 {@code .pt3}/{@code .pt2} (format 2.0) and HydraHarp
 * {@code .ht3}/{@code .ht2} (formats 1.0 and 2.0). Recognised by the identifier at the start of the file and a T2 or
 * T3 measurement mode, never by the name, so histogram files ({@code .phd}, {@code .hhd}) with the same identifier
 * are left to others. The records are the PTU layouts; T3 macro ticks are sync periods from the header's sync
 * rate.
 */
public final class PicoQuantLegacyDecoder extends PicoQuantDecoder {

    @Override
    public String family() {
        return "PicoQuant PT2/PT3/HT2/HT3";
    }

    @Override
    public boolean recognises(Path file, ByteBuffer head) {
        int modeOffset = switch (LegacyHeaders.ident(head)) {
            case LegacyHeaders.PICOHARP_IDENT -> LegacyHeaders.PICOHARP_MODE_OFFSET;
            case LegacyHeaders.HYDRAHARP_IDENT -> LegacyHeaders.HYDRAHARP_MODE_OFFSET;
            default -> -1;
        };
        if (modeOffset < 0 || head.limit() < modeOffset + 4) {
            return false;
        }
        int mode = head.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(modeOffset);
        return mode == 2 || mode == 3;
    }

    @Override
    PicoQuantFileHeader parseHeader(HeaderBytes bytes) throws IOException {
        return LegacyHeaders.read(bytes);
    }
}
