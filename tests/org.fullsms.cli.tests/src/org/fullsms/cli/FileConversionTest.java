package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.fullsms.io.hdf5.WriteResult;
import org.fullsms.model.Dataset;
import org.fullsms.model.Photons;
import org.fullsms.runtime.FileConversion;
import org.fullsms.runtime.FileConversion.Conversion;
import org.fullsms.runtime.Importers;
import org.fullsms.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, 5: the conversions the workbench's Convert dialog plans and runs, the code of {@code fullsms convert}:
 * an instrument file its own output, a folder of text files one, loose text files together one; no output onto an
 * input, no two inputs onto one output, no silent replacing; a cancel leaves no file behind.
 */
class FileConversionTest {

    @TempDir
    Path dir;

    /**
     * The original's CSV (header, macro and micro ns): micro times on a 0.0122 ns lattice written as floats, two
     * photons sharing a macro time.
     */
    private Path csv(Path folder, String name, int photons, long seed) throws IOException {
        StringBuilder b = new StringBuilder("macro times,micro times\n");
        java.util.Random rng = new java.util.Random(seed);
        long macro = 1000;
        for (int i = 0; i < photons; i++) {
            macro += i == 5 ? 0 : 1 + rng.nextInt(50_000);
            b.append(macro).append(',').append(String.format(Locale.ROOT, "%.10g", rng.nextInt(2048) * 0.01220703125))
                    .append('\n');
        }
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), b.toString());
    }

    @Test
    void eachInstrumentFileAndFolderIsAFileAndLooseTextFilesOneTogether() throws IOException {
        Path ptu = Files.copy(SharedData.require("real/Example_PTU_PicoHarp.ptu"), dir.resolve("cell.ptu"));
        Path a = csv(dir, "trace1.csv", 200, 1);
        Path b = csv(dir, "trace2.csv", 150, 2);
        Path folder = dir.resolve("bulk");
        csv(folder, "p1.csv", 100, 3);
        csv(folder, "p2.csv", 120, 4);
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Conversion> plan = FileConversion.plan(List.of(a, ptu, folder, b), out);
        assertEquals(List.of(new Conversion(List.of(ptu), out.resolve("cell.h5")),
                new Conversion(List.of(folder), out.resolve("bulk.h5")),
                new Conversion(List.of(a, b), out.resolve("trace1.h5"))), plan);
        FileConversion.check(plan, false);
        for (Conversion c : plan) {
            WriteResult w = FileConversion.run(c, null, false, new NullProgressMonitor());
            assertEquals(c.target(), w.target());
        }
        try (Dataset text = Importers.open(out.resolve("trace1.h5"));
                Dataset bulk = Importers.open(out.resolve("bulk.h5"))) {
            assertEquals(2, text.particles().size(), "a particle per text file");
            Photons first = text.particles().get(0).photons();
            assertEquals(200, first.size());
            assertEquals(first.absoluteNs()[4], first.absoluteNs()[5], "tied macro times are kept");
            assertEquals(150, text.particles().get(1).photonCount());
            assertEquals(2, bulk.particles().size(), "a particle per file of the folder");
            assertEquals(120, bulk.particles().get(1).photonCount(), "in the natural order of their numbers");
        }
        try (Dataset converted = Importers.open(out.resolve("cell.h5")); Dataset original = Importers.open(ptu)) {
            assertEquals(original.particles().get(0).photonCount(), converted.particles().get(0).photonCount());
            assertArrayEquals(original.particles().get(0).photons().absoluteNs(),
                    converted.particles().get(0).photons().absoluteNs(), "the same photons as the importer reads");
        }
    }

    @Test
    void anOutputNeverReplacesAnInputNorAnotherOutput() throws IOException {
        Path h5 = csv(dir, "trace.h5", 50, 5); // a text file with an .h5 name: its output would be itself
        IOException onInput = assertThrows(IOException.class,
                () -> FileConversion.check(FileConversion.plan(List.of(h5), dir), true));
        assertTrue(onInput.getMessage().contains("is the input") && onInput.getMessage().contains("never overwritten"),
                onInput.getMessage());
        assertThrows(IOException.class, () -> FileConversion.run(new Conversion(List.of(h5), h5), null, true,
                new NullProgressMonitor()), "run checks too");
        assertEquals(50 + 1, Files.readAllLines(h5).size(), "the input is untouched");

        Path folder = dir.resolve("bulk");
        csv(folder, "p1.csv", 10, 6);
        IOException inFolder = assertThrows(IOException.class, () -> FileConversion.check(
                List.of(new Conversion(List.of(folder), folder.resolve("p1.csv"))), true));
        assertTrue(inFolder.getMessage().contains("is the input"), "a file in an input folder is an input too");

        Path ptu = Files.copy(SharedData.require("real/Example_PTU_PicoHarp.ptu"), dir.resolve("cell.ptu"));
        Path text = csv(dir, "cell.csv", 20, 7);
        Path out = Files.createDirectories(dir.resolve("out"));
        IOException twice = assertThrows(IOException.class,
                () -> FileConversion.check(FileConversion.plan(List.of(ptu, text), out), false));
        assertTrue(twice.getMessage().contains("written from both"), twice.getMessage());
    }

    @Test
    void anExistingOutputIsReplacedOnlyWhenAsked() throws IOException {
        Path a = csv(dir, "trace.csv", 30, 8);
        Path out = Files.createDirectories(dir.resolve("out"));
        Path existing = Files.writeString(out.resolve("trace.h5"), "an older file");
        List<Conversion> plan = FileConversion.plan(List.of(a), out);
        IOException e = assertThrows(IOException.class, () -> FileConversion.check(plan, false));
        assertTrue(e.getMessage().startsWith(existing.toString()) && e.getMessage().contains("--overwrite"),
                e.getMessage());
        assertEquals("an older file", Files.readString(existing));
        FileConversion.run(plan.get(0), null, true, new NullProgressMonitor());
        try (Dataset d = Importers.open(existing)) {
            assertEquals(30, d.particles().get(0).photonCount(), "replaced when asked");
        }
        IOException missing = assertThrows(IOException.class, () -> FileConversion.check(
                FileConversion.plan(List.of(a), dir.resolve("nowhere")), false));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void aCancelLeavesNoFileBehind() throws IOException {
        Path a = csv(dir, "trace.csv", 500, 9);
        Path out = Files.createDirectories(dir.resolve("out"));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> FileConversion.run(FileConversion.plan(List.of(a), out).get(0), null, false, cancelled));
        try (Stream<Path> left = Files.list(out)) {
            assertFalse(left.findAny().isPresent(), "neither the output nor a temporary file");
        }
    }
}
