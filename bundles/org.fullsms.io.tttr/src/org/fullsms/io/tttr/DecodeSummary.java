package org.fullsms.io.tttr;

import java.util.List;

/**
 * The outcome of one decoding pass.
 *
 * @param records  records read (photons, markers, overflows and any others)
 * @param photons  photon records passed to the visitor
 * @param markers  marker records passed to the visitor
 * @param warnings problems that did not stop the reading, each a sentence (e.g. "the header declares 723 240
 *                 records but the file holds 1 000: read those")
 */
public record DecodeSummary(long records, long photons, long markers, List<String> warnings) {

    public DecodeSummary {
        warnings = List.copyOf(warnings);
    }
}
