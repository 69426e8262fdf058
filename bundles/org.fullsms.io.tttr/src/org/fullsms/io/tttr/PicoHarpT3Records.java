package org.fullsms.io.tttr;

import java.nio.ByteBuffer;

/**
 * PicoHarp T3 records (0x00010303): from the most significant bit, channel (4 bits), dtime (12), nsync (16).
 * Channel 15 marks a special record: dtime 0 is an overflow of 65 536 syncs, any other dtime is a marker bit mask.
 */
final class PicoHarpT3Records extends PicoQuantRecords {

    static final long OVERFLOW_SYNCS = 65_536;
    private static final int SPECIAL_CHANNEL = 15;

    @Override
    void decode(ByteBuffer chunk, int count, TttrRecordVisitor visitor) {
        long overflow = overflowTicks;
        long photonCount = 0;
        long markerCount = 0;
        for (int offset = 0, end = count * 4; offset < end; offset += 4) {
            int rec = chunk.getInt(offset);
            int channel = rec >>> 28;
            int dtime = (rec >>> 16) & 0xFFF;
            int nsync = rec & 0xFFFF;
            if (channel != SPECIAL_CHANNEL) {
                visitor.photon(channel, overflow + nsync, dtime);
                photonCount++;
            } else if (dtime == 0) {
                overflow += OVERFLOW_SYNCS;
            } else {
                visitor.marker(overflow + nsync, dtime);
                markerCount++;
            }
        }
        overflowTicks = overflow;
        photons += photonCount;
        markers += markerCount;
    }
}
