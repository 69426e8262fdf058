package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonParser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 1: no command writes over one of its inputs, however the path is spelled, nor two outputs onto
 * one path; each such call exits 2 with one line and leaves the files as they were. Devices and FIFOs are
 * written into, never replaced.
 */
class OutputPathsTest {

    @TempDir
    static Path dir;

    private static Path h5;
    private static byte[] original;

    @BeforeAll
    static void simulate() throws IOException {
        h5 = CliRun.simulated(dir.resolve("x.h5"), 2);
        original = Files.readAllBytes(h5);
    }

    /** Exit 2, one line naming the path, and the input untouched. */
    private static void refused(CliRun run, String named) throws IOException {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(named), run.err());
        assertEquals("", run.out());
        assertArrayEquals(original, Files.readAllBytes(h5), "the input is untouched");
    }

    @Test
    void jsonOntoTheInputIsRefused() throws IOException {
        refused(CliRun.of("analyze", h5.toString(), "--json", h5.toString()), "is the input file");
    }

    @Test
    void aFileOutputEndingWithASlashIsRefusedNotWrittenAsAFileOfThatName() throws IOException {
        String folder = dir.resolve("nodir").toString() + "/";
        refused(CliRun.of("analyze", h5.toString(), "--json", folder), "--json " + folder + " ends with '/'");
        refused(CliRun.of("analyze", h5.toString(), "--session", folder), "names a folder");
        refused(CliRun.of("simulate", "--out", folder), "--out " + folder);
        assertFalse(Files.exists(dir.resolve("nodir")), "no file named after the folder");
    }

    @Test
    void sessionOntoTheInputIsRefused() throws IOException {
        refused(CliRun.of("analyze", h5.toString(), "--session", h5.toString()), "--session");
    }

    @Test
    void anotherSpellingOfTheInputIsRefused() throws IOException {
        Path dotted = dir.resolve(".").resolve("sub").resolve("..").resolve("x.h5");
        Files.createDirectories(dir.resolve("sub"));
        refused(CliRun.of("analyze", h5.toString(), "--json", dotted.toString()), "is the input file");
    }

    @Test
    void aSymbolicLinkToTheInputIsRefused() throws IOException {
        Path link = dir.resolve("link.json");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, h5);
        refused(CliRun.of("analyze", h5.toString(), "--json", link.toString()), "link.json");
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aFileInALinkedFolderIsTheSameFile() throws IOException {
        Path linkedDir = dir.resolve("linked");
        Files.deleteIfExists(linkedDir);
        Files.createSymbolicLink(linkedDir, dir);
        refused(CliRun.of("analyze", linkedDir.resolve("x.h5").toString(), "--session", h5.toString()),
                "is the input file");
    }

    @Test
    void twoOutputsOnOnePathAreRefused() throws IOException {
        Path p = dir.resolve("both.out");
        refused(CliRun.of("analyze", h5.toString(), "--json", p.toString(), "--session", p.toString()),
                "name the same path");
        assertFalse(Files.exists(p), "nothing written");
    }

    @Test
    void anExportFolderThatIsTheInputIsRefused() throws IOException {
        refused(CliRun.of("analyze", h5.toString(), "--export", h5.toString()), "--export");
    }

    @Test
    void convertOntoItsInputIsRefusedEvenWithOverwrite() throws IOException {
        Path csv = dir.resolve("c.csv");
        Files.writeString(csv, "macro,micro\n1,0.5\n2,0.6\n");
        CliRun run = CliRun.of("convert", csv.toString(), "--out", csv.toString(), "--overwrite");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("macro,micro\n1,0.5\n2,0.6\n", Files.readString(csv));
    }

    @Test
    void convertOntoAFileOfAnInputFolderIsRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("texts"));
        Path csv = folder.resolve("1.csv");
        Files.writeString(csv, "macro,micro\n1,0.5\n2,0.6\n");
        CliRun run = CliRun.of("convert", folder.toString(), "--out", csv.toString(), "--overwrite");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("macro,micro\n1,0.5\n2,0.6\n", Files.readString(csv));
    }

    @Test
    void aFolderAsJsonTargetIsRefused() throws IOException {
        refused(CliRun.of("analyze", h5.toString(), "--json", dir.toString()), "is a folder");
    }

    @Test
    void jsonDashIsStandardOutput() {
        CliRun run = CliRun.of("analyze", h5.toString(), "--json", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.json().has("particles"));
    }

    @Test
    void devNullIsWrittenIntoNotReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull), "no /dev/null on this system");
        // Where /dev can be written (root), a regression would replace the system's /dev/null: the FIFO tests
        // check the same code there. Elsewhere a regression fails the move, and this test with it.
        Assumptions.assumeFalse(Files.isWritable(devNull.getParent()),
                "/dev is writable (root): not risking /dev/null; aFifoIsWrittenIntoNotReplaced covers this");
        CliRun run = CliRun.of("analyze", h5.toString(), "--json", devNull.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
    }

    @Test
    void aSessionOntoAFifoIsRefused() throws Exception {
        Path fifo = fifo("session-pipe");
        CliRun run = CliRun.of("analyze", h5.toString(), "--session", fifo.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("not a regular file"), run.err());
        assertFalse(Files.isRegularFile(fifo), "still a FIFO");
    }

    /** A new FIFO in the test folder, or the test is skipped where mkfifo is missing. */
    private static Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Files.deleteIfExists(fifo);
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
            Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
        }
        return fifo;
    }

    @Test
    void aFifoIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = fifo("pipe");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRun run = CliRun.of("analyze", h5.toString(), "--json", fifo.toString());
        assertEquals(0, run.exitCode(), run.err());
        String json = new String(read.get(60, TimeUnit.SECONDS), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(JsonParser.parseString(json).getAsJsonObject().has("particles"), json);
        assertFalse(Files.isRegularFile(fifo), "still a FIFO");
        assertTrue(Files.exists(fifo));
    }

    @Test
    void exportNeverWritesOverItsSessionNorItsDataFile() throws IOException {
        Path session = dir.resolve("x.smsa");
        CliRun saved = CliRun.of("analyze", h5.toString(), "--session", session.toString(), "--json",
                dir.resolve("x.json").toString());
        assertEquals(0, saved.exitCode(), saved.err());
        byte[] sessionBytes = Files.readAllBytes(session);
        refused(CliRun.of("export", session.toString(), "--out", session.toString()), "is the input file");
        refused(CliRun.of("export", session.toString(), "--out", h5.toString(), "--overwrite"),
                "is a file, not a folder");
        assertArrayEquals(sessionBytes, Files.readAllBytes(session));
    }

    @Test
    void jsonThroughALinkReplacesTheFileNotTheLink() throws IOException {
        Path file = dir.resolve("real.json");
        Files.writeString(file, "old");
        Path link = dir.resolve("out-link.json");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, file);
        CliRun run = CliRun.of("analyze", h5.toString(), "--json", link.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(JsonParser.parseString(Files.readString(file)).getAsJsonObject().has("particles"));
    }

    @Test
    void aSessionOntoALinkIsRefused() throws IOException {
        Path file = dir.resolve("real.smsa");
        Files.writeString(file, "old");
        Path link = dir.resolve("session-link.smsa");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, file);
        CliRun run = CliRun.of("analyze", h5.toString(), "--session", link.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("is a symbolic link"), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("old", Files.readString(file));
    }
}
