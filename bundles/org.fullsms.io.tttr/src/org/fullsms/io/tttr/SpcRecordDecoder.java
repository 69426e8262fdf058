package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of an SPC FIFO file to a visitor. The file is read in chunks of about 1 MiB into one reused
 * little-endian buffer (a multiple of both record sizes, so a record never straddles two chunks); each layout has
 * its own loop without per-record allocation or per-record branching on the layout.
 */
final class SpcRecordDecoder {

    /** 12 = lcm(4, 6) bytes, so whole records of both sizes fit exactly. */
    private static final int CHUNK_BYTES = 12 * 87_381;

    private static final int INVALID = 1 << 31;
    private static final int MTOV = 1 << 30;
    private static final int GAP = 1 << 29;
    private static final int MARK = 1 << 28;

    private final SpcRecordLayout layout;
    private final TttrRecordVisitor visitor;

    /** Macro ticks of all overflows so far. */
    private long overflowTicks;
    private long records;
    private long photons;
    private long markers;
    private long gaps;
    private long markWithoutInvalid;
    private long firstGapTicks = -1;

    private SpcRecordDecoder(SpcRecordLayout layout, TttrRecordVisitor visitor) {
        this.layout = layout;
        this.visitor = visitor;
    }

    static DecodeSummary decode(Path file, SpcRecordLayout layout, TttrHeader header, TttrRecordVisitor visitor)
            throws IOException {
        SpcRecordDecoder decoder = new SpcRecordDecoder(layout, visitor);
        long trailing = decoder.readAll(file, header.dataOffset());
        return decoder.summary(file, header, trailing);
    }

    /** Reads every whole record; returns the number of bytes of a partial last record. */
    private long readAll(Path file, long offset) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long position = offset;
            while (true) {
                buffer.clear();
                int n;
                while (buffer.hasRemaining() && (n = channel.read(buffer, position)) > 0) {
                    position += n;
                }
                int bytes = buffer.position();
                int whole = bytes / layout.recordBytes();
                switch (layout) {
                    case SPC_130 -> spc130(buffer, whole);
                    case SPC_600_256 -> spc600x256(buffer, whole);
                    case SPC_600_4096 -> spc600x4096(buffer, whole);
                }
                records += whole;
                if (buffer.hasRemaining()) {
                    return bytes - (long) whole * layout.recordBytes();
                }
            }
        }
    }

    private void spc130(ByteBuffer b, int count) {
        TttrRecordVisitor v = visitor;
        long base = overflowTicks;
        long photonCount = 0;
        long markerCount = 0;
        for (int at = 0, end = count * 4; at < end; at += 4) {
            int w = b.getInt(at);
            if ((w & GAP) != 0) {
                gap(base + (w & 0xFFF));
            }
            if ((w & (INVALID | MTOV | MARK)) == (INVALID | MTOV)) {
                base += (w & 0x0FFF_FFFFL) << 12;
                continue;
            }
            if ((w & MTOV) != 0) {
                base += 1L << 12;
            }
            long macro = base + (w & 0xFFF);
            if ((w & INVALID) == 0) {
                if ((w & MARK) == 0) {
                    v.photon((w >>> 12) & 0xF, macro, 4095 - ((w >>> 16) & 0xFFF));
                    photonCount++;
                } else {
                    markWithoutInvalid++;
                }
            } else if ((w & MARK) != 0) {
                v.marker(macro, (w >>> 12) & 0xF);
                markerCount++;
            }
        }
        overflowTicks = base;
        photons += photonCount;
        markers += markerCount;
    }

    private void spc600x256(ByteBuffer b, int count) {
        TttrRecordVisitor v = visitor;
        long base = overflowTicks;
        long photonCount = 0;
        for (int at = 0, end = count * 4; at < end; at += 4) {
            int w = b.getInt(at);
            if ((w & GAP) != 0) {
                gap(base + ((w >>> 8) & 0x1FFFF));
            }
            if ((w & (INVALID | MTOV)) == (INVALID | MTOV)) {
                base += (w & 0x0FFF_FFFFL) << 17;
                continue;
            }
            if ((w & MTOV) != 0) {
                base += 1L << 17;
            }
            if ((w & INVALID) == 0) {
                v.photon((w >>> 25) & 0x7, base + ((w >>> 8) & 0x1FFFF), 255 - (w & 0xFF));
                photonCount++;
            }
        }
        overflowTicks = base;
        photons += photonCount;
    }

    private void spc600x4096(ByteBuffer b, int count) {
        TttrRecordVisitor v = visitor;
        long base = overflowTicks;
        long photonCount = 0;
        for (int at = 0, end = count * 6; at < end; at += 6) {
            int low = b.getShort(at) & 0xFFFF;
            if ((low & 0x2000) != 0) {
                base += 1L << 24;
            }
            long macro = base + (((b.get(at + 2) & 0xFF) << 16) | (b.getShort(at + 4) & 0xFFFF));
            if ((low & 0x4000) != 0) {
                gap(macro);
            }
            if ((low & 0x1000) == 0) {
                v.photon(b.get(at + 3) & 0xFF, macro, 4095 - (low & 0xFFF));
                photonCount++;
            }
        }
        overflowTicks = base;
        photons += photonCount;
    }

    private void gap(long macroTicks) {
        if (gaps++ == 0) {
            firstGapTicks = macroTicks;
        }
    }

    private DecodeSummary summary(Path file, TttrHeader header, long trailingBytes) {
        String name = file.getFileName().toString();
        List<String> warnings = new ArrayList<>();
        if (trailingBytes > 0) {
            warnings.add(name + " ends with a partial record of " + trailingBytes + " bytes (records are "
                    + layout.recordBytes() + " bytes): it was ignored, the file is probably truncated.");
        }
        if (gaps > 0) {
            warnings.add(name + ": the card reported " + gaps + (gaps == 1 ? " gap" : " gaps") + " (the first at "
                    + SpcNumbers.seconds(firstGapTicks * header.macroUnitNs()) + "): photons were lost there.");
        }
        if (markWithoutInvalid > 0) {
            warnings.add(name + ": " + markWithoutInvalid + " records have MARK set without INVALID, a combination"
                    + " B&H cards do not write: they were skipped.");
        }
        if (photons == 0) {
            warnings.add(name + " holds no photons (" + records + " records, none of them a valid photon).");
        }
        return new DecodeSummary(records, photons, markers, warnings);
    }
}
