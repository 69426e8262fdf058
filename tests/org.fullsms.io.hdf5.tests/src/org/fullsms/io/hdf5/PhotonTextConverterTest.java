package org.fullsms.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fullsms.model.Dataset;
import org.fullsms.model.Photons;
import org.fullsms.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text inputs of the original's converter, one particle per file; values must come through exactly. */
class PhotonTextConverterTest {

    @TempDir
    Path dir;

    private final PhotonTextConverter converter = new PhotonTextConverter();

    @Test
    void csvWithHeaderGivesMacroAndMicro() throws IOException {
        Path csv = Files.writeString(dir.resolve("p.csv"), "macro times,micro times\n100,1.5\n250, 2.25\r\n400,0\n");
        Photons p = converter.convert(List.of(csv), null).particles().get(0).photons();
        assertArrayEquals(new long[] { 100, 250, 400 }, p.absoluteNs());
        assertArrayEquals(new double[] { 1.5, 2.25, 0 }, p.micro().toNs(), 0.0);
    }

    @Test
    void macroListsOnLinesOrCommaSeparated() throws IOException {
        Path lines = Files.writeString(dir.resolve("a.txt"), "5\n7\n1.2e1\n");
        Path commas = Files.writeString(dir.resolve("b.txt"), "5, 7, 12,\n20, 30,\n");
        Dataset ds = converter.convert(List.of(lines, commas), null);
        assertArrayEquals(new long[] { 5, 7, 12 }, ds.particles().get(0).photons().absoluteNs());
        assertArrayEquals(new long[] { 5, 7, 12, 20, 30 }, ds.particles().get(1).photons().absoluteNs());
        assertArrayEquals(new double[5], ds.particles().get(1).photons().micro().toNs(), 0.0);
        assertTrue(ds.particles().get(1).description().contains("micro times set to 0"));
        assertEquals("Particle 2", ds.particles().get(1).name());
    }

    @Test
    void folderIsOneDatasetInNaturalOrder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("in"));
        Files.writeString(folder.resolve("trace10.txt"), "10\n");
        Files.writeString(folder.resolve("trace2.txt"), "2\n");
        Files.writeString(folder.resolve("trace1.txt"), "1\n");
        Dataset ds = converter.convert(List.of(folder), null);
        assertEquals(3, ds.particles().size());
        assertEquals(1, ds.particles().get(0).photons().absoluteNs()[0]);
        assertEquals(2, ds.particles().get(1).photons().absoluteNs()[0]);
        assertEquals(10, ds.particles().get(2).photons().absoluteNs()[0]);
        Path out = dir.resolve("out.h5");
        new Hdf5Writer().write(ds, out, WriteOptions.DEFAULTS, null);
        try (Dataset back = new Hdf5Reader().open(out)) {
            assertEquals(3, back.particles().size());
        }
    }

    @Test
    void badInputsNameFileAndLine() throws IOException {
        Path decreasing = Files.writeString(dir.resolve("dec.txt"), "5\n7\n6\n");
        IOException e = assertThrows(IOException.class, () -> converter.convert(List.of(decreasing), null));
        assertTrue(e.getMessage().contains("dec.txt") && e.getMessage().contains("decrease"), e.getMessage());
        Path bad = Files.writeString(dir.resolve("bad.csv"), "macro,micro\n1,2\n3,x\n");
        e = assertThrows(IOException.class, () -> converter.convert(List.of(bad), null));
        assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains("line 3"), e.getMessage());
        Path short1 = Files.writeString(dir.resolve("short.csv"), "macro,micro\n1,2\n3\n");
        e = assertThrows(IOException.class, () -> converter.convert(List.of(short1), null));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertThrows(IOException.class, () -> converter.convert(List.of(dir.resolve("none")), null));
    }

    @Test
    void readsTheOriginalsTesterTrace() throws IOException {
        Path trace = SharedData.require("fullsms_tester_abs_times_ns.txt");
        Photons p = converter.convert(List.of(trace), null).particles().get(0).photons();
        assertEquals(90105, p.size()); // REFERENCE §0: a real 90 105-photon trace
        assertEquals(11483, p.firstAbsoluteNs());
    }
}
