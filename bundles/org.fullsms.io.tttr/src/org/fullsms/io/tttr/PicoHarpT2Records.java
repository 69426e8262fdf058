package org.fullsms.io.tttr;

import java.nio.ByteBuffer;

/**
 * PicoHarp T2 records (0x00010203): channel (4 bits) and a 28-bit time tag. Channel 15 marks a special record
 * whose low 4 time-tag bits are marker bits; all zero means an overflow. The overflow period is 210 698 240 ticks,
 * not 2^28: PicoQuant documents that value and its demo readers use it. A marker's low 4 time-tag bits carry the
 * marker bits rather than time, so they are cleared (PicoQuant's demos keep them; the difference, at most 15 ticks of
 * 4 ps, is far below the tens-of-ns resolution of markers).
 */
final class PicoHarpT2Records extends PicoQuantRecords {

    static final long OVERFLOW_TICKS = 210_698_240;
    private static final int SPECIAL_CHANNEL = 15;

    @Override
    void decode(ByteBuffer chunk, int count, TttrRecordVisitor visitor) {
        long overflow = overflowTicks;
        long photonCount = 0;
        long markerCount = 0;
        for (int offset = 0, end = count * 4; offset < end; offset += 4) {
            int rec = chunk.getInt(offset);
            int channel = rec >>> 28;
            int timeTag = rec & 0x0FFF_FFFF;
            if (channel != SPECIAL_CHANNEL) {
                visitor.photon(channel, overflow + timeTag, TttrRecordVisitor.NO_MICRO);
                photonCount++;
            } else if ((timeTag & 0xF) == 0) {
                overflow += OVERFLOW_TICKS;
            } else {
                visitor.marker(overflow + (timeTag & ~0xF), timeTag & 0xF);
                markerCount++;
            }
        }
        overflowTicks = overflow;
        photons += photonCount;
        markers += markerCount;
    }
}
