package org.fullsms.io.tttr;

import static org.fullsms.io.tttr.PicoQuantRecordBits.ph3Photon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cut-off, corrupt and hostile files: each gives a {@link TttrFormatException} naming the file, or decodes with a
 * warning, and never another exception type (no unchecked exception, no OutOfMemoryError from a length in the
 * file).
 */
class MalformedPicoQuantFilesTest {

    private static final int PICOHARP_T3 = 0x00010303;

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static PicoQuantTestFiles.Ptu validT3(long declared) {
        return PicoQuantTestFiles.Ptu.t3(PICOHARP_T3, declared, 12.5e-9, 25e-12);
    }

    private static String failure(TttrDecoder decoder, Path file) {
        TttrFormatException e = assertThrows(TttrFormatException.class, () -> decoder.readHeader(file));
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void truncatedRecordsAreReadWithAWarning() throws IOException {
        byte[] full = validT3(5).records(ph3Photon(1, 1, 1), ph3Photon(1, 2, 2), ph3Photon(1, 3, 3),
                ph3Photon(1, 4, 4), ph3Photon(1, 5, 5)).bytes();
        Path file = write("cut.ptu", Arrays.copyOf(full, full.length - 10));
        PtuDecoder decoder = new PtuDecoder();
        DecodeSummary summary = decoder.decode(file, decoder.readHeader(file), new RecordingVisitor());
        assertEquals(2, summary.records());
        assertEquals(2, summary.photons());
        assertEquals(List.of("cut.ptu: the header declares 5 records but the file holds 2: read those.",
                "cut.ptu: the last 2 bytes are a partial record and were ignored."), summary.warnings());
    }

    @Test
    void bytesBeyondTheDeclaredRecordsAreIgnoredWithAWarning() throws IOException {
        byte[] bytes = validT3(1).records(ph3Photon(1, 1, 1), ph3Photon(1, 2, 2)).bytes();
        Path file = write("extra.ptu", bytes);
        PtuDecoder decoder = new PtuDecoder();
        DecodeSummary summary = decoder.decode(file, decoder.readHeader(file), new RecordingVisitor());
        assertEquals(1, summary.records());
        assertEquals(List.of("extra.ptu: 4 bytes after the 1 records the header declares were ignored."),
                summary.warnings());
    }

    @Test
    void unknownRecordTypeIsNamedInHex() throws IOException {
        Path file = write("odd.ptu", PicoQuantTestFiles.Ptu.t3(0x00010399, 0, 12.5e-9, 25e-12).records().bytes());
        assertEquals("odd.ptu: unknown PTU record type 0x00010399.", failure(new PtuDecoder(), file));
    }

    @Test
    void nonsenseHeaderValuesAreRejected() throws IOException {
        PtuDecoder decoder = new PtuDecoder();
        assertTrue(failure(decoder, write("n1.ptu", validT3(-1).records().bytes())).contains("-1"));
        assertTrue(failure(decoder, write("n2.ptu", PicoQuantTestFiles.Ptu.t3(PICOHARP_T3, 0, 0, 25e-12)
                .records().bytes())).contains("MeasDesc_GlobalResolution"));
        assertTrue(failure(decoder, write("n2b.ptu", PicoQuantTestFiles.Ptu.t3(PICOHARP_T3, 0, 1e300, 25e-12)
                .records().bytes())).contains("MeasDesc_GlobalResolution"));
        assertTrue(failure(decoder, write("n3.ptu", PicoQuantTestFiles.Ptu.t3(PICOHARP_T3, 0, 12.5e-9, Double.NaN)
                .records().bytes())).contains("MeasDesc_Resolution"));
        assertTrue(failure(decoder, write("n4.ptu", PicoQuantTestFiles.Ptu.t2(0x00010203, 0, -4e-12)
                .records().bytes())).contains("MeasDesc_GlobalResolution"));
        assertTrue(failure(decoder, write("n5.ptu", new PicoQuantTestFiles.Ptu()
                .integer("TTResult_NumberOfRecords", 0).records().bytes())).contains("TTResultFormat_TTTRRecType"));
    }

    @Test
    void absurdLengthsAndMissingEndAreRejectedWithoutAllocating() throws IOException {
        PtuDecoder decoder = new PtuDecoder();
        byte[] hugeString = validT3(0).entry("File_Comment", -1, 0x4001FFFF, Long.MAX_VALUE).records().bytes();
        assertTrue(failure(decoder, write("s1.ptu", hugeString)).contains("File_Comment"));
        byte[] negativeString = validT3(0).entry("File_Comment", -1, 0x4002FFFF, -5).records().bytes();
        assertTrue(failure(decoder, write("s2.ptu", negativeString)).contains("File_Comment"));
        byte[] pastEnd = validT3(0).entry("Blob", 2, 0xFFFFFFFF, 1 << 30).bytes();
        assertTrue(failure(decoder, write("s3.ptu", pastEnd)).contains("Blob(2)"));
        assertTrue(failure(decoder, write("s4.ptu", validT3(0).bytes())).contains("Header_End"));
        byte[] badType = validT3(0).entry("Weird", -1, 0x12345678, 0).records().bytes();
        assertEquals("s5.ptu: tag Weird has the unknown type 0x12345678.", failure(decoder, write("s5.ptu", badType)));
    }

    @Test
    void emptyGarbageAndHalfHeadersGiveFormatExceptions() throws IOException {
        PtuDecoder ptu = new PtuDecoder();
        PicoQuantLegacyDecoder legacy = new PicoQuantLegacyDecoder();
        for (TttrDecoder decoder : List.of(ptu, legacy)) {
            failure(decoder, write("empty.ptu", new byte[0]));
            byte[] garbage = new byte[10_000];
            new Random(7).nextBytes(garbage);
            failure(decoder, write("garbage.ptu", garbage));
        }
        failure(ptu, write("magic.ptu", "PQTTTR\0\0".getBytes()));
        byte[] pt3 = PicoQuantTestFiles.picoHarp(3, 80_000_000, 0.016f, 0, 0);
        failure(legacy, write("half.pt3", Arrays.copyOf(pt3, 600)));
        byte[] ht3 = PicoQuantTestFiles.hydraHarp("2.0", 3, 4, 40_000_000, 8, 1, 0, 0);
        failure(legacy, write("half.ht3", Arrays.copyOf(ht3, ht3.length - 1)));
    }

    @Test
    void nonsenseLegacyHeadersAreRejected() throws IOException {
        PicoQuantLegacyDecoder decoder = new PicoQuantLegacyDecoder();
        failure(decoder, write("rate.pt3", PicoQuantTestFiles.picoHarp(3, 0, 0.016f, 0, 0)));
        failure(decoder, write("res.pt3", PicoQuantTestFiles.picoHarp(3, 80_000_000, Float.NaN, 0, 0)));
        failure(decoder, write("mode.ht3", PicoQuantTestFiles.hydraHarp("2.0", 0, 4, 1, 8, 1, 0, 0)));
        failure(decoder, write("version.ht3", PicoQuantTestFiles.hydraHarp("3.0", 3, 4, 1, 8, 1, 0, 0)));
        failure(decoder, write("count.ht3", PicoQuantTestFiles.hydraHarp("2.0", 3, 4, 1, 8, 1, -3, 0)));
        failure(decoder, write("base.ht2", PicoQuantTestFiles.hydraHarp("2.0", 2, 4, 1, 8, 0, 0, 0)));
        byte[] channels = PicoQuantTestFiles.hydraHarp("2.0", 3, 4, 1, 8, 1, 0, 0);
        ByteBuffer.wrap(channels).order(ByteOrder.LITTLE_ENDIAN).putInt(664, 1_000_000_000);
        failure(decoder, write("channels.ht3", channels));
        byte[] imageWords = PicoQuantTestFiles.picoHarp(3, 80_000_000, 0.016f, 0, 0);
        ByteBuffer.wrap(imageWords).order(ByteOrder.LITTLE_ENDIAN).putInt(692 + 32, Integer.MAX_VALUE);
        failure(decoder, write("words.pt3", imageWords));
    }

    /** Every prefix and many corrupted copies of valid files: a header, a format exception, or a warning. */
    @Test
    void prefixesAndCorruptedCopiesNeverThrowAnythingElse() throws IOException {
        byte[] ptu = validT3(3).string("CreatorSW_Name", "x").records(ph3Photon(1, 1, 1), ph3Photon(2, 2, 2),
                ph3Photon(3, 3, 3)).bytes();
        byte[] pt3 = PicoQuantTestFiles.picoHarp(3, 80_000_000, 0.016f, 2, 1, ph3Photon(1, 1, 1), 7);
        byte[] ht2 = PicoQuantTestFiles.hydraHarp("2.0", 2, 2, 1, 8, 1, 2, 1, 5, 6);
        Random random = new Random(42);
        for (byte[] valid : List.of(ptu, pt3, ht2)) {
            TttrDecoder decoder = valid == ptu ? new PtuDecoder() : new PicoQuantLegacyDecoder();
            for (int length = 0; length <= valid.length; length++) {
                readAndDecode(decoder, write("prefix", Arrays.copyOf(valid, length)));
            }
            for (int trial = 0; trial < 300; trial++) {
                byte[] corrupt = valid.clone();
                for (int flips = 0; flips < 4; flips++) {
                    corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt(256);
                }
                readAndDecode(decoder, write("corrupt", corrupt));
            }
        }
    }

    private static void readAndDecode(TttrDecoder decoder, Path file) throws IOException {
        try {
            TttrHeader header = decoder.readHeader(file);
            decoder.decode(file, header, new RecordingVisitor());
        } catch (TttrFormatException expected) {
            // the wanted outcome for a broken header
        } catch (RuntimeException e) {
            fail(file + " (" + Files.size(file) + " bytes) threw " + e, e);
        }
    }
}
