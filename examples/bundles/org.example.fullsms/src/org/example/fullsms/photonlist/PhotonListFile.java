package org.example.fullsms.photonlist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The "example photon list" text format (documented in examples/README.md): UTF-8 text,
 *
 * <pre>
 * # fullsms example photon list 1
 * particle,macro_ns,micro_ns
 * 1,10233,2.352
 * 2,10411,0.816
 * </pre>
 *
 * The first line names the format and its version (the magic {@link #canRead} looks for), the second is the column
 * header; then one photon per line: the particle's number (1, 2, …), its arrival time in ns since the start of the
 * measurement (an integer, never decreasing within a particle) and its delay after the excitation pulse in ns. The
 * particles' lines may be interleaved. Blank lines and lines starting with {@code #} are ignored.
 */
final class PhotonListFile {

    static final String MAGIC = "# fullsms example photon list ";
    static final String VERSION = "1";
    static final String COLUMNS = "particle,macro_ns,micro_ns";

    /** Receives the photons of a file in file order. */
    @FunctionalInterface
    interface PhotonSink {
        /** One photon, found on that line of the file; throw (with {@link #problem}) to reject it. */
        void photon(int line, int particle, long macroNs, double microNs) throws IOException;
    }

    private PhotonListFile() {
    }

    /** Whether the file starts with the magic line; reads no more than that line's bytes and never throws. */
    static boolean hasMagic(Path file) {
        byte[] expected = MAGIC.getBytes(StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(expected.length), expected);
        } catch (IOException | RuntimeException e) {
            return false; // unreadable or not a regular file: not ours
        }
    }

    /**
     * Reads the file from the start, checking every line, and hands each photon to the sink.
     *
     * @throws IOException naming the file and the line when the file breaks the format
     */
    static void read(Path file, PhotonSink sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null || !first.startsWith(MAGIC)) {
                throw problem(file, 1, "not an example photon list (the first line must be \"" + MAGIC + VERSION
                        + "\")");
            }
            String version = first.substring(MAGIC.length()).strip();
            if (!version.equals(VERSION)) {
                throw problem(file, 1, "format version " + version + " is not known (this importer reads version "
                        + VERSION + "); a newer version of the extension may read it");
            }
            String header = in.readLine();
            if (header == null || !header.strip().equals(COLUMNS)) {
                throw problem(file, 2, "the column header must be \"" + COLUMNS + "\"");
            }
            int lineNumber = 2;
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] fields = text.split(",", -1);
                if (fields.length != 3) {
                    throw problem(file, lineNumber, "expected 3 values (" + COLUMNS + "), found " + fields.length);
                }
                int particle = parseParticle(file, lineNumber, fields[0].strip());
                long macro = parseMacro(file, lineNumber, fields[1].strip());
                double micro = parseMicro(file, lineNumber, fields[2].strip());
                sink.photon(lineNumber, particle, macro, micro);
            }
        }
    }

    private static int parseParticle(Path file, int line, String text) throws IOException {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw problem(file, line, "particle \"" + text + "\" is not a particle number (1, 2, ...)");
    }

    private static long parseMacro(Path file, int line, String text) throws IOException {
        try {
            long ns = Long.parseLong(text);
            if (ns >= 0) {
                return ns;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw problem(file, line, "macro_ns \"" + text + "\" is not a whole number of ns ≥ 0");
    }

    private static double parseMicro(Path file, int line, String text) throws IOException {
        try {
            double ns = Double.parseDouble(text);
            if (Double.isFinite(ns) && ns >= 0) {
                return ns;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw problem(file, line, "micro_ns \"" + text + "\" is not a delay in ns ≥ 0");
    }

    static IOException problem(Path file, int line, String what) {
        return new IOException(file + ", line " + line + ": " + what);
    }
}
