package org.fullsms.analysis.cpa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Critical values τ_a(n) (is there a change point?) and τ_b(n) (how wide is its confidence region?) for one
 * confidence level, indexed by the number of photons n in the tested segment. Immutable.
 * <p>
 * Two sources: {@link #forConfidence(double)} — the project's own Monte Carlo tables (committed resource
 * {@code /cpa/critical-values.txt}, made by {@link CriticalValueGenerator}), and
 * {@link #loadPublished(Path, double)} — the Watkins &amp; Yang tables in their published two-column text
 * format, looked up like the original program for bit-exact comparisons.
 */
public final class CriticalValues {

    /** Resource holding the project's own tables (see {@link OwnTables}). */
    public static final String RESOURCE = "/cpa/critical-values.txt";

    private final double confidencePercent;
    private final double[] tauA;
    private final double[] tauB;
    private final String source;

    /**
     * @param tauA τ_a indexed by segment size n (index 0 unused)
     * @param tauB τ_b indexed by n
     */
    public CriticalValues(double confidencePercent, double[] tauA, double[] tauB, String source) {
        ChangePointParameters.checkConfidence(confidencePercent);
        if (tauA.length < 2 || tauA.length != tauB.length) {
            throw new IllegalArgumentException("critical-value tables must be non-empty and of equal length");
        }
        this.confidencePercent = confidencePercent;
        this.tauA = tauA.clone();
        this.tauB = tauB.clone();
        this.source = source;
    }

    /**
     * The project's own tables for {@code confidencePercent}: exact table columns for the committed levels
     * (69, 90, 95, 99 % and others, see {@link OwnTables#levels()}), interpolated between them otherwise.
     *
     * @throws IllegalArgumentException outside the tabulated range (10–99.9 %)
     */
    public static CriticalValues forConfidence(double confidencePercent) {
        ChangePointParameters.checkConfidence(confidencePercent);
        return OwnTables.get().forConfidence(confidencePercent);
    }

    /**
     * Loads {@code Ta-XX.txt} and {@code Tb-XX.txt} (XX = the integer percent, e.g. 99) from {@code dir}, in
     * the published two-column format {@code n value}. As in the original, τ(n) is the value on file row
     * n+1 (the 0-based row n), not row n — kept so that results equal the original's.
     *
     * @throws IOException when a file is missing or malformed; the message names the file and line
     */
    public static CriticalValues loadPublished(Path dir, double confidencePercent) throws IOException {
        ChangePointParameters.checkConfidence(confidencePercent);
        long rounded = Math.round(confidencePercent);
        if (Math.abs(confidencePercent - rounded) > 1e-9) {
            throw new IOException("published critical values exist only for whole percentages, not "
                    + confidencePercent + " %");
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder")
                    + "; the published critical values are a folder of Ta-" + rounded + ".txt and Tb-" + rounded
                    + ".txt");
        }
        Path a = dir.resolve("Ta-" + rounded + ".txt");
        Path b = dir.resolve("Tb-" + rounded + ".txt");
        for (Path p : List.of(a, b)) {
            if (!Files.isRegularFile(p)) {
                throw new IOException("critical-value file not found: " + p);
            }
        }
        double[] ta = readSecondColumn(a);
        double[] tb = readSecondColumn(b);
        int length = Math.min(ta.length, tb.length);
        return new CriticalValues(confidencePercent, Arrays.copyOf(ta, length),
                Arrays.copyOf(tb, length), "published tables " + dir.toAbsolutePath() + " (row n+1)");
    }

    /** 0-based list of the values in column 2 of a whitespace-separated file. */
    static double[] readSecondColumn(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readSecondColumn(in, file.toString());
        }
    }

    static double[] readSecondColumn(InputStream in, String name) throws IOException {
        List<Double> values = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            try {
                values.add(Double.parseDouble(parts[1]));
            } catch (RuntimeException e) {
                throw new IOException(name + " line " + lineNo + ": expected 'n value', found '" + trimmed + "'", e);
            }
        }
        if (values.isEmpty()) {
            throw new IOException(name + ": no values");
        }
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** τ_a for a segment of n photons; sizes beyond the table use its last entry. */
    public double tauA(int n) {
        return tauA[Math.min(n, tauA.length - 1)];
    }

    /** τ_b for a segment of n photons; sizes beyond the table use its last entry. */
    public double tauB(int n) {
        return tauB[Math.min(n, tauB.length - 1)];
    }

    public double confidencePercent() {
        return confidencePercent;
    }

    /** Largest n with its own entry. */
    public int maxN() {
        return tauA.length - 1;
    }

    /** Where the values come from (own tables with version, interpolation, or a published directory). */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CriticalValues[%s %%, %s]", confidencePercent, source);
    }
}
