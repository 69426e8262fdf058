package org.fullsms.analysis.cpa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The project's own critical-value tables, read once from the class-path resource
 * {@link CriticalValues#RESOURCE} (written by {@link CriticalValueGenerator#write}). Format: {@code #}
 * comment lines, one {@code levels p1 p2 …} line (confidences in percent), then one line per n:
 * {@code n τa(p1) … τa(pk) τb(p1) … τb(pk)}. Immutable after loading.
 */
final class OwnTables {

    private static final class Holder {
        static final OwnTables INSTANCE = load();
    }

    private final double[] levels;
    /** {@code tauA[level][n]}. */
    private final double[][] tauA;
    private final double[][] tauB;
    private final String header;

    OwnTables(double[] levels, double[][] tauA, double[][] tauB, String header) {
        this.levels = levels;
        this.tauA = tauA;
        this.tauB = tauB;
        this.header = header;
    }

    static OwnTables get() {
        return Holder.INSTANCE;
    }

    /** Confidence levels (percent) that have an exact column. */
    double[] levels() {
        return levels.clone();
    }

    CriticalValues forConfidence(double percent) {
        for (int i = 0; i < levels.length; i++) {
            if (Math.abs(levels[i] - percent) < 1e-9) {
                return new CriticalValues(percent, tauA[i], tauB[i], "own Monte Carlo tables (" + header + ")");
            }
        }
        if (percent < levels[0] || percent > levels[levels.length - 1]) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "confidence %s %% is outside the tabulated range %s–%s %%; generate tables with "
                            + "CriticalValueGenerator or load published ones",
                    percent, levels[0], levels[levels.length - 1]));
        }
        int hi = 1;
        while (levels[hi] < percent) {
            hi++;
        }
        // Quantiles of the maximum WLR are close to linear in x = −ln(1 − p) (an exponential-type tail).
        double x0 = tailScale(levels[hi - 1]);
        double x1 = tailScale(levels[hi]);
        double f = (tailScale(percent) - x0) / (x1 - x0);
        int size = tauA[0].length;
        double[] a = new double[size];
        double[] b = new double[size];
        for (int n = 0; n < size; n++) {
            a[n] = tauA[hi - 1][n] + f * (tauA[hi][n] - tauA[hi - 1][n]);
            b[n] = tauB[hi - 1][n] + f * (tauB[hi][n] - tauB[hi - 1][n]);
        }
        return new CriticalValues(percent, a, b, String.format(Locale.ROOT,
                "own Monte Carlo tables (%s), interpolated between %s and %s %%", header, levels[hi - 1], levels[hi]));
    }

    /** The same tables without column {@code index} (to measure the interpolation error). */
    OwnTables withoutLevel(int index) {
        int k = levels.length - 1;
        double[] l = new double[k];
        double[][] a = new double[k][];
        double[][] b = new double[k][];
        for (int i = 0, j = 0; i < levels.length; i++) {
            if (i != index) {
                l[j] = levels[i];
                a[j] = tauA[i];
                b[j++] = tauB[i];
            }
        }
        return new OwnTables(l, a, b, header);
    }

    static double tailScale(double percent) {
        return -Math.log1p(-percent / 100.0);
    }

    private static OwnTables load() {
        try (InputStream in = CriticalValues.class.getResourceAsStream(CriticalValues.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + CriticalValues.RESOURCE + " missing from the bundle");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CriticalValues.RESOURCE, e);
        }
    }

    static OwnTables parse(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        double[] levels = null;
        String header = "";
        List<double[]> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String t = line.trim();
            if (t.startsWith("# version")) {
                header = t.substring(1).trim();
            }
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+");
            if (parts[0].equals("levels")) {
                levels = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    levels[i - 1] = Double.parseDouble(parts[i]);
                }
                continue;
            }
            double[] row = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                row[i] = Double.parseDouble(parts[i]);
            }
            rows.add(row);
        }
        if (levels == null || rows.isEmpty()) {
            throw new IOException("critical-value table without 'levels' line or rows");
        }
        int k = levels.length;
        int maxN = (int) rows.get(rows.size() - 1)[0];
        double[][] a = new double[k][maxN + 1];
        double[][] b = new double[k][maxN + 1];
        for (double[] row : rows) {
            if (row.length != 1 + 2 * k) {
                throw new IOException("row for n=" + (int) row[0] + " has " + row.length + " columns, expected "
                        + (1 + 2 * k));
            }
            int n = (int) row[0];
            for (int i = 0; i < k; i++) {
                a[i][n] = row[1 + i];
                b[i][n] = row[1 + k + i];
            }
        }
        return new OwnTables(levels, a, b, header);
    }
}
