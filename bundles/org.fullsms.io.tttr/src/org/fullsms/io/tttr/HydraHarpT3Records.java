package org.fullsms.io.tttr;

import java.nio.ByteBuffer;

/**
 * T3 records of the HydraHarp, TimeHarp 260 and MultiHarp / PicoHarp 330: from the most significant bit, special
 * (1 bit), channel (6), dtime (15), nsync (10). A special record with channel 63 is an overflow of 1024 syncs; in
 * HydraHarp V1 files it is always one overflow, in all later layouts nsync holds the number of overflows (0 read as
 * 1, as PicoQuant's demo readers do). Special channels 1–15 are markers whose channel is the bit mask. Photon
 * channels are passed as the file numbers them (0-based).
 */
final class HydraHarpT3Records extends PicoQuantRecords {

    static final long OVERFLOW_SYNCS = 1024;
    private static final int OVERFLOW_CHANNEL = 63;
    private static final int LAST_MARKER_CHANNEL = 15;

    private final boolean singleOverflows;

    /** @param singleOverflows true for HydraHarp V1 records, whose overflow records always count one */
    HydraHarpT3Records(boolean singleOverflows) {
        this.singleOverflows = singleOverflows;
    }

    @Override
    void decode(ByteBuffer chunk, int count, TttrRecordVisitor visitor) {
        long overflow = overflowTicks;
        long photonCount = 0;
        long markerCount = 0;
        long undefined = 0;
        for (int offset = 0, end = count * 4; offset < end; offset += 4) {
            int rec = chunk.getInt(offset);
            int channel = (rec >>> 25) & 0x3F;
            int nsync = rec & 0x3FF;
            if (rec >= 0) {
                visitor.photon(channel, overflow + nsync, (rec >>> 10) & 0x7FFF);
                photonCount++;
            } else if (channel == OVERFLOW_CHANNEL) {
                overflow += singleOverflows || nsync == 0 ? OVERFLOW_SYNCS : OVERFLOW_SYNCS * nsync;
            } else if (channel >= 1 && channel <= LAST_MARKER_CHANNEL) {
                visitor.marker(overflow + nsync, channel);
                markerCount++;
            } else {
                undefined++;
            }
        }
        overflowTicks = overflow;
        photons += photonCount;
        markers += markerCount;
        undefinedSpecials += undefined;
    }
}
