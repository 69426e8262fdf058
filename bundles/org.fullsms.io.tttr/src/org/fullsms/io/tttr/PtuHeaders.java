package org.fullsms.io.tttr;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a PTU tag dictionary into the contract's {@link TttrHeader}, checking every value the decoding relies on. */
final class PtuHeaders {

    static final String RECORD_TYPE = "TTResultFormat_TTTRRecType";
    static final String NUMBER_OF_RECORDS = "TTResult_NumberOfRecords";
    static final String GLOBAL_RESOLUTION = "MeasDesc_GlobalResolution";
    static final String RESOLUTION = "MeasDesc_Resolution";
    static final String SYNC_RATE = "TTResult_SyncRate";

    /** Tags worth showing to a user, in the order shown when present. */
    private static final List<String> SHOWN = List.of("File_GUID", "File_Comment", "File_CreatingTime",
            "CreatorSW_Name", "CreatorSW_Version", "HW_Type", "HW_SerialNo", "HW_Version", "Measurement_Mode",
            "Measurement_SubMode", RECORD_TYPE, NUMBER_OF_RECORDS, SYNC_RATE, RESOLUTION, GLOBAL_RESOLUTION,
            "MeasDesc_AcquisitionTime", "ImgHdr_PixX", "ImgHdr_PixY", "ImgHdr_PixResol", "ImgHdr_LineStart",
            "ImgHdr_LineStop", "ImgHdr_Frame");

    /** Pixel counts above this are not an image layout but a corrupt tag. */
    private static final long MAX_PIXELS = 1 << 20;
    /** Marker numbers 1…4 exist on PicoQuant hardware; beyond 31 a bit mask cannot hold them. */
    private static final long MAX_MARKER = 31;
    private static final LocalDateTime DELPHI_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

    private PtuHeaders() {
    }

    static PicoQuantFileHeader build(HeaderBytes bytes, PtuTags tags) throws TttrFormatException {
        Long code = tags.integer(RECORD_TYPE);
        if (code == null) {
            throw bytes.fail("the PTU header has no " + RECORD_TYPE + " tag, so the record layout is unknown.");
        }
        PicoQuantRecordType type = PicoQuantRecordType.ofCode(code)
                .orElseThrow(() -> bytes.fail(String.format("unknown PTU record type 0x%08X.", code)));
        Long declared = tags.integer(NUMBER_OF_RECORDS);
        if (declared == null || declared < 0) {
            throw bytes.fail("the PTU header's " + NUMBER_OF_RECORDS + " is " + declared
                    + ", not a record count.");
        }
        double macroUnitNs = positiveNs(bytes, tags, GLOBAL_RESOLUTION);
        double microResolutionNs = type.isT3() ? positiveNs(bytes, tags, RESOLUTION) : Double.NaN;
        Long syncRate = tags.integer(SYNC_RATE);
        double syncPeriodNs = !type.isT3() ? Double.NaN
                : syncRate != null && syncRate > 0 ? 1e9 / syncRate : macroUnitNs;
        List<String> warnings = new ArrayList<>();
        TttrHeader header = new TttrHeader("PicoQuant PTU, " + type.label(), macroUnitNs, syncPeriodNs,
                microResolutionNs, type.microChannels(), tags.dataOffset(), declared, image(tags, warnings),
                shown(tags), warnings);
        return new PicoQuantFileHeader(header, type);
    }

    /** A float tag in seconds that must be a positive, finite time; in ns. */
    private static double positiveNs(HeaderBytes bytes, PtuTags tags, String key) throws TttrFormatException {
        double value = tags.real(key);
        double ns = value * 1e9;
        if (!(ns > 0) || !Double.isFinite(ns)) {
            throw bytes.fail("the PTU header's " + key + " is " + (tags.values().containsKey(key) ? value : "missing")
                    + "; it must be a positive time in seconds.");
        }
        return ns;
    }

    /** The image layout when the header gives pixel counts; marker numbers n become bit masks 1 &lt;&lt; (n − 1). */
    private static TttrHeader.ImageLayout image(PtuTags tags, List<String> warnings) {
        Long pixelsX = tags.integer("ImgHdr_PixX");
        Long pixelsY = tags.integer("ImgHdr_PixY");
        if (pixelsX == null || pixelsY == null) {
            return null;
        }
        if (pixelsX < 1 || pixelsX > MAX_PIXELS || pixelsY < 1 || pixelsY > MAX_PIXELS) {
            warnings.add("ImgHdr_PixX/PixY = " + pixelsX + "/" + pixelsY + " is not an image size: no image layout.");
            return null;
        }
        return new TttrHeader.ImageLayout(pixelsX.intValue(), pixelsY.intValue(), markerBits(tags, "ImgHdr_LineStart"),
                markerBits(tags, "ImgHdr_LineStop"), markerBits(tags, "ImgHdr_Frame"));
    }

    private static int markerBits(PtuTags tags, String key) {
        Long marker = tags.integer(key);
        return marker == null || marker < 1 || marker > MAX_MARKER ? 0 : 1 << (marker - 1);
    }

    private static Map<String, String> shown(PtuTags tags) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("PTU_Version", tags.version());
        for (String key : SHOWN) {
            Object value = tags.values().get(key);
            if (value != null) {
                shown.put(key, printed(key, value));
            }
        }
        return shown;
    }

    private static String printed(String key, Object value) {
        if (key.equals(RECORD_TYPE) && value instanceof Long code) {
            String hex = String.format("0x%08X", code);
            return PicoQuantRecordType.ofCode(code).map(type -> type.label() + " (" + hex + ")").orElse(hex);
        }
        if (key.equals("File_CreatingTime") && value instanceof Double days && Math.abs(days) < 1e6) {
            return DELPHI_EPOCH.plusSeconds(Math.round(days * 86_400)).toString();
        }
        return String.valueOf(value);
    }
}
