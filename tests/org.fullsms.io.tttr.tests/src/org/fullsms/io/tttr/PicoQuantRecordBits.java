package org.fullsms.io.tttr;

/**
 * Builds 32-bit PicoQuant records field by field, written from PicoQuant's public record-format description so
 * tests state their input in the format's own terms.
 */
final class PicoQuantRecordBits {

    private PicoQuantRecordBits() {
    }

    // PicoHarp T3: channel 4 | dtime 12 | nsync 16
    static int ph3Photon(int channel, int dtime, int nsync) {
        return channel << 28 | dtime << 16 | nsync;
    }

    static int ph3Overflow() {
        return 15 << 28;
    }

    static int ph3Marker(int bits, int nsync) {
        return 15 << 28 | bits << 16 | nsync;
    }

    // PicoHarp T2: channel 4 | time 28
    static int ph2Photon(int channel, int timeTag) {
        return channel << 28 | timeTag;
    }

    static int ph2Overflow() {
        return 15 << 28;
    }

    static int ph2Marker(int bits, int timeTag) {
        return 15 << 28 | (timeTag & ~0xF) | bits;
    }

    // HydraHarp and later T3: special 1 | channel 6 | dtime 15 | nsync 10
    static int hh3Photon(int channel, int dtime, int nsync) {
        return channel << 25 | dtime << 10 | nsync;
    }

    static int hh3Special(int channel, int nsync) {
        return 1 << 31 | channel << 25 | nsync;
    }

    static int hh3Overflow(int count) {
        return hh3Special(63, count);
    }

    // HydraHarp and later T2: special 1 | channel 6 | time 25
    static int hh2Photon(int channel, int timeTag) {
        return channel << 25 | timeTag;
    }

    static int hh2Special(int channel, int timeTag) {
        return 1 << 31 | channel << 25 | timeTag;
    }

    static int hh2Overflow(int count) {
        return hh2Special(63, count);
    }
}
