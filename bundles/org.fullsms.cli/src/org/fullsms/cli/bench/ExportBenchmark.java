package org.fullsms.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.grouping.GroupingAnalysis;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.grouping.LevelInput;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.export.ExportKind;
import org.fullsms.export.ExportOptions;
import org.fullsms.export.ExportReport;
import org.fullsms.export.ExportRequest;
import org.fullsms.export.GroupingExport;
import org.fullsms.export.ParticleExport;
import org.fullsms.export.ParticleExporter;

/**
 * Times the CSV exports of 1000 analysed particles (goal ≤ 10 s): each particle a simulated 2-state blinking
 * trace of 60 s at 2–6 kcps (about 200 000 photons), change points at 95 %, grouped, ROI on, 100 ms bins, a
 * ±500 ns correlation of 2001 bins. The analysis runs once; the 1000 particles share its results (the export
 * cost does not depend on which particle it is), under 1000 names.
 */
public final class ExportBenchmark implements Benchmark {

    private static final int PARTICLES = 1000;

    @Override
    public String id() {
        return "export";
    }

    @Override
    public String description() {
        return "all CSV exports (trace, levels, grouped levels, group info, grouping results, correlation) for "
                + PARTICLES + " particles (goal <= 10 s); Parquet tables";
    }

    @Override
    public void run(BenchmarkRun run) throws Exception {
        long[] times = blinking(new SplittableRandom(7), 60e9);
        ChangePointResult cpa = new ChangePointAnalysis().run(times, ChangePointParameters.of(95), null);
        List<LevelInput> levels = new ArrayList<>();
        for (Level l : cpa.levels()) {
            levels.add(new LevelInput(l.photons(), l.dwellS(), l.startS(), l.endS()));
        }
        GroupingInput input = new GroupingInput(levels, times.length, cpa.numChangePoints(),
                (times[times.length - 1] - times[0]) / 1e9);
        GroupingResult grouping = new GroupingAnalysis().run(input, GroupingParameters.DEFAULTS, null);
        CorrelationResult correlation = correlation();
        List<ParticleExport> particles = new ArrayList<>(PARTICLES);
        for (int i = 1; i <= PARTICLES; i++) {
            particles.add(ParticleExport.builder("Particle " + i).absoluteNs(times).changePoints(cpa)
                    .roi(new RegionOfInterest(1, 55)).grouping(new GroupingExport(input, grouping, false))
                    .correlation(correlation).build());
        }
        run.note("input per particle", times.length + " photons, " + cpa.levels().size() + " levels, "
                + grouping.steps().size() + " grouping steps");
        Path root = Files.createTempDirectory("fullsms-export-bench");
        try {
            ExportOptions csv = ExportOptions.of(EnumSet.of(ExportKind.TRACE, ExportKind.LEVELS,
                    ExportKind.GROUPED_LEVELS, ExportKind.GROUP_INFO, ExportKind.GROUPING_RESULTS,
                    ExportKind.CORRELATION)).withOverwrite(true);
            ExportReport[] last = new ExportReport[1];
            ParticleExporter exporter = new ParticleExporter();
            run.time("CSV exports, " + PARTICLES + " particles", 1, 5,
                    () -> last[0] = exporter.run(new ExportRequest(root.resolve("csv"), particles, csv), null));
            run.note("files written", last[0].files().size() + " files, " + size(root.resolve("csv")) / 1024 + " kB");
            ExportOptions parquet = ExportOptions.of(EnumSet.of(ExportKind.PARQUET)).withOverwrite(true);
            run.time("Parquet tables, " + PARTICLES + " particles", 1, 5,
                    () -> exporter.run(new ExportRequest(root.resolve("parquet"), particles, parquet), null));
        } finally {
            delete(root);
        }
    }

    /** A 2-state emitter (6000 / 2000 cps, mean dwell 1 s) as photon times in ns, strictly increasing. */
    static long[] blinking(SplittableRandom random, double durationNs) {
        long[] t = new long[(int) (durationNs * 7e-6)];
        int n = 0;
        double now = 0;
        boolean bright = true;
        double switchAt = -Math.log(1 - random.nextDouble()) * 1e9;
        long last = -1;
        while (now < durationNs && n < t.length) {
            double rate = (bright ? 6000 : 2000) * 1e-9;
            now += -Math.log(1 - random.nextDouble()) / rate;
            if (now > switchAt) {
                now = switchAt;
                bright = !bright;
                switchAt += -Math.log(1 - random.nextDouble()) * 1e9;
                continue;
            }
            long ns = Math.max(last + 1, (long) now);
            t[n++] = ns;
            last = ns;
        }
        return java.util.Arrays.copyOf(t, n);
    }

    private static CorrelationResult correlation() {
        int bins = 2001;
        double[] centres = new double[bins];
        long[] counts = new long[bins];
        for (int i = 0; i < bins; i++) {
            centres[i] = (i - 1000) * 0.5;
            counts[i] = 40 + i % 7;
        }
        return new CorrelationResult("correlation", "bench", CorrelationParameters.defaults(), centres, counts,
                new double[bins], Double.NaN, Double.NaN, CorrelationResult.CENTRE_BIN, null, 1, 1, 1, 1, 1, List.of());
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
