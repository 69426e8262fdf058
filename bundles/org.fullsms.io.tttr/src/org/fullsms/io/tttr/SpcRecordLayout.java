package org.fullsms.io.tttr;

/**
 * The three FIFO record layouts of Becker &amp; Hickl SPC cards, as the bh TCSPC Handbook ("FIFO files") describes
 * them. The file itself does not say which one it holds; {@link SpcLayoutDetector} decides.
 *
 * <table>
 * <caption>Record fields (bit numbers within the little-endian record)</caption>
 * <tr><th>Layout</th><th>Header</th><th>MT</th><th>Routing</th><th>ADC</th><th>Flags</th><th>Overflow</th></tr>
 * <tr><td>SPC-130/134/140/150/160/830, 32-bit</td><td>4 bytes: clock bits 0–23 (0.1 ns), routing bits 27–30, bit 31
 * set</td><td>0–11</td><td>12–15</td><td>16–27</td><td>MARK 28, GAP 29, MTOV 30, INVALID 31</td><td>4096</td></tr>
 * <tr><td>SPC-600/630 256-channel, 32-bit</td><td>as above</td><td>8–24</td><td>25–27</td><td>0–7</td><td>GAP 29,
 * MTOV 30, INVALID 31 (bit 28 unused)</td><td>2<sup>17</sup></td></tr>
 * <tr><td>SPC-600/630 4096-channel, 48-bit</td><td>6 bytes: routing bits in byte 1 bits 0–3, valid flag byte 1 bit
 * 4, clock in bytes 2–3 (0.1 ns)</td><td>bytes 4–5 low, byte 2 high</td><td>byte 3</td><td>bits 0–11</td><td>INVALID
 * 12, MTOV 13, GAP 14 (bit 15 unused)</td><td>2<sup>24</sup></td></tr>
 * </table>
 *
 * In the two 32-bit layouts a record with INVALID and MTOV set (and, for the SPC-130 family, MARK clear) counts
 * 4096 resp. 2<sup>17</sup>-tick overflows in bits 0–27. The micro time is (channels − 1) − ADC, the convention of
 * B&amp;H's own ASCII export.
 */
public enum SpcRecordLayout {

    /** SPC-130/134/140/150/160/830 and their successors: 32-bit records, 4096 micro-time channels. */
    SPC_130("Becker & Hickl SPC-130/134/140/150/160/830 FIFO (32-bit records)", 4, 4, 4096, 1L << 12),

    /** SPC-600/630 in 256-channel mode: 32-bit records, 256 micro-time channels. */
    SPC_600_256("Becker & Hickl SPC-600/630 FIFO, 256-channel mode (32-bit records)", 4, 4, 256, 1L << 17),

    /** SPC-600/630 in 4096-channel mode: 48-bit records, 4096 micro-time channels. */
    SPC_600_4096("Becker & Hickl SPC-600/630 FIFO, 4096-channel mode (48-bit records)", 6, 6, 4096, 1L << 24);

    private final String format;
    private final int headerBytes;
    private final int recordBytes;
    private final int microChannels;
    private final long overflowTicks;

    SpcRecordLayout(String format, int headerBytes, int recordBytes, int microChannels, long overflowTicks) {
        this.format = format;
        this.headerBytes = headerBytes;
        this.recordBytes = recordBytes;
        this.microChannels = microChannels;
        this.overflowTicks = overflowTicks;
    }

    /** The human name used as {@link TttrHeader#format()}. */
    public String format() {
        return format;
    }

    public int headerBytes() {
        return headerBytes;
    }

    public int recordBytes() {
        return recordBytes;
    }

    /** Number of ADC (micro-time) channels of the mode. */
    public int microChannels() {
        return microChannels;
    }

    /** Macro ticks added by one overflow (one MTOV flag, or one count of a multiple-overflow record). */
    public long overflowTicks() {
        return overflowTicks;
    }

    /** The layout whose {@link #format()} a header carries, or null for a header of another decoder. */
    static SpcRecordLayout ofFormat(String format) {
        for (SpcRecordLayout layout : values()) {
            if (layout.format.equals(format)) {
                return layout;
            }
        }
        return null;
    }
}
