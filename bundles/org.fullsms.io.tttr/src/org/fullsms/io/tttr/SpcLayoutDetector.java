package org.fullsms.io.tttr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decides by content whether a file is a B&amp;H SPC FIFO file and which record layout it has. SPC files have no
 * magic number, so the rule combines three pieces of evidence:
 * <ol>
 * <li><b>Not another format:</b> a file starting with {@code PQTTTR}/{@code PQHIST} (PicoQuant), the HDF5
 * signature, or printable text is never claimed.</li>
 * <li><b>Header:</b> 32-bit layouts need bit 31 of word 0 set, a clock of 1 ns to 1 ms, reserved bits 24–25 clear and
 * at most 4 routing bits (this also rejects DPC-230 descriptors, which set bits 24 and 30). The 48-bit layout needs
 * the header's valid flag, a clock of at least 1 ns, its reserved bits clear and at most 8 routing bits.</li>
 * <li><b>Records:</b> the records in the first 4 kB are scanned. Within one overflow period macro times never
 * decrease, so a record whose macro time is below its predecessor's without an overflow between them is a
 * violation, as is a flag combination the cards do not write. At most 5&nbsp;% of the checked records may violate.
 * When the file length is not header + whole records (a truncated last record) the evidence must be stronger: at
 * least 64 checked records and at most 1&nbsp;% violations. A file that is exactly a plausible header is an empty
 * recording and is recognised.</li>
 * </ol>
 * Both 32-bit layouts share the header, so when both pass the scan the SPC-130 family (far more common) is chosen;
 * SPC-600/630 256-channel mode is chosen when a {@code .set} file beside names an SPC-600/630 module, or when only
 * that layout passes the scan. Data of the other layout read the wrong way put ADC bits into the macro time, which
 * makes about half the checked records violate.
 */
final class SpcLayoutDetector {

    private static final int MIN_PAIRS_TRUNCATED = 64;
    private static final byte[][] FOREIGN_MAGICS = { "PQTTTR".getBytes(StandardCharsets.US_ASCII),
            "PQHIST".getBytes(StandardCharsets.US_ASCII),
            { (byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n' } };
    private static final int TEXT_PROBE_BYTES = 256;

    private SpcLayoutDetector() {
    }

    /** What a scan of the first records found. */
    record Scan(int records, int checked, int violations) {

        boolean plausible(boolean wholeRecords) {
            if (records == 0) {
                return wholeRecords; // a header alone: an empty recording
            }
            if (!wholeRecords) {
                return checked >= MIN_PAIRS_TRUNCATED && violations * 100 <= checked;
            }
            return violations * 20 <= checked;
        }
    }

    /**
     * The layout of the file, or null when it is not an SPC FIFO file.
     *
     * @param head     the first bytes of the file, from absolute position 0
     * @param fileSize the file's length in bytes
     * @param set      the {@code .set} file beside it, or null
     */
    static SpcRecordLayout detect(ByteBuffer head, long fileSize, SpcSetFile set) {
        if (head.limit() < 4 || looksForeign(head)) {
            return null;
        }
        SpcFileHeader word = SpcFileHeader.read(head, SpcRecordLayout.SPC_130);
        if (word.valid() && word.plausibleClock() && (word.reservedBits() & 0b011) == 0 && word.routingBits() <= 4) {
            boolean preferSpc600 = set != null && set.namesSpc600();
            SpcRecordLayout first = preferSpc600 ? SpcRecordLayout.SPC_600_256 : SpcRecordLayout.SPC_130;
            SpcRecordLayout second = preferSpc600 ? SpcRecordLayout.SPC_130 : SpcRecordLayout.SPC_600_256;
            if (passes(head, fileSize, first)) {
                return first;
            }
            if (passes(head, fileSize, second)) {
                return second;
            }
        }
        if (head.limit() >= 6) {
            SpcFileHeader h48 = SpcFileHeader.read(head, SpcRecordLayout.SPC_600_4096);
            if (h48.valid() && h48.clockTenthNs() >= SpcFileHeader.MIN_CLOCK_TENTH_NS && h48.reservedBits() == 0
                    && h48.routingBits() <= 8 && passes(head, fileSize, SpcRecordLayout.SPC_600_4096)) {
                return SpcRecordLayout.SPC_600_4096;
            }
        }
        return null;
    }

    private static boolean passes(ByteBuffer head, long fileSize, SpcRecordLayout layout) {
        boolean wholeRecords = (fileSize - layout.headerBytes()) % layout.recordBytes() == 0;
        return fileSize >= layout.headerBytes() && scan(head, layout).plausible(wholeRecords);
    }

    /** Checks the macro-time order and flag combinations of the records in {@code head}. */
    static Scan scan(ByteBuffer head, SpcRecordLayout layout) {
        ByteBuffer b = head.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int size = layout.recordBytes();
        int records = Math.max(0, (b.limit() - layout.headerBytes()) / size);
        long previous = 0;
        int checked = 0;
        int violations = 0;
        for (int i = 0; i < records; i++) {
            int at = layout.headerBytes() + i * size;
            long macro;
            boolean overflow;
            boolean restart = false;
            boolean impossible;
            if (layout == SpcRecordLayout.SPC_600_4096) {
                int low = b.getShort(at) & 0xFFFF;
                impossible = (low & 0x8000) != 0;
                overflow = (low & 0x2000) != 0;
                macro = ((b.get(at + 2) & 0xFFL) << 16) | (b.getShort(at + 4) & 0xFFFFL);
            } else {
                int w = b.getInt(at);
                boolean invalid = w < 0;
                overflow = (w & (1 << 30)) != 0;
                boolean bit28 = (w & (1 << 28)) != 0;
                if (layout == SpcRecordLayout.SPC_130) {
                    restart = invalid && overflow && !bit28;
                    impossible = bit28 && !invalid; // MARK is only written with INVALID
                    macro = w & 0xFFF;
                } else {
                    restart = invalid && overflow;
                    impossible = bit28; // unused bit
                    macro = (w >>> 8) & 0x1FFFF;
                }
            }
            if (restart) {
                previous = 0;
                continue;
            }
            if (impossible) {
                checked++;
                violations++;
                continue;
            }
            if (!overflow) {
                checked++;
                if (macro < previous) {
                    violations++;
                }
            }
            previous = macro;
        }
        return new Scan(records, checked, violations);
    }

    private static boolean looksForeign(ByteBuffer head) {
        for (byte[] magic : FOREIGN_MAGICS) {
            if (startsWith(head, magic)) {
                return true;
            }
        }
        int n = Math.min(head.limit(), TEXT_PROBE_BYTES);
        for (int i = 0; i < n; i++) {
            int c = head.get(i) & 0xFF;
            boolean text = (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (!text) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(ByteBuffer head, byte[] magic) {
        if (head.limit() < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head.get(i) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
