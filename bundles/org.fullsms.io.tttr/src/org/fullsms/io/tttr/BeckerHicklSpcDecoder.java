package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Becker &amp; Hickl SPC FIFO files ({@code .spc}): SPC-130/134/140/150/160/830 (32-bit records) and SPC-600/630
 * in 256-channel (32-bit) and 4096-channel (48-bit) mode; field layouts in {@link SpcRecordLayout}.
 *
 * <p><b>Recognition</b> is by content alone, as {@link SpcLayoutDetector} describes: no foreign magic, a plausible
 * header record, and first records whose macro times do not run backwards. The record layout is chosen the same
 * way (or fixed by {@link #BeckerHicklSpcDecoder(SpcRecordLayout)} when the caller knows the card).
 *
 * <p><b>Time units.</b> Macro ticks are the header's clock (0.1 ns units). The TCSPC channel width is not in the
 * {@code .spc} file: it comes from the {@code .set} file beside it with the same base name ({@code SP_TAC_TC}, else
 * {@code SP_TAC_R / (SP_TAC_G · SP_ADC_RE)}); without one it is taken as clock / channels (the convention of
 * tttrlib) and the header says so in a warning. The SPC file does not say whether the clock is the laser sync, so
 * {@link TttrHeader#syncPeriodNs()} is NaN.
 *
 * <p><b>Records.</b> Channels are the routing bits; micro times are (channels − 1) − ADC. Markers (SPC-130 family:
 * MARK with INVALID) pass their routing bits as the marker mask. Invalid photons are counted as records only. GAP
 * flags (data lost in the card's FIFO) are counted and reported in a warning, as are a truncated last record and a
 * file without photons.
 */
public final class BeckerHicklSpcDecoder implements TttrDecoder {

    private static final int HEAD_BYTES = 4096;

    private final SpcRecordLayout fixedLayout;

    /** A decoder that recognises the record layout from the content. */
    public BeckerHicklSpcDecoder() {
        this(null);
    }

    /**
     * A decoder for one record layout (the SPC-600/630 32-bit layout cannot always be told from the SPC-130 one).
     * {@link #recognises} still applies the content rule.
     *
     * @param layout the layout to decode, or null to recognise it
     */
    public BeckerHicklSpcDecoder(SpcRecordLayout layout) {
        this.fixedLayout = layout;
    }

    @Override
    public String family() {
        return "Becker & Hickl SPC";
    }

    @Override
    public boolean recognises(Path file, ByteBuffer head) {
        try {
            ByteBuffer start = head.slice().order(ByteOrder.LITTLE_ENDIAN);
            return SpcLayoutDetector.detect(start, Files.size(file), null) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public TttrHeader readHeader(Path file) throws IOException {
        long size = Files.size(file);
        if (size < 4) {
            throw new TttrFormatException(file, "the file has " + size + " bytes, too few for the header of a"
                    + " Becker & Hickl SPC FIFO file.");
        }
        ByteBuffer head = readHead(file, size);
        Path setPath = SpcSetFile.besides(file);
        SpcSetFile set = setPath == null ? null : SpcSetFile.read(setPath);
        SpcRecordLayout layout = fixedLayout != null ? fixedLayout : SpcLayoutDetector.detect(head, size, set);
        if (layout == null) {
            throw new TttrFormatException(file, "not a Becker & Hickl SPC FIFO file: the first word ("
                    + SpcFileHeader.read(head, SpcRecordLayout.SPC_130).raw()
                    + ") is no SPC header or the first records are not in time order.");
        }
        if (size < layout.headerBytes()) {
            throw new TttrFormatException(file, "the file has " + size + " bytes, too few for the "
                    + layout.headerBytes() + "-byte header of a Becker & Hickl SPC FIFO file.");
        }
        SpcFileHeader h = SpcFileHeader.read(head, layout);
        if (!h.plausibleClock()) {
            throw new TttrFormatException(file, "the header " + h.raw() + " gives a macro-time clock of "
                    + SpcNumbers.plain(h.clockNs()) + " ns, outside 1 ns to 1 ms: the file is damaged or not a"
                    + " Becker & Hickl SPC file.");
        }
        String name = file.getFileName().toString();
        List<String> warnings = new ArrayList<>();
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Record layout", layout.format());
        tags.put("Header", h.raw());
        tags.put("Macro-time clock", SpcNumbers.plain(h.clockNs()) + " ns");
        tags.put("Routing bits", Integer.toString(h.routingBits()));
        if (!h.valid()) {
            warnings.add(name + ": the header does not set its 'data valid' flag; the records were read anyway.");
        }
        if (h.reservedBits() != 0) {
            warnings.add(name + ": the header " + h.raw() + " sets reserved bits whose meaning is not known here;"
                    + " the records were read as ordinary FIFO records.");
        }
        double widthNs = channelWidthNs(name, set, h, layout, warnings, tags);
        long records = Math.max(0, (size - layout.headerBytes()) / layout.recordBytes());
        if (records == 0) {
            warnings.add(name + " holds a header but no records.");
        }
        return new TttrHeader(layout.format(), h.clockNs(), Double.NaN, widthNs, layout.microChannels(),
                layout.headerBytes(), -1, null, tags, warnings);
    }

    @Override
    public DecodeSummary decode(Path file, TttrHeader header, TttrRecordVisitor visitor) throws IOException {
        SpcRecordLayout layout = SpcRecordLayout.ofFormat(header.format());
        if (layout == null) {
            throw new TttrFormatException(file, "the header given (" + header.format()
                    + ") is not one of a Becker & Hickl SPC file.");
        }
        return SpcRecordDecoder.decode(file, layout, header, visitor);
    }

    /** The TCSPC channel width in ns from the .set file, else clock / channels with a warning saying so. */
    private static double channelWidthNs(String name, SpcSetFile set, SpcFileHeader h, SpcRecordLayout layout,
            List<String> warnings, Map<String, String> tags) {
        String fallback = "clock/" + layout.microChannels() + " = "
                + SpcNumbers.plain(h.clockNs() * 1000 / layout.microChannels()) + " ps";
        if (set == null) {
            warnings.add("no .set file beside " + name + ": micro-time channel width taken as " + fallback + ".");
            tags.put("Channel width source", "clock/" + layout.microChannels() + " (no .set file)");
            return h.clockNs() / layout.microChannels();
        }
        String setName = set.file().getFileName().toString();
        if (set.module() != null) {
            tags.put("Module", set.module());
        }
        for (String key : new String[] { "SP_TAC_R", "SP_TAC_G", "SP_ADC_RE", "SP_TAC_TC", "SP_MODE" }) {
            if (set.parameters().containsKey(key)) {
                tags.put(key, set.parameters().get(key));
            }
        }
        double widthNs = set.channelWidthS() * 1e9;
        if (!(widthNs > 0) || widthNs > h.clockNs()) {
            warnings.add(setName + " beside " + name + " gives no usable TCSPC channel width (SP_TAC_TC, or SP_TAC_R,"
                    + " SP_TAC_G and SP_ADC_RE): micro-time channel width taken as " + fallback + ".");
            tags.put("Channel width source", "clock/" + layout.microChannels() + " (" + setName + " unusable)");
            return h.clockNs() / layout.microChannels();
        }
        tags.put("Channel width source", setName);
        return widthNs;
    }

    private static ByteBuffer readHead(Path file, long size) throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, HEAD_BYTES)).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // read until the buffer is full or the file ends
            }
        }
        return head.flip();
    }
}
