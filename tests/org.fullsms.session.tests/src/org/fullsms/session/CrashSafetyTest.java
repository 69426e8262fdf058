package org.fullsms.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.gson.stream.JsonWriter;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.model.Dataset;
import org.fullsms.runtime.state.AnalysisSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving is atomic: a writer that fails or is killed in the middle of a save leaves the previous session as it
 * was, and it still loads.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    private Path data;
    private Path target;
    private byte[] previous;

    @BeforeEach
    void savePreviousSession() throws IOException {
        data = Synthetic.dataFile(dir);
        target = dir.resolve("analysis.smsa");
        SessionWriter.write(Synthetic.snapshot(data, 2, 1, 30), target);
        previous = Files.readAllBytes(target);
    }

    private void assertPreviousSessionIntact() throws IOException {
        assertArrayEquals(previous, Files.readAllBytes(target), "the previous session is untouched");
        SessionDocument doc = SessionReader.read(target);
        assertEquals(2, doc.particles().size());
        new DeepAssert().equal(Synthetic.snapshot(data, 2, 1, 30).particles(), doc.particles(), "particles");
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void writerFailingMidwayLeavesPreviousSession() throws IOException {
        SessionSnapshot big = Synthetic.snapshot(data, 40, 3, 500);
        IOException e = assertThrows(IOException.class,
                () -> SessionWriter.write(big, target, "failing", out -> failAfter(out, 100_000)));
        assertEquals("disk full (simulated)", e.getMessage());
        assertPreviousSessionIntact();
        assertEquals(List.of(), temporaryFiles(), "the temporary file is removed");
    }

    @Test
    void killedWriterLeavesPreviousSession() throws Exception {
        String classPath = childClassPath();
        Assumptions.assumeTrue(classPath != null, "no plain class path for a child JVM (running inside OSGi)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", classPath, SlowWriterMain.class.getName(), data.toString(),
                target.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            List<String> lines = new ArrayList<>();
            while ((line = out.readLine()) != null && !line.equals("WRITING")) {
                lines.add(line);
            }
            assertEquals("WRITING", line, "child output: " + lines);
            List<Path> partial = temporaryFiles();
            assertEquals(1, partial.size(), "the session is being written to a temporary file");
            assertTrue(Files.size(partial.get(0)) >= SlowWriterMain.SIGNAL_AFTER / 2);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertPreviousSessionIntact();
        // The killed write left its partial temporary file (nobody could remove it); it is not the session, and
        // reading it fails clearly rather than giving half an analysis.
        List<Path> partial = temporaryFiles();
        assertEquals(1, partial.size());
        assertThrows(SessionFormatException.class, () -> SessionReader.read(partial.get(0)));
        // The next save succeeds as usual.
        SessionWriter.write(Synthetic.snapshot(data, 3, 1, 30), target);
        assertEquals(3, SessionReader.read(target).particles().size());
    }

    @Test
    void writingIntoAMissingFolderCreatesIt() throws IOException {
        Path nested = dir.resolve("a").resolve("b").resolve("s.smsa");
        SessionWriter.write(Synthetic.snapshot(data, 1, 1, 10), nested);
        assertEquals("../../measurement.h5", SessionReader.read(nested).dataFile().relativePath());
        assertFalse(Files.exists(nested.resolveSibling("s.smsa.autosave")));
    }

    private static OutputStream failAfter(OutputStream out, long limit) {
        return new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > limit) {
                    throw new IOException("disk full (simulated)");
                }
                out.write(b, off, len);
            }
        };
    }

    /**
     * The class path of this JVM when it is a plain one (tests outside OSGi); inside OSGi, the jars and folders of
     * the classes the child needs, when they are plain files; else null.
     */
    private static String childClassPath() {
        try {
            ClassLoader.getSystemClassLoader().loadClass(SlowWriterMain.class.getName());
            return System.getProperty("java.class.path");
        } catch (ClassNotFoundException e) {
            // inside OSGi: try the bundles' locations
        }
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(SlowWriterMain.class, SessionWriter.class, JsonWriter.class, ChangePointResult.class,
                Dataset.class, AnalysisSession.class, IProgressMonitor.class)) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            URL url = source == null ? null : source.getLocation();
            if (url == null || !"file".equals(url.getProtocol())) {
                return null;
            }
            try {
                entries.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
