package org.fullsms.spi.analysis;

/**
 * A span of a particle's trace in absolute (macro) time.
 *
 * @param startNs start, ns since the start of the measurement
 * @param endNs   end, ns since the start of the measurement (≥ start)
 * @since 1.0
 */
public record TimeRange(long startNs, long endNs) {

    public TimeRange {
        if (endNs < startNs) {
            throw new IllegalArgumentException("a time range ends (" + endNs + " ns) before it starts (" + startNs
                    + " ns)");
        }
    }

    /** Length in seconds. */
    public double durationS() {
        return (endNs - startNs) * 1e-9;
    }
}
