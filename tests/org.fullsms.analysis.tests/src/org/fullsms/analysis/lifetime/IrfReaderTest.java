package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IrfReaderTest {

    @TempDir
    Path dir;

    /** A small .phu in PicoQuant's tag layout: two curves of 6 bins, 16 ps, with a string tag before them. */
    private Path phu(boolean withEnd) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        b.put(pad("PQHISTO", 8)).put(pad("1.0", 8));
        tag(b, "File_Comment", -1, 0x4001FFFF, 8);
        b.put(pad("comment", 8));
        tag(b, IrfReader.CURVES, -1, 0x10000008, 2);
        int headerEnd = b.position() + 48 * 6 + (withEnd ? 48 : 0);
        for (int c = 0; c < 2; c++) {
            tag(b, IrfReader.BINS, c, 0x10000008, 6);
            tag(b, IrfReader.OFFSET, c, 0x10000008, headerEnd + 24 * c);
            tag(b, IrfReader.RESOLUTION, c, 0x20000008, Double.doubleToLongBits(16e-12));
        }
        if (withEnd) {
            tag(b, "Header_End", -1, 0xFFFF0008, 0);
        }
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 6; i++) {
                b.putInt(c * 100 + i * i);
            }
        }
        Path file = dir.resolve(withEnd ? "irf.phu" : "broken.phu");
        Files.write(file, java.util.Arrays.copyOf(b.array(), b.position()));
        return file;
    }

    private static void tag(ByteBuffer b, String name, int index, long type, long value) {
        b.put(pad(name, 32)).putInt(index).putInt((int) type).putLong(value);
    }

    private static byte[] pad(String s, int length) {
        return java.util.Arrays.copyOf(s.getBytes(StandardCharsets.US_ASCII), length);
    }

    @Test
    void readsACurveOfAPhuFile() throws IOException {
        Irf irf = IrfReader.readPhu(phu(true), 1);
        assertArrayEquals(new double[] { 100, 101, 104, 109, 116, 125 }, irf.counts());
        assertEquals(0.016, irf.channelWidthNs(), 1e-15);
        assertTrue(irf.source().contains("curve 1"));
    }

    @Test
    void refusesBrokenPhuFiles() throws IOException {
        Path file = phu(true);
        assertThrows(IOException.class, () -> IrfReader.readPhu(file, 2));
        assertThrows(IOException.class, () -> IrfReader.readPhu(phu(false), 0));
        Path text = dir.resolve("not.phu");
        Files.writeString(text, "hello world, this is not a histogram");
        assertThrows(IOException.class, () -> IrfReader.readPhu(text, 0));
    }

    @Test
    void readsTwoColumnText() throws IOException {
        List<String> lines = new ArrayList<>(List.of("# time (ns), counts", "t,counts"));
        for (int i = 0; i < 5; i++) {
            lines.add((i * 0.02) + ", " + (i * 10));
        }
        Path file = dir.resolve("irf.csv");
        Files.write(file, lines);
        Irf irf = IrfReader.readText(file);
        assertArrayEquals(new double[] { 0, 10, 20, 30, 40 }, irf.counts());
        assertEquals(0.02, irf.channelWidthNs(), 1e-12);
        Files.write(file, List.of("0 1", "1e-11 2", "2e-11 3"));
        assertEquals(0.01, IrfReader.readText(file).channelWidthNs(), 1e-12); // seconds recognised
        Files.write(file, List.of("0 1", "1 2", "3 3"));
        assertThrows(IOException.class, () -> IrfReader.readText(file)); // uneven channels
    }

    @Test
    void irfIsPutOnTheDecayGrid() {
        List<String> notes = new ArrayList<>();
        Irf coarse = Irf.of(0.02, new double[] { 0, 4, 8, 2, 0, 0 });
        double[] fine = coarse.onGridOf(DecayHistogram.of(0.01, new double[14]), notes);
        assertEquals(14, fine.length);
        double sum = 0;
        for (double v : fine) {
            sum += v;
        }
        assertEquals(14, sum, 1e-12); // counts conserved by the rebinning
        assertArrayEquals(new double[] { 0, 0, 2, 2, 4, 4, 1, 1 }, java.util.Arrays.copyOf(fine, 8), 1e-12);
        assertEquals(1, notes.size(), notes.toString()); // rebinned
        Irf late = Irf.of(0.01, new double[] { 0, 0, 0, 0, 9 });
        assertThrows(IllegalArgumentException.class, () -> late.onGridOf(DecayHistogram.of(0.01, new double[3]),
                new ArrayList<>()));
    }

    /**
     * The IRF lands on the decay's channels by micro time: a decay whose channel 0 is the TCSPC channel 3 takes the
     * IRF's channels from its channel 3 on, whatever their array positions; half a channel apart is interpolated.
     */
    @Test
    void irfIsPlacedByItsMicroTimes() {
        double w = 0.5;
        Irf irf = new Irf(w, new double[] { 1, 2, 3, 4, 5, 6, 7 }, 0, "test");
        DecayHistogram decay = new DecayHistogram(w, new double[5], 3 * w);
        List<String> notes = new ArrayList<>();
        assertArrayEquals(new double[] { 4, 5, 6, 7, 0 }, irf.onGridOf(decay, notes));
        assertTrue(notes.get(0).contains("placed by its micro times"), notes.toString());
        Irf later = new Irf(w, new double[] { 4, 5, 6, 7 }, 3 * w, "test");
        assertArrayEquals(new double[] { 4, 5, 6, 7, 0 }, later.onGridOf(decay, new ArrayList<>()));
        Irf half = new Irf(w, new double[] { 2, 4, 6 }, 3.5 * w, "test");
        assertArrayEquals(new double[] { 1, 3, 5, 3, 0 }, half.onGridOf(decay, new ArrayList<>()), 1e-12);
    }

    @Test
    void textIrfStartsAtTheChannelOfItsFirstTime(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("irf.txt");
        Files.write(file, List.of("0.5000000001 1", "1 5", "1.5 2")); // 10 digits at channel edges
        assertEquals(0.5, IrfReader.readText(file).offsetNs(), 1e-9);
        Files.write(file, List.of("1.25 1", "1.75 5", "2.25 2")); // centres of 0.5 ns channels
        assertEquals(1.0, IrfReader.readText(file).offsetNs(), 1e-12);
    }
}
