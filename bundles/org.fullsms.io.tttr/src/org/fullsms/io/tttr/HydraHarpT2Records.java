package org.fullsms.io.tttr;

import java.nio.ByteBuffer;

/**
 * T2 records of the HydraHarp, TimeHarp 260 and MultiHarp / PicoHarp 330: special (1 bit), channel (6), time tag
 * (25). A special record with channel 63 is an overflow: 33 552 000 ticks, always one, for HydraHarp V1; 2^25 ticks
 * times the time-tag field (0 read as 1) for all later layouts. Special channel 0 is a sync event and 1–15 are
 * markers. Following PicoQuant's demo readers, the sync is passed as photon channel 0 and input channel n as
 * channel n + 1, so the two never share a number.
 */
final class HydraHarpT2Records extends PicoQuantRecords {

    static final long OVERFLOW_TICKS_V1 = 33_552_000;
    static final long OVERFLOW_TICKS = 33_554_432;
    private static final int OVERFLOW_CHANNEL = 63;
    private static final int SYNC_CHANNEL = 0;
    private static final int LAST_MARKER_CHANNEL = 15;

    private final boolean singleOverflows;

    /** @param singleOverflows true for HydraHarp V1 records, whose overflow records always count one */
    HydraHarpT2Records(boolean singleOverflows) {
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
            int timeTag = rec & 0x1FF_FFFF;
            if (rec >= 0) {
                visitor.photon(channel + 1, overflow + timeTag, TttrRecordVisitor.NO_MICRO);
                photonCount++;
            } else if (channel == OVERFLOW_CHANNEL) {
                if (singleOverflows) {
                    overflow += OVERFLOW_TICKS_V1;
                } else {
                    overflow += OVERFLOW_TICKS * (timeTag == 0 ? 1 : timeTag);
                }
            } else if (channel == SYNC_CHANNEL) {
                visitor.photon(SYNC_CHANNEL, overflow + timeTag, TttrRecordVisitor.NO_MICRO);
                photonCount++;
            } else if (channel <= LAST_MARKER_CHANNEL) {
                visitor.marker(overflow + timeTag, channel);
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
