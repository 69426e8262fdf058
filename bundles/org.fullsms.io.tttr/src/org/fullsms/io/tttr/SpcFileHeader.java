package org.fullsms.io.tttr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The header record at the start of an SPC FIFO file: the macro-time clock in units of 0.1 ns, the number of
 * routing bits and the "data valid" flag.
 *
 * <ul>
 * <li>32-bit layouts: bits 0–23 clock, bits 24–26 reserved, bits 27–30 routing bits, bit 31 valid (set in every
 * file seen). DPC-230 time-tag files, also called {@code .spc}, put a descriptor with bits 24 and 30 set here.</li>
 * <li>48-bit layout: byte 1 bits 0–3 routing bits, bit 4 valid; bytes 2–3 the clock.</li>
 * </ul>
 *
 * @param clockTenthNs macro-time clock in units of 0.1 ns
 * @param routingBits  routing bits the card recorded (as the header states them)
 * @param valid        the header's "data valid" flag
 * @param reservedBits the reserved bits (bits 24–26 of a 32-bit header, the upper 3 bits of byte 1 of a 48-bit
 *                     one), 0 in every file seen
 * @param raw          the header as a hexadecimal number, for messages
 */
record SpcFileHeader(int clockTenthNs, int routingBits, boolean valid, int reservedBits, String raw) {

    /** Plausible clocks: 1 ns (1 GHz) to 1 ms; B&amp;H cards use the laser sync or an internal 50 ns clock. */
    static final int MIN_CLOCK_TENTH_NS = 10;
    static final int MAX_CLOCK_TENTH_NS = 10_000_000;

    /** Reads the header of a layout from the start of {@code head} (absolute positions from 0). */
    static SpcFileHeader read(ByteBuffer head, SpcRecordLayout layout) {
        ByteBuffer b = head.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (layout.headerBytes() == 4) {
            int word = b.getInt(0);
            return new SpcFileHeader(word & 0xFFFFFF, (word >>> 27) & 0xF, word < 0, (word >>> 24) & 0x7,
                    String.format("0x%08x", word));
        }
        int flags = b.get(1) & 0xFF;
        int clock = b.getShort(2) & 0xFFFF;
        String raw = String.format("0x%04x%08x", b.getShort(4) & 0xFFFF, b.getInt(0));
        return new SpcFileHeader(clock, flags & 0xF, (flags & 0x10) != 0, flags >>> 5, raw);
    }

    double clockNs() {
        return clockTenthNs / 10.0;
    }

    boolean plausibleClock() {
        return clockTenthNs >= MIN_CLOCK_TENTH_NS && clockTenthNs <= MAX_CLOCK_TENTH_NS;
    }
}
