package org.fullsms.io.tttr;

import static org.fullsms.io.tttr.PicoQuantRecordBits.hh2Overflow;
import static org.fullsms.io.tttr.PicoQuantRecordBits.hh2Photon;
import static org.fullsms.io.tttr.PicoQuantRecordBits.hh2Special;
import static org.fullsms.io.tttr.PicoQuantRecordBits.hh3Overflow;
import static org.fullsms.io.tttr.PicoQuantRecordBits.hh3Photon;
import static org.fullsms.io.tttr.PicoQuantRecordBits.hh3Special;
import static org.fullsms.io.tttr.PicoQuantRecordBits.ph2Marker;
import static org.fullsms.io.tttr.PicoQuantRecordBits.ph2Overflow;
import static org.fullsms.io.tttr.PicoQuantRecordBits.ph2Photon;
import static org.fullsms.io.tttr.PicoQuantRecordBits.ph3Marker;
import static org.fullsms.io.tttr.PicoQuantRecordBits.ph3Overflow;
import static org.fullsms.io.tttr.PicoQuantRecordBits.ph3Photon;
import static org.fullsms.io.tttr.RecordingVisitor.Event.marker;
import static org.fullsms.io.tttr.RecordingVisitor.Event.photon;
import static org.fullsms.io.tttr.RecordingVisitor.Event.t2Photon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fullsms.io.tttr.RecordingVisitor.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every PTU record layout on synthetic records built from PicoQuant's format description: photons on several
 * channels, ties in macro time, markers and every kind of overflow, checked event by event.
 */
class PtuRecordTypesTest {

    private static final double SYNC_PERIOD_S = 12.5e-9;
    private static final double T3_RESOLUTION_S = 25e-12;

    @TempDir
    Path dir;

    private record Decoded(TttrHeader header, DecodeSummary summary, List<Event> events) {
    }

    private Decoded decode(PicoQuantTestFiles.Ptu ptu) throws IOException {
        Path file = dir.resolve("synthetic.ptu");
        Files.write(file, ptu.bytes());
        PtuDecoder decoder = new PtuDecoder();
        TttrHeader header = decoder.readHeader(file);
        RecordingVisitor visitor = new RecordingVisitor();
        DecodeSummary summary = decoder.decode(file, header, visitor);
        return new Decoded(header, summary, visitor.events);
    }

    @Test
    void picoHarpT3() throws IOException {
        int[] records = { ph3Photon(1, 100, 5), ph3Photon(2, 200, 5), ph3Marker(1, 10), ph3Overflow(),
                ph3Photon(3, 4095, 0), ph3Overflow(), ph3Overflow(), ph3Marker(6, 65_535), ph3Photon(4, 0, 65_535) };
        Decoded decoded = decode(PicoQuantTestFiles.Ptu.t3(0x00010303, records.length, SYNC_PERIOD_S,
                T3_RESOLUTION_S).records(records));
        assertEquals(List.of(photon(1, 5, 100), photon(2, 5, 200), marker(10, 1), photon(3, 65_536, 4095),
                marker(3 * 65_536 + 65_535, 6), photon(4, 3 * 65_536 + 65_535, 0)), decoded.events);
        assertEquals(new DecodeSummary(9, 4, 2, List.of()), decoded.summary);
        assertEquals("PicoQuant PTU, PicoHarp T3", decoded.header.format());
        assertEquals(12.5, decoded.header.macroUnitNs(), 1e-12);
        assertEquals(12.5, decoded.header.syncPeriodNs(), 1e-12);
        assertEquals(0.025, decoded.header.microResolutionNs(), 1e-15);
        assertEquals(4096, decoded.header.microChannels());
    }

    @Test
    void picoHarpT2UsesTheDocumentedOverflowPeriodAndClearsMarkerBitsFromTheTime() throws IOException {
        long period = 210_698_240;
        int[] records = { ph2Photon(0, 1000), ph2Photon(1, 1000), ph2Marker(3, 0x123450), ph2Overflow(),
                ph2Photon(2, 5), ph2Overflow(), ph2Marker(8, 0x10) };
        Decoded decoded = decode(PicoQuantTestFiles.Ptu.t2(0x00010203, records.length, 4e-12).records(records));
        assertEquals(List.of(t2Photon(0, 1000), t2Photon(1, 1000), marker(0x123450, 3), t2Photon(2, period + 5),
                marker(2 * period + 0x10, 8)), decoded.events);
        assertEquals(new DecodeSummary(7, 3, 2, List.of()), decoded.summary);
        assertT2Header(decoded.header, 0.004);
    }

    @Test
    void hydraHarpV1T3CountsEveryOverflowRecordOnce() throws IOException {
        int[] records = { hh3Photon(0, 32_767, 1023), hh3Overflow(5), hh3Photon(5, 1, 0), hh3Special(2, 7),
                hh3Special(20, 0), hh3Photon(63, 0, 3), hh3Overflow(0), hh3Photon(1, 2, 3) };
        Decoded decoded = decode(PicoQuantTestFiles.Ptu.t3(0x00010304, records.length, SYNC_PERIOD_S,
                T3_RESOLUTION_S).records(records));
        assertEquals(List.of(photon(0, 1023, 32_767), photon(5, 1024, 1), marker(1031, 2), photon(63, 1027, 0),
                photon(1, 2048 + 3, 2)), decoded.events);
        assertEquals(8, decoded.summary.records());
        assertEquals(1, decoded.summary.warnings().size());
        assertTrue(decoded.summary.warnings().get(0).contains("1 special records"),
                decoded.summary.warnings().get(0));
        assertEquals(32_768, decoded.header.microChannels());
    }

    /** HydraHarp V2, TimeHarp 260 N/P and MultiHarp/Generic T3 share one layout: nsync counts the overflows. */
    @ParameterizedTest
    @ValueSource(ints = { 0x01010304, 0x00010305, 0x00010306, 0x00010307, 0x01010305, 0x01010306 })
    void laterT3LayoutsReadTheOverflowCount(int recordType) throws IOException {
        int[] records = { hh3Overflow(0), hh3Overflow(3), hh3Photon(1, 500, 10), hh3Special(15, 2),
                hh3Overflow(1023), hh3Photon(0, 0, 0), hh3Photon(2, 7, 0), hh3Special(0, 9) };
        Decoded decoded = decode(PicoQuantTestFiles.Ptu.t3(recordType, records.length, SYNC_PERIOD_S,
                T3_RESOLUTION_S).records(records));
        long afterFour = 4 * 1024;
        long afterAll = afterFour + 1023L * 1024;
        assertEquals(List.of(photon(1, afterFour + 10, 500), marker(afterFour + 2, 15), photon(0, afterAll, 0),
                photon(2, afterAll, 7)), decoded.events);
        assertEquals(3, decoded.summary.photons());
        assertEquals(1, decoded.summary.markers());
        assertEquals(1, decoded.summary.warnings().size(), "special channel 0 is undefined in T3");
    }

    @Test
    void hydraHarpV1T2CountsEveryOverflowRecordOnceAndNumbersTheSyncZero() throws IOException {
        long period = 33_552_000;
        int[] records = { hh2Photon(0, 100), hh2Special(0, 100), hh2Overflow(9), hh2Special(4, 50),
                hh2Photon(7, 33_554_431) };
        Decoded decoded = decode(PicoQuantTestFiles.Ptu.t2(0x00010204, records.length, 1e-12).records(records));
        assertEquals(List.of(t2Photon(1, 100), t2Photon(0, 100), marker(period + 50, 4),
                t2Photon(8, period + 33_554_431)), decoded.events);
        assertEquals(new DecodeSummary(5, 3, 1, List.of()), decoded.summary);
        assertT2Header(decoded.header, 0.001);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0x01010204, 0x00010205, 0x00010206, 0x00010207, 0x01010207 })
    void laterT2LayoutsReadTheOverflowCount(int recordType) throws IOException {
        long period = 1L << 25;
        int[] records = { hh2Overflow(0), hh2Overflow(2), hh2Photon(3, 1), hh2Special(0, 1), hh2Special(1, 2),
                hh2Special(40, 3), hh2Photon(63, 33_554_431) };
        Decoded decoded = decode(PicoQuantTestFiles.Ptu.t2(recordType, records.length, 250e-12).records(records));
        assertEquals(List.of(t2Photon(4, 3 * period + 1), t2Photon(0, 3 * period + 1), marker(3 * period + 2, 1),
                t2Photon(64, 3 * period + 33_554_431)), decoded.events);
        assertEquals(7, decoded.summary.records());
        assertEquals(1, decoded.summary.warnings().size(), "special channel 40 is undefined");
        assertT2Header(decoded.header, 0.25);
    }

    @Test
    void overflowsAccumulateAcrossChunks() throws IOException {
        int perChunk = PicoQuantRecordReader.CHUNK_BYTES / 4;
        int[] records = new int[perChunk + 3];
        java.util.Arrays.fill(records, ph3Overflow());
        records[perChunk + 2] = ph3Photon(1, 7, 9);
        Decoded decoded = decode(PicoQuantTestFiles.Ptu.t3(0x00010303, records.length, SYNC_PERIOD_S,
                T3_RESOLUTION_S).records(records));
        assertEquals(List.of(photon(1, (perChunk + 2L) * 65_536 + 9, 7)), decoded.events);
    }

    @Test
    void imageTagsBecomeMarkerBitMasksAndOtherTagsAreShown() throws IOException {
        Decoded decoded = decode(PicoQuantTestFiles.Ptu.t3(0x00010303, 0, SYNC_PERIOD_S, T3_RESOLUTION_S)
                .string("CreatorSW_Name", "SymPhoTime 64").wideString("File_Comment", "Größe µm")
                .blob("ChanHistogram", 0, 64).integer("ImgHdr_PixX", 512).integer("ImgHdr_PixY", 128)
                .integer("ImgHdr_LineStart", 3).integer("ImgHdr_LineStop", 4).integer("TTResult_SyncRate", 80_000_000)
                .records());
        assertEquals(new TttrHeader.ImageLayout(512, 128, 4, 8, 0), decoded.header.image());
        assertEquals("SymPhoTime 64", decoded.header.tags().get("CreatorSW_Name"));
        assertEquals("Größe µm", decoded.header.tags().get("File_Comment"));
        assertEquals(12.5, decoded.header.syncPeriodNs(), 1e-12);
        assertEquals(new DecodeSummary(0, 0, 0, List.of()), decoded.summary);
    }

    private static void assertT2Header(TttrHeader header, double macroUnitNs) {
        assertEquals(macroUnitNs, header.macroUnitNs(), 1e-12);
        assertFalse(header.hasMicroTimes());
        assertEquals(0, header.microChannels());
        assertTrue(Double.isNaN(header.microResolutionNs()));
        assertTrue(Double.isNaN(header.syncPeriodNs()));
    }
}
