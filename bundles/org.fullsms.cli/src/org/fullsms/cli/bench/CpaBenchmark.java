package org.fullsms.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.CriticalValues;

/**
 * Change point analysis speed: the real 90 105-photon tester trace (from ../shared/data when present,
 * with the published tables, as the original was timed) and simulated two-state traces of 1e4 … 1e7
 * photons (rates 1500/10000 cps, mean dwells 0.5/1.5 s like reference case cp05) at 99 %, one thread.
 */
public final class CpaBenchmark implements Benchmark {

    @Override
    public String id() {
        return "cpa";
    }

    @Override
    public String description() {
        return "change point analysis: golden 90k-photon trace, simulated 1e4–1e7 photons, 99 %, one thread";
    }

    @Override
    public void run(BenchmarkRun run) throws Exception {
        ChangePointAnalysis cpa = new ChangePointAnalysis();
        Path shared = SharedDataFolder.find();
        if (shared != null && Files.exists(shared.resolve("fullsms_tester_abs_times_ns.txt"))) {
            long[] golden = readCommaSeparated(shared.resolve("fullsms_tester_abs_times_ns.txt"));
            for (int percent : new int[] {99, 95, 90, 69}) {
                ChangePointParameters p = ChangePointParameters.of(CriticalValues.loadPublished(shared.resolve("tau_data"), percent));
                ChangePointResult[] last = new ChangePointResult[1];
                run.time(String.format(Locale.ROOT, "golden trace %d photons, %d %% (published tables)", golden.length, percent),
                        30, 51, () -> last[0] = cpa.run(golden, p, null));
                run.note("  change points", String.valueOf(last[0].numChangePoints()));
            }
        } else {
            run.note("golden trace", "../shared/data not found: skipped (set -Dfullsms.shared.data=DIR)");
        }
        ChangePointParameters own = ChangePointParameters.of(99);
        for (int photons : new int[] {10_000, 100_000, 1_000_000, 10_000_000}) {
            long[] times = simulate(photons, 42);
            int runs = photons >= 10_000_000 ? 3 : photons >= 1_000_000 ? 7 : 21;
            ChangePointResult[] last = new ChangePointResult[1];
            double ms = run.time(String.format(Locale.ROOT, "simulated %,d photons, 99 %% (own tables)", photons),
                    photons >= 10_000_000 ? 1 : 5, runs, () -> last[0] = cpa.run(times, own, null));
            run.note("  change points / ns per photon", String.format(Locale.ROOT, "%d / %.1f",
                    last[0].numChangePoints(), ms * 1e6 / photons));
        }
    }

    /** Two-state blinking trace with whole-ns times and a 100 ns dead time. */
    static long[] simulate(int photons, long seed) {
        double[] rate = {1500e-9, 10000e-9};
        double[] dwell = {0.5e9, 1.5e9};
        SplittableRandom random = new SplittableRandom(seed);
        long[] times = new long[photons];
        int n = 0;
        int state = 0;
        double t = 0;
        long previous = -1000;
        while (n < photons) {
            double end = t - Math.log1p(-random.nextDouble()) * dwell[state];
            while (n < photons) {
                t -= Math.log1p(-random.nextDouble()) / rate[state];
                if (t >= end) {
                    break;
                }
                long ns = (long) t;
                if (ns - previous >= 100) {
                    times[n++] = ns;
                    previous = ns;
                }
            }
            t = end;
            state = 1 - state;
        }
        return times;
    }

    private static long[] readCommaSeparated(Path file) throws IOException {
        return Arrays.stream(Files.readString(file, StandardCharsets.US_ASCII).split("[,\\s]+"))
                .filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
    }
}
