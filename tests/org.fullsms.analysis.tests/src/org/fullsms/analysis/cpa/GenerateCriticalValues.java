package org.fullsms.analysis.cpa;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Tool (not a test): regenerates {@code bundles/org.fullsms.analysis/resources/cpa/critical-values.txt}
 * with {@link CriticalValueGenerator.Settings#committed()}. Usage: {@code java … GenerateCriticalValues OUT}
 * (about 2–3 minutes CPU on one core).
 */
public final class GenerateCriticalValues {

    private GenerateCriticalValues() {
    }

    public static void main(String[] args) throws IOException {
        CriticalValueGenerator.Settings settings = CriticalValueGenerator.Settings.committed();
        long t0 = System.nanoTime();
        CriticalValueGenerator.Tables tables = new CriticalValueGenerator().generate(settings, new NullProgressMonitor());
        write(tables, Path.of(args[0]));
        System.out.printf(Locale.ROOT, "wrote %s in %.1f s; max node SE a=%.4f b=%.4f%n", args[0],
                (System.nanoTime() - t0) / 1e9, tables.maxStdErrA(), tables.maxStdErrB());
    }

    static void write(CriticalValueGenerator.Tables tables, Path out) throws IOException {
        double[] levels = tables.settings().levels();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.US_ASCII))) {
            w.println("# Full SMS Java: critical values of the Watkins & Yang weighted likelihood ratio, made by");
            w.println("# org.fullsms.analysis.cpa.CriticalValueGenerator (see docs/cpa.md); not the published tables.");
            w.printf(Locale.ROOT, "# version 1, seed %d, %d replicates per node, degree-6 ln(n) smoothing for n >= 40, raw below%n",
                    tables.settings().seed(), tables.settings().replicates());
            w.printf(Locale.ROOT, "# largest standard error of a raw node quantile (n >= 20): tau_a %.4f, tau_b %.4f%n",
                    tables.maxStdErrA(), tables.maxStdErrB());
            w.println("# columns: n, tau_a at each level, tau_b at each level (levels in percent)");
            StringBuilder sb = new StringBuilder("levels");
            for (double p : levels) {
                sb.append(' ').append(p % 1 == 0 ? String.valueOf((long) p) : String.valueOf(p));
            }
            w.println(sb);
            for (int n = 4; n < tables.tauA()[0].length; n++) {
                sb.setLength(0);
                sb.append(n);
                for (double[] a : tables.tauA()) {
                    sb.append(String.format(Locale.ROOT, " %.6f", a[n]));
                }
                for (double[] b : tables.tauB()) {
                    sb.append(String.format(Locale.ROOT, " %.6f", b[n]));
                }
                w.println(sb);
            }
        }
    }
}
