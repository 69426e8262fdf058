package org.fullsms.io.tttr;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a run of 32-bit PicoQuant records into visitor calls. One instance serves one pass over one file: it
 * carries the overflow sum from chunk to chunk, so a file can be read in buffers of any size. The loops live in the
 * subclasses, one per record layout, because a per-record virtual call or branch on the layout would cost more
 * than the decoding itself.
 */
abstract sealed class PicoQuantRecords permits PicoHarpT3Records, PicoHarpT2Records, HydraHarpT3Records,
        HydraHarpT2Records {

    /** Sum of all overflows so far, in macro ticks. */
    protected long overflowTicks;
    protected long photons;
    protected long markers;
    /** Special records whose code the format does not define; skipped and reported once. */
    protected long undefinedSpecials;

    /**
     * Decodes {@code count} records starting at index 0 of {@code chunk} (absolute reads; position and limit are
     * left alone).
     */
    abstract void decode(ByteBuffer chunk, int count, TttrRecordVisitor visitor);

    final long photons() {
        return photons;
    }

    final long markers() {
        return markers;
    }

    /** What went wrong without stopping the reading, as sentences for {@link DecodeSummary#warnings()}. */
    final List<String> warnings(String fileName) {
        List<String> warnings = new ArrayList<>();
        if (undefinedSpecials > 0) {
            warnings.add(fileName + ": " + undefinedSpecials
                    + " special records with a code the format does not define were skipped.");
        }
        return warnings;
    }
}
