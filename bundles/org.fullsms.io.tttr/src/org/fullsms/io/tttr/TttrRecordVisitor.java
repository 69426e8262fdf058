package org.fullsms.io.tttr;

/**
 * Receives the records of a time-tagged file in file order, with overflows already applied. Decoders call it
 * once per photon and per marker; it must be cheap (one call per record at hundreds of MB/s).
 */
public interface TttrRecordVisitor {

    /** A micro time that a T2 record does not have. */
    int NO_MICRO = -1;

    /**
     * One photon.
     *
     * @param channel      the detector or routing channel as the file numbers it (0-based for B&amp;H and
     *                     Photon-HDF5, the file's own numbering for PicoQuant)
     * @param macroTicks   absolute arrival in units of {@link TttrHeader#macroUnitNs()}, overflows applied
     * @param microChannel the TCSPC channel (dtime / 4095 − ADC / nanotime), or {@link #NO_MICRO} for T2 data
     */
    void photon(int channel, long macroTicks, int microChannel);

    /**
     * One marker (external sync, e.g. line start/stop and frame of an image scan).
     *
     * @param macroTicks absolute time in units of {@link TttrHeader#macroUnitNs()}
     * @param bits       the marker bit mask as the file gives it
     */
    void marker(long macroTicks, int bits);
}
