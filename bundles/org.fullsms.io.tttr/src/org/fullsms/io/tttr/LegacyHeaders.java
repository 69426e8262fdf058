package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed binary headers of PicoQuant's pre-PTU files, at the byte offsets of PicoQuant's public file demos
 * (4-byte packed little-endian structures). Both start with the same 328-byte text header: Ident[16],
 * FormatVersion[6], CreatorName[18], CreatorVersion[12], FileTime[18], CRLF[2], Comment[256].
 * <ul>
 * <li>PicoHarp 300 format 2.0 ({@code .pt2}, {@code .pt3}): binary header (208 bytes), one board header (156),
 * TTTR header (36, with a uint32 record count), image header of ImgHdrSize int32.</li>
 * <li>HydraHarp formats 1.0 and 2.0 ({@code .ht2}, {@code .ht3}): binary header (208, resolution a double in ps),
 * hardware header (160), per input channel 16 bytes of settings and then 4 bytes of rate, TTTR header (24, with an
 * int64 record count), image header.</li>
 * </ul>
 */
final class LegacyHeaders {

    static final String PICOHARP_IDENT = "PicoHarp 300";
    static final String HYDRAHARP_IDENT = "HydraHarp";
    static final int PICOHARP_MODE_OFFSET = 348;
    static final int HYDRAHARP_MODE_OFFSET = 340;
    private static final int BINARY_HEADER_END = 536;
    private static final int PICOHARP_BOARD_BYTES = 156;
    private static final int PICOHARP_TTTR_BYTES = 36;
    private static final int HYDRAHARP_HARDWARE_BYTES = 160;
    private static final int HYDRAHARP_CHANNEL_BYTES = 20;
    private static final int HYDRAHARP_TTTR_BYTES = 24;
    private static final int MAX_INPUT_CHANNELS = 64;
    /** PicoHarp T2 time tags count 4 ps, a constant of the hardware that PT2 files do not store. */
    private static final double PICOHARP_T2_UNIT_NS = 0.004;
    private static final int MODE_T2 = 2;
    private static final int MODE_T3 = 3;

    private LegacyHeaders() {
    }

    /** The identifier in the first 16 bytes, e.g. "PicoHarp 300"; empty when the head is shorter. */
    static String ident(ByteBuffer head) {
        return head.limit() < 16 ? "" : HeaderBytes.text(head, 0, 16, StandardCharsets.ISO_8859_1);
    }

    static PicoQuantFileHeader read(HeaderBytes bytes) throws IOException {
        ByteBuffer main = bytes.read(0, BINARY_HEADER_END, "the text and binary header");
        String ident = ident(main);
        return switch (ident) {
            case PICOHARP_IDENT -> picoHarp(bytes, main);
            case HYDRAHARP_IDENT -> hydraHarp(bytes, main);
            default -> throw bytes.fail("not a PicoHarp or HydraHarp file: its identifier is \"" + ident + "\".");
        };
    }

    private static PicoQuantFileHeader picoHarp(HeaderBytes bytes, ByteBuffer main) throws IOException {
        String version = text(main, 16, 6);
        if (!version.equals("2.0")) {
            throw bytes.fail("PicoHarp file format version \"" + version + "\" is not supported (only 2.0).");
        }
        int mode = mode(bytes, main, PICOHARP_MODE_OFFSET);
        int boards = main.getInt(340);
        if (boards != 1) {
            throw bytes.fail("the header declares " + boards + " boards; PicoHarp files have exactly one.");
        }
        ByteBuffer board = bytes.read(BINARY_HEADER_END, PICOHARP_BOARD_BYTES, "the board header");
        long tttrOffset = BINARY_HEADER_END + PICOHARP_BOARD_BYTES;
        ByteBuffer tttr = bytes.read(tttrOffset, PICOHARP_TTTR_BYTES, "the TTTR header");
        int syncRate = tttr.getInt(12);
        long records = Integer.toUnsignedLong(tttr.getInt(28));
        long dataOffset = imageHeaderEnd(bytes, tttrOffset + PICOHARP_TTTR_BYTES, tttr.getInt(32));
        float resolutionNs = board.getFloat(48);
        boolean t3 = mode == MODE_T3;
        PicoQuantRecordType type = t3 ? PicoQuantRecordType.PICOHARP_T3 : PicoQuantRecordType.PICOHARP_T2;
        double macroUnitNs = t3 ? 1e9 / positive(bytes, "sync rate (CntRate0)", syncRate) : PICOHARP_T2_UNIT_NS;
        double microNs = t3 ? positive(bytes, "board resolution in ns", resolutionNs) : Double.NaN;
        Map<String, String> tags = common(main);
        tags.put("HardwareIdent", text(board, 0, 16));
        tags.put("HardwareVersion", text(board, 16, 8));
        tags.put("HardwareSerial", String.valueOf(board.getInt(24)));
        tags.put("MeasurementMode", String.valueOf(mode));
        tags.put("AcquisitionTime_ms", String.valueOf(main.getInt(364)));
        tags.put("Resolution_ns", String.valueOf(resolutionNs));
        tags.put("SyncRate_Hz", String.valueOf(syncRate));
        tags.put("Records", String.valueOf(records));
        TttrHeader header = new TttrHeader((t3 ? "PicoQuant PT3, " : "PicoQuant PT2, ") + type.label(), macroUnitNs,
                t3 ? macroUnitNs : Double.NaN, microNs, type.microChannels(), dataOffset, records, null, tags,
                List.of());
        return new PicoQuantFileHeader(header, type);
    }

    private static PicoQuantFileHeader hydraHarp(HeaderBytes bytes, ByteBuffer main) throws IOException {
        String version = text(main, 16, 6);
        if (!version.equals("1.0") && !version.equals("2.0")) {
            throw bytes.fail("HydraHarp file format version \"" + version + "\" is not supported (only 1.0 and 2.0).");
        }
        boolean v1 = version.equals("1.0");
        int mode = mode(bytes, main, HYDRAHARP_MODE_OFFSET);
        double resolutionPs = main.getDouble(352);
        ByteBuffer hardware = bytes.read(BINARY_HEADER_END, HYDRAHARP_HARDWARE_BYTES, "the hardware header");
        double baseResolutionPs = hardware.getDouble(112);
        int channels = hardware.getInt(128);
        if (channels < 0 || channels > MAX_INPUT_CHANNELS) {
            throw bytes.fail("the header declares " + channels + " input channels; at most " + MAX_INPUT_CHANNELS
                    + " exist.");
        }
        long tttrOffset = BINARY_HEADER_END + HYDRAHARP_HARDWARE_BYTES + (long) channels * HYDRAHARP_CHANNEL_BYTES;
        ByteBuffer tttr = bytes.read(tttrOffset, HYDRAHARP_TTTR_BYTES, "the TTTR header");
        int syncRate = tttr.getInt(0);
        long records = tttr.getLong(16);
        if (records < 0) {
            throw bytes.fail("the header declares " + records + " records.");
        }
        long dataOffset = imageHeaderEnd(bytes, tttrOffset + HYDRAHARP_TTTR_BYTES, tttr.getInt(12));
        boolean t3 = mode == MODE_T3;
        PicoQuantRecordType type = t3
                ? v1 ? PicoQuantRecordType.HYDRAHARP_V1_T3 : PicoQuantRecordType.HYDRAHARP_V2_T3
                : v1 ? PicoQuantRecordType.HYDRAHARP_V1_T2 : PicoQuantRecordType.HYDRAHARP_V2_T2;
        double macroUnitNs;
        if (t3) {
            macroUnitNs = 1e9 / positive(bytes, "sync rate", syncRate);
        } else {
            // Format 1.0 counts T2 time tags in half base-resolution steps (0.5 ps), 2.0 in whole ones.
            macroUnitNs = positive(bytes, "base resolution in ps", baseResolutionPs) * 1e-3 / (v1 ? 2 : 1);
        }
        double microNs = t3 ? positive(bytes, "resolution in ps", resolutionPs) * 1e-3 : Double.NaN;
        Map<String, String> tags = common(main);
        tags.put("HardwareIdent", text(hardware, 0, 16));
        tags.put("HardwarePartNo", text(hardware, 16, 8));
        tags.put("HardwareSerial", String.valueOf(hardware.getInt(24)));
        tags.put("MeasurementMode", String.valueOf(mode));
        tags.put("AcquisitionTime_ms", String.valueOf(main.getInt(364)));
        tags.put("Resolution_ps", String.valueOf(resolutionPs));
        tags.put("BaseResolution_ps", String.valueOf(baseResolutionPs));
        tags.put("InputChannels", String.valueOf(channels));
        tags.put("SyncRate_Hz", String.valueOf(syncRate));
        tags.put("Records", String.valueOf(records));
        String format = "PicoQuant " + (t3 ? "HT3" : "HT2") + " v" + version + ", " + type.label();
        TttrHeader header = new TttrHeader(format, macroUnitNs, t3 ? macroUnitNs : Double.NaN, microNs,
                type.microChannels(), dataOffset, records, null, tags, List.of());
        return new PicoQuantFileHeader(header, type);
    }

    private static int mode(HeaderBytes bytes, ByteBuffer main, int offset) throws TttrFormatException {
        int mode = main.getInt(offset);
        if (mode != MODE_T2 && mode != MODE_T3) {
            throw bytes.fail("measurement mode " + mode + " is not a time-tagged mode (2 = T2, 3 = T3).");
        }
        return mode;
    }

    /** Where the records start: after {@code imageWords} int32 of image header, which must lie in the file. */
    private static long imageHeaderEnd(HeaderBytes bytes, long start, int imageWords) throws TttrFormatException {
        if (imageWords < 0) {
            throw bytes.fail("the image header size is " + imageWords + ".");
        }
        bytes.requireWithinFile(start, 4L * imageWords, "the " + imageWords + "-word image header");
        return start + 4L * imageWords;
    }

    private static double positive(HeaderBytes bytes, String what, double value) throws TttrFormatException {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw bytes.fail("the header's " + what + " is " + value + "; it must be positive.");
        }
        return value;
    }

    private static Map<String, String> common(ByteBuffer main) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Ident", text(main, 0, 16));
        tags.put("FormatVersion", text(main, 16, 6));
        tags.put("CreatorName", text(main, 22, 18));
        tags.put("CreatorVersion", text(main, 40, 12));
        tags.put("FileTime", text(main, 52, 18));
        tags.put("Comment", text(main, 72, 256));
        return tags;
    }

    private static String text(ByteBuffer buffer, int offset, int width) {
        return HeaderBytes.text(buffer, offset, width, StandardCharsets.ISO_8859_1);
    }
}
