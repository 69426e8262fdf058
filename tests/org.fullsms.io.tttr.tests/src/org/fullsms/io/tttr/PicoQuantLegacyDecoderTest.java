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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fullsms.io.tttr.RecordingVisitor.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PT3, PT2, HT3 and HT2 files with synthetic headers and records, decoded event by event. */
class PicoQuantLegacyDecoderTest {

    @TempDir
    Path dir;

    private final PicoQuantLegacyDecoder decoder = new PicoQuantLegacyDecoder();

    private record Decoded(TttrHeader header, DecodeSummary summary, List<Event> events) {
    }

    private Decoded decode(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        TttrHeader header = decoder.readHeader(file);
        RecordingVisitor visitor = new RecordingVisitor();
        DecodeSummary summary = decoder.decode(file, header, visitor);
        return new Decoded(header, summary, visitor.events);
    }

    @Test
    void pt3() throws IOException {
        int[] records = { ph3Photon(1, 100, 5), ph3Photon(2, 200, 5), ph3Overflow(), ph3Marker(4, 3),
                ph3Photon(1, 4095, 65_535) };
        Decoded decoded = decode("a.pt3",
                PicoQuantTestFiles.picoHarp(3, 80_000_000, 0.016f, records.length, 2, records));
        assertEquals(List.of(photon(1, 5, 100), photon(2, 5, 200), marker(65_539, 4), photon(1, 131_071, 4095)),
                decoded.events);
        assertEquals(new DecodeSummary(5, 3, 1, List.of()), decoded.summary);
        TttrHeader header = decoded.header;
        assertEquals("PicoQuant PT3, PicoHarp T3", header.format());
        assertEquals(536 + 156 + 36 + 8, header.dataOffset());
        assertEquals(5, header.declaredRecords());
        assertEquals(12.5, header.macroUnitNs(), 1e-12);
        assertEquals(12.5, header.syncPeriodNs(), 1e-12);
        assertEquals(0.016, header.microResolutionNs(), 1e-9);
        assertEquals(4096, header.microChannels());
        assertNull(header.image());
        assertEquals("PicoHarp 300", header.tags().get("Ident"));
        assertEquals("synthetic test file", header.tags().get("Comment"));
    }

    @Test
    void pt2HasFourPicosecondTimeTags() throws IOException {
        int[] records = { ph2Photon(0, 7), ph2Photon(1, 7), ph2Overflow(), ph2Marker(2, 0x40), ph2Photon(1, 3) };
        Decoded decoded = decode("b.pt2", PicoQuantTestFiles.picoHarp(2, 0, 0.004f, records.length, 0, records));
        assertEquals(List.of(t2Photon(0, 7), t2Photon(1, 7), marker(210_698_240 + 0x40, 2),
                t2Photon(1, 210_698_240 + 3)), decoded.events);
        assertEquals("PicoQuant PT2, PicoHarp T2", decoded.header.format());
        assertEquals(0.004, decoded.header.macroUnitNs(), 1e-15);
        assertFalse(decoded.header.hasMicroTimes());
    }

    @Test
    void ht3Version2() throws IOException {
        int[] records = { hh3Photon(0, 1000, 1), hh3Photon(3, 2000, 1), hh3Overflow(2), hh3Special(1, 4),
                hh3Photon(1, 32_767, 1023) };
        Decoded decoded = decode("c.ht3", PicoQuantTestFiles.hydraHarp("2.0", 3, 4, 40_000_000, 8.0, 1.0,
                records.length, 3, records));
        assertEquals(List.of(photon(0, 1, 1000), photon(3, 1, 2000), marker(2048 + 4, 1),
                photon(1, 2048 + 1023, 32_767)), decoded.events);
        TttrHeader header = decoded.header;
        assertEquals("PicoQuant HT3 v2.0, HydraHarp V2 T3", header.format());
        assertEquals(536 + 160 + 4 * 20 + 24 + 12, header.dataOffset());
        assertEquals(25.0, header.macroUnitNs(), 1e-12);
        assertEquals(0.008, header.microResolutionNs(), 1e-12);
        assertEquals(32_768, header.microChannels());
        assertEquals("4", header.tags().get("InputChannels"));
    }

    @Test
    void ht3Version1CountsEachOverflowRecordOnce() throws IOException {
        int[] records = { hh3Overflow(2), hh3Photon(2, 5, 6) };
        Decoded decoded = decode("d.ht3", PicoQuantTestFiles.hydraHarp("1.0", 3, 2, 40_000_000, 4.0, 1.0,
                records.length, 0, records));
        assertEquals(List.of(photon(2, 1024 + 6, 5)), decoded.events);
        assertEquals("PicoQuant HT3 v1.0, HydraHarp V1 T3", decoded.header.format());
    }

    @Test
    void ht2Version2() throws IOException {
        int[] records = { hh2Photon(0, 10), hh2Special(0, 10), hh2Overflow(1), hh2Special(2, 20),
                hh2Photon(1, 30) };
        Decoded decoded = decode("e.ht2", PicoQuantTestFiles.hydraHarp("2.0", 2, 2, 0, 1.0, 1.0, records.length,
                0, records));
        long period = 33_554_432;
        assertEquals(List.of(t2Photon(1, 10), t2Photon(0, 10), marker(period + 20, 2), t2Photon(2, period + 30)),
                decoded.events);
        assertEquals("PicoQuant HT2 v2.0, HydraHarp V2 T2", decoded.header.format());
        assertEquals(0.001, decoded.header.macroUnitNs(), 1e-15);
        assertTrue(Double.isNaN(decoded.header.syncPeriodNs()));
    }

    @Test
    void ht2Version1HasHalfPicosecondTagsAndSingleOverflows() throws IOException {
        int[] records = { hh2Overflow(5), hh2Photon(0, 10) };
        Decoded decoded = decode("f.ht2", PicoQuantTestFiles.hydraHarp("1.0", 2, 1, 0, 1.0, 1.0, records.length,
                0, records));
        assertEquals(List.of(t2Photon(1, 33_552_000 + 10)), decoded.events);
        assertEquals(0.0005, decoded.header.macroUnitNs(), 1e-15);
    }
}
