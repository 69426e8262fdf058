package org.fullsms.io.tttr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a time-tagged file's header says, read without touching the records.
 *
 * @param format            human name of the format and record type, e.g. "PicoQuant PTU, PicoHarp T3"
 * @param macroUnitNs       ns per macro tick as passed to {@link TttrRecordVisitor#photon}: the sync period
 *                          for T3 data, the time-tag resolution for T2 data, the clock for B&amp;H SPC
 * @param syncPeriodNs      laser (sync) period in ns, or NaN when the file does not say (T2 data)
 * @param microResolutionNs width of one micro-time channel in ns, or NaN for T2 data (no micro times)
 * @param microChannels     number of micro-time channels the card has (e.g. 4096), 0 for T2 data
 * @param dataOffset        byte offset of the first record
 * @param declaredRecords   record count the header states, or -1 when it states none
 * @param image             the image-scan layout when the header describes one, else null
 * @param tags              header entries worth showing to a user (name → printed value), in file order
 * @param warnings          things the header reading noticed (e.g. "no .set file: channel width is clock/4096")
 */
public record TttrHeader(String format, double macroUnitNs, double syncPeriodNs, double microResolutionNs,
        int microChannels, long dataOffset, long declaredRecords, ImageLayout image, Map<String, String> tags,
        List<String> warnings) {

    public TttrHeader {
        Objects.requireNonNull(format, "format");
        if (!(macroUnitNs > 0) || !Double.isFinite(macroUnitNs)) {
            throw new IllegalArgumentException("macro time unit must be positive: " + macroUnitNs);
        }
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags)); // keeps the file's order
        warnings = List.copyOf(warnings);
    }

    /** Whether records carry micro times (T3, SPC, Photon-HDF5 with nanotimes); false for T2 data. */
    public boolean hasMicroTimes() {
        return microChannels > 0 && Double.isFinite(microResolutionNs) && microResolutionNs > 0;
    }

    /**
     * An image scan as the header describes it: pixels and which marker bits start and stop a line and a frame
     * (0 when the file has no such marker).
     */
    public record ImageLayout(int pixelsX, int pixelsY, int lineStartBits, int lineStopBits, int frameBits) {
    }
}
