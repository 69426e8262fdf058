package org.fullsms.io.tttr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds synthetic SPC files record by record, from the field layouts in {@link SpcRecordLayout}. */
final class SpcTestFiles {

    static final int INVALID = 1 << 31;
    static final int MTOV = 1 << 30;
    static final int GAP = 1 << 29;
    static final int MARK = 1 << 28;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** A 32-bit header (SPC-130 family and SPC-600/630 256-channel mode). */
    static SpcTestFiles header32(int clockTenthNs, int routingBits) {
        SpcTestFiles f = new SpcTestFiles();
        return f.word(INVALID | (routingBits << 27) | clockTenthNs);
    }

    /** A 48-bit header (SPC-600/630 4096-channel mode). */
    static SpcTestFiles header48(int clockTenthNs, int routingBits) {
        SpcTestFiles f = new SpcTestFiles();
        f.bytes.write(0);
        f.bytes.write(0x10 | routingBits);
        f.bytes.write(clockTenthNs & 0xFF);
        f.bytes.write(clockTenthNs >>> 8);
        f.bytes.write(0);
        f.bytes.write(0);
        return f;
    }

    SpcTestFiles word(int w) {
        for (int i = 0; i < 4; i++) {
            bytes.write(w >>> (8 * i));
        }
        return this;
    }

    /** SPC-130 family photon (or, with flags, any record of that layout). */
    SpcTestFiles spc130(int macro, int routing, int adc, int flags) {
        return word(flags | (adc << 16) | (routing << 12) | macro);
    }

    SpcTestFiles spc130MultipleOverflow(int count) {
        return word(INVALID | MTOV | count);
    }

    /** SPC-600/630 256-channel record. */
    SpcTestFiles spc600x256(int macro, int routing, int adc, int flags) {
        return word(flags | (routing << 25) | (macro << 8) | adc);
    }

    /** SPC-600/630 4096-channel record; flags are INVALID (bit 12), MTOV (13), GAP (14) of the first 16 bits. */
    SpcTestFiles spc600x4096(int macro, int routing, int adc, boolean invalid, boolean mtov, boolean gap) {
        int low = adc | (invalid ? 0x1000 : 0) | (mtov ? 0x2000 : 0) | (gap ? 0x4000 : 0);
        bytes.write(low);
        bytes.write(low >>> 8);
        bytes.write(macro >>> 16);
        bytes.write(routing);
        bytes.write(macro);
        bytes.write(macro >>> 8);
        return this;
    }

    SpcTestFiles raw(byte... extra) {
        bytes.writeBytes(extra);
        return this;
    }

    byte[] toBytes() {
        return bytes.toByteArray();
    }

    Path writeTo(Path file) throws IOException {
        return Files.write(file, bytes.toByteArray());
    }
}
