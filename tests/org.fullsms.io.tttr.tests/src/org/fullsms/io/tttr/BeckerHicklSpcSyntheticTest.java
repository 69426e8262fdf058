package org.fullsms.io.tttr;

import static org.fullsms.io.tttr.SpcTestFiles.GAP;
import static org.fullsms.io.tttr.SpcTestFiles.INVALID;
import static org.fullsms.io.tttr.SpcTestFiles.MARK;
import static org.fullsms.io.tttr.SpcTestFiles.MTOV;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fullsms.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic SPC files: every record kind of the three layouts, damaged files and files of other formats. */
class BeckerHicklSpcSyntheticTest {

    private final BeckerHicklSpcDecoder decoder = new BeckerHicklSpcDecoder();

    @TempDir
    Path dir;

    private boolean recognises(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return decoder.recognises(file,
                ByteBuffer.wrap(all, 0, Math.min(all.length, 4096)).slice().order(ByteOrder.LITTLE_ENDIAN));
    }

    private SpcCollectedRecords decode(Path file, List<String> warnings) throws IOException {
        TttrHeader header = decoder.readHeader(file);
        SpcCollectedRecords got = new SpcCollectedRecords();
        DecodeSummary summary = decoder.decode(file, header, got);
        assertEquals(got.photons, summary.photons());
        assertEquals(got.markers, summary.markers());
        warnings.addAll(summary.warnings());
        return got;
    }

    @Test
    void spc130OverflowsMarkersGapsAndTies() throws IOException {
        Path file = SpcTestFiles.header32(500, 4)
                .spc130(100, 1, 4095 - 10, 0)
                .spc130(100, 2, 4095 - 20, 0) // same macro time as the one before
                .spc130(50, 0, 4095 - 30, MTOV) // one overflow: 4096 + 50
                .spc130MultipleOverflow(3) // base 4 × 4096
                .spc130(7, 5, 0, INVALID | MARK) // marker bits 5
                .spc130(8, 0, 0, INVALID) // invalid photon: counted, not passed on
                .spc130(9, 3, 4095 - 40, GAP)
                .spc130(1, 2, 0, INVALID | MARK | MTOV) // marker with one overflow
                .spc130(4095, 15, 0, 0)
                .writeTo(dir.resolve("synthetic.spc"));
        Files.writeString(dir.resolve("synthetic.set"), "#SP [SP_TAC_TC,F,1.2207031e-011]\r\n");
        assertTrue(recognises(file));
        TttrHeader header = decoder.readHeader(file);
        assertEquals(SpcRecordLayout.SPC_130.format(), header.format());
        assertEquals(50.0, header.macroUnitNs());
        assertEquals(0.012207031, header.microResolutionNs(), 1e-12);
        assertEquals("4", header.tags().get("Routing bits"));

        List<String> warnings = new ArrayList<>();
        SpcCollectedRecords got = decode(file, warnings);
        assertEquals(5, got.photons);
        assertArrayEquals(new int[] { 1, 2, 0, 3, 15 }, Arrays.copyOf(got.channels, 5));
        assertArrayEquals(new long[] { 100, 100, 4146, 16393, 24575 }, Arrays.copyOf(got.macro, 5));
        assertArrayEquals(new int[] { 10, 20, 30, 40, 4095 }, Arrays.copyOf(got.micro, 5));
        assertEquals(2, got.markers);
        assertArrayEquals(new long[] { 16391, 20481 }, Arrays.copyOf(got.markerMacro, 2));
        assertArrayEquals(new int[] { 5, 2 }, Arrays.copyOf(got.markerBits, 2));
        assertEquals(List.of("synthetic.spc: the card reported 1 gap (the first at 0.00081965 s): photons were"
                + " lost there."), warnings);
    }

    @Test
    void multipleOverflowCountsUseAll28Bits() throws IOException {
        Path file = SpcTestFiles.header32(125, 0)
                .spc130MultipleOverflow(0x0FFF_FFFF)
                .spc130(1, 0, 4095, 0)
                .writeTo(dir.resolve("big.spc"));
        SpcCollectedRecords got = decode(file, new ArrayList<>());
        assertEquals(0x0FFF_FFFFL * 4096 + 1, got.macro[0]);
        assertEquals(0, got.micro[0]);
    }

    @Test
    void spc600In256ChannelModeIsToldFromTheRecords() throws IOException {
        SpcTestFiles f = SpcTestFiles.header32(500, 3);
        for (int i = 0; i < 200; i++) {
            f.spc600x256(i * 100, i % 8, (i * 37) % 256, 0);
        }
        f.spc600x256(5, 6, 255 - 9, MTOV).word(INVALID | MTOV | 2).spc600x256(7, 7, 0, GAP)
                .spc600x256(8, 1, 0, INVALID);
        Path file = f.writeTo(dir.resolve("spc630.spc"));
        assertTrue(recognises(file));
        TttrHeader header = decoder.readHeader(file);
        assertEquals(SpcRecordLayout.SPC_600_256.format(), header.format());
        assertEquals(256, header.microChannels());
        assertEquals(50.0 / 256, header.microResolutionNs(), 1e-12);
        assertEquals(List.of("no .set file beside spc630.spc: micro-time channel width taken as clock/256 = "
                + "195.3125 ps."), header.warnings());

        List<String> warnings = new ArrayList<>();
        SpcCollectedRecords got = decode(file, warnings);
        assertEquals(202, got.photons);
        for (int i = 0; i < 200; i++) {
            assertEquals(i * 100L, got.macro[i]);
            assertEquals(i % 8, got.channels[i]);
            assertEquals(255 - (i * 37) % 256, got.micro[i]);
        }
        assertEquals((1L << 17) + 5, got.macro[200]);
        assertEquals(9, got.micro[200]);
        assertEquals(6, got.channels[200]);
        assertEquals(3 * (1L << 17) + 7, got.macro[201]);
        assertEquals(255, got.micro[201]);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("spc630.spc: the card reported 1 gap"), warnings.get(0));
    }

    @Test
    void aSetFileNamingAnSpc630DecidesASmallFile() throws IOException {
        SpcTestFiles f = SpcTestFiles.header32(500, 3).spc600x256(1, 1, 100, 0).spc600x256(2, 2, 200, 0);
        Path file = f.writeTo(dir.resolve("small.spc"));
        assertEquals(SpcRecordLayout.SPC_130.format(), decoder.readHeader(file).format(), "read either way, so SPC-130 without a .set");

        Files.writeString(dir.resolve("small.set"), "*IDENTIFICATION\r\n  Contents  : Setup file made by system"
                + "\r\n with module SPC-630 (Ser.No. 123)\r\n*END\r\n  #SP [SP_TAC_R,F,5e-08]\r\n"
                + "  #SP [SP_TAC_G,I,4]\r\n  #SP [SP_ADC_RE,I,256]\r\n", StandardCharsets.ISO_8859_1);
        TttrHeader header = decoder.readHeader(file);
        assertEquals(SpcRecordLayout.SPC_600_256.format(), header.format());
        assertEquals(List.of(), header.warnings());
        assertEquals(5e-8 / (4 * 256) * 1e9, header.microResolutionNs(), 1e-15);
        assertEquals("SPC-630", header.tags().get("Module"));
        SpcCollectedRecords got = decode(file, new ArrayList<>());
        assertArrayEquals(new long[] { 1, 2 }, Arrays.copyOf(got.macro, 2));
        assertArrayEquals(new int[] { 155, 55 }, Arrays.copyOf(got.micro, 2));
    }

    @Test
    void spc600In4096ChannelMode() throws IOException {
        SpcTestFiles f = SpcTestFiles.header48(500, 8);
        for (int i = 0; i < 100; i++) {
            f.spc600x4096(i * 1000 + 70_000, (i * 7) % 256, (i * 101) % 4096, false, false, false);
        }
        f.spc600x4096(3, 200, 4095 - 1, false, true, false) // one overflow of 2^24
                .spc600x4096(4, 0, 0, true, false, false) // invalid: not passed on
                .spc600x4096(5, 255, 4095, false, false, true); // a gap
        Path file = f.writeTo(dir.resolve("spc600.spc"));
        assertTrue(recognises(file));
        TttrHeader header = decoder.readHeader(file);
        assertEquals(SpcRecordLayout.SPC_600_4096.format(), header.format());
        assertEquals(6, header.dataOffset());
        assertEquals(4096, header.microChannels());
        assertEquals("8", header.tags().get("Routing bits"));

        List<String> warnings = new ArrayList<>();
        SpcCollectedRecords got = decode(file, warnings);
        assertEquals(102, got.photons);
        for (int i = 0; i < 100; i++) {
            assertEquals(i * 1000L + 70_000, got.macro[i]);
            assertEquals((i * 7) % 256, got.channels[i]);
            assertEquals(4095 - (i * 101) % 4096, got.micro[i]);
        }
        assertEquals((1L << 24) + 3, got.macro[100]);
        assertEquals(200, got.channels[100]);
        assertEquals(1, got.micro[100]);
        assertEquals((1L << 24) + 5, got.macro[101]);
        assertEquals(0, got.micro[101]);
        assertEquals(1, warnings.size());
    }

    @Test
    void aTruncatedLastRecordIsReportedAndTheRestRead() throws IOException {
        SpcTestFiles f = SpcTestFiles.header32(500, 0);
        for (int i = 0; i < 100; i++) {
            f.spc130(i * 40, 0, i, 0);
        }
        Path file = f.raw((byte) 1, (byte) 2).writeTo(dir.resolve("cut.spc"));
        assertTrue(recognises(file));
        List<String> warnings = new ArrayList<>();
        SpcCollectedRecords got = decode(file, warnings);
        assertEquals(100, got.photons);
        assertEquals(List.of("cut.spc ends with a partial record of 2 bytes (records are 4 bytes): it was ignored,"
                + " the file is probably truncated."), warnings);
    }

    @Test
    void aFileOfOverflowsAloneHasNoPhotons() throws IOException {
        Path file = SpcTestFiles.header32(500, 0).spc130MultipleOverflow(5).spc130(3, 0, 0, INVALID)
                .writeTo(dir.resolve("dark.spc"));
        List<String> warnings = new ArrayList<>();
        assertEquals(0, decode(file, warnings).photons);
        assertEquals(List.of("dark.spc holds no photons (2 records, none of them a valid photon)."), warnings);
    }

    @Test
    void aHeaderAloneIsAnEmptyRecording() throws IOException {
        Path file = SpcTestFiles.header32(500, 0).writeTo(dir.resolve("empty.spc"));
        assertTrue(recognises(file));
        TttrHeader header = decoder.readHeader(file);
        assertTrue(header.warnings().contains("empty.spc holds a header but no records."), header.warnings()::toString);
        assertEquals(0, decoder.decode(file, header, new SpcCollectedRecords()).records());
    }

    @Test
    void aSetFileWithoutAWidthFallsBackWithAWarning() throws IOException {
        Path file = SpcTestFiles.header32(500, 0).spc130(1, 0, 0, 0).writeTo(dir.resolve("a.spc"));
        Files.write(dir.resolve("A.SET"), new byte[] { 0, 1, 2, (byte) 0xff, '#', 'S', 'P', ' ', '[' });
        TttrHeader header = decoder.readHeader(file);
        assertEquals(List.of("A.SET beside a.spc gives no usable TCSPC channel width (SP_TAC_TC, or SP_TAC_R, SP_TAC_G"
                + " and SP_ADC_RE): micro-time channel width taken as clock/4096 = 12.20703125 ps."),
                header.warnings());
    }

    @Test
    void garbageAndOtherFormatsAreNotClaimed() throws IOException {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            byte[] noise = new byte[4 * (10 + random.nextInt(1000))];
            random.nextBytes(noise);
            noise[3] |= (byte) 0x80; // even with bit 31 of the header word set
            Path file = Files.write(dir.resolve("noise" + trial + ".spc"), noise);
            assertFalse(recognises(file), "random file " + trial);
        }
        Path text = Files.writeString(dir.resolve("text.spc"), "macro micro\n1 2\n3 4\n".repeat(50));
        assertFalse(recognises(text));
        byte[] ptu = Arrays.copyOf("PQTTTR\0\0".getBytes(StandardCharsets.US_ASCII), 4096);
        assertFalse(recognises(Files.write(dir.resolve("x.ptu"), ptu)));
        Path hdf5 = SharedData.require("hdf5/v1_08_twelve_particles.h5");
        assertFalse(recognises(hdf5));
    }

    @Test
    void unreadableFilesGiveOneSentenceNamingTheFile() throws IOException {
        Path random = Files.write(dir.resolve("random.spc"), new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 });
        TttrFormatException e = assertThrows(TttrFormatException.class, () -> decoder.readHeader(random));
        assertTrue(e.getMessage().startsWith("random.spc: not a Becker & Hickl SPC FIFO file"), e.getMessage());

        Path tiny = Files.write(dir.resolve("tiny.spc"), new byte[] { 1, 2, 3 });
        assertFalse(recognises(tiny));
        e = assertThrows(TttrFormatException.class, () -> decoder.readHeader(tiny));
        assertEquals("tiny.spc: the file has 3 bytes, too few for the header of a Becker & Hickl SPC FIFO file.",
                e.getMessage());

        Path zeroClock = SpcTestFiles.header32(0, 0).spc130(1, 0, 0, 0).writeTo(dir.resolve("zero.spc"));
        assertFalse(recognises(zeroClock));
        BeckerHicklSpcDecoder forced = new BeckerHicklSpcDecoder(SpcRecordLayout.SPC_130);
        e = assertThrows(TttrFormatException.class, () -> forced.readHeader(zeroClock));
        assertEquals("zero.spc: the header 0x80000000 gives a macro-time clock of 0 ns, outside 1 ns to 1 ms: the file"
                + " is damaged or not a Becker & Hickl SPC file.", e.getMessage());

        TttrHeader foreign = new TttrHeader("PicoQuant PTU", 1, Double.NaN, Double.NaN, 0, 0, -1, null, Map.of(),
                List.of());
        Path good = SpcTestFiles.header32(500, 0).spc130(1, 0, 0, 0).writeTo(dir.resolve("good.spc"));
        e = assertThrows(TttrFormatException.class, () -> decoder.decode(good, foreign, new SpcCollectedRecords()));
        assertTrue(e.getMessage().startsWith("good.spc: "), e.getMessage());
    }
}
