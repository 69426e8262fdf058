package org.fullsms.io.tttr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.fullsms.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decoders judge files by their bytes: a renamed file is still recognised, foreign files are not. */
class ContentRecognitionTest {

    @TempDir
    Path dir;

    private final PtuDecoder ptu = new PtuDecoder();
    private final PicoQuantLegacyDecoder legacy = new PicoQuantLegacyDecoder();

    private static ByteBuffer head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ByteBuffer.wrap(in.readNBytes(4096)).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    private boolean ptu(Path file) throws IOException {
        return ptu.recognises(file, head(file));
    }

    private boolean legacy(Path file) throws IOException {
        return legacy.recognises(file, head(file));
    }

    @Test
    void realPtuRenamedToBinIsRecognisedAndDecoded() throws IOException {
        Path renamed = dir.resolve("measurement.bin");
        Files.copy(SharedData.require("real/Example_PTU_PicoHarp.ptu"), renamed);
        assertTrue(ptu(renamed));
        assertFalse(legacy(renamed));
        assertEquals(722_402, ptu.decode(renamed, ptu.readHeader(renamed), new RecordingVisitor()).photons());
    }

    @Test
    void syntheticFilesAreRecognisedWhateverTheirName() throws IOException {
        Path ptuFile = dir.resolve("data.dat");
        Files.write(ptuFile, PicoQuantTestFiles.Ptu.t2(0x00010207, 0, 5e-12).records().bytes());
        assertTrue(ptu(ptuFile));
        Path pt3 = dir.resolve("data.ptu");
        Files.write(pt3, PicoQuantTestFiles.picoHarp(3, 80_000_000, 0.016f, 0, 0));
        assertTrue(legacy(pt3));
        assertFalse(ptu(pt3));
        Path ht2 = dir.resolve("data.pt3");
        Files.write(ht2, PicoQuantTestFiles.hydraHarp("1.0", 2, 8, 0, 1, 1, 0, 0));
        assertTrue(legacy(ht2));
    }

    @Test
    void histogramFilesWithTheSameIdentifierAreNotTaken() throws IOException {
        Path phd = dir.resolve("histogram.pt3");
        Files.write(phd, PicoQuantTestFiles.picoHarp(0, 80_000_000, 0.016f, 0, 0));
        assertFalse(legacy(phd));
    }

    @Test
    void fullSmsHdf5IsNotRecognised() throws IOException {
        Path h5 = SharedData.require("hdf5/v1_07_two_channels.h5");
        assertFalse(ptu(h5));
        assertFalse(legacy(h5));
    }

    @Test
    void randomShortAndEmptyFilesAreNotRecognised() throws IOException {
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        for (int length : new int[] { 0, 3, 8, 100, 4096 }) {
            Path file = dir.resolve("noise" + length + ".ptu");
            Files.write(file, java.util.Arrays.copyOf(noise, length));
            assertFalse(ptu(file));
            assertFalse(legacy(file));
        }
        Path almost = dir.resolve("almost.ptu");
        Files.write(almost, "PQTTTR".getBytes());
        assertFalse(ptu(almost));
    }
}
