package org.fullsms.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fullsms.cli.bench.Benchmark;
import org.fullsms.cli.bench.BenchmarkRun;
import org.fullsms.cli.bench.CorrelationBenchmark;
import org.fullsms.cli.bench.CpaBenchmark;
import org.fullsms.cli.bench.ExportBenchmark;
import org.fullsms.cli.bench.GroupingBenchmark;
import org.fullsms.cli.bench.Hdf5Benchmark;
import org.fullsms.cli.bench.InstrumentFileBenchmark;
import org.fullsms.cli.bench.LifetimeBenchmark;
import org.fullsms.cli.bench.SessionBenchmark;
import org.fullsms.runtime.Services;

/** {@code fullsms benchmark [ID...]}: times the engines on inputs they make themselves (docs/benchmarks.md). */
final class BenchmarkCommand implements Command {

    /** The built-in benchmarks, then those other bundles register as {@link Benchmark} services (sessions). */
    private static List<Benchmark> all() {
        List<Benchmark> all = new ArrayList<>(List.of(new Hdf5Benchmark(), new CpaBenchmark(), new GroupingBenchmark(),
                new LifetimeBenchmark(), new CorrelationBenchmark(), new ExportBenchmark(), new SessionBenchmark(),
                new InstrumentFileBenchmark()));
        all.addAll(Services.all(Benchmark.class));
        return all;
    }

    @Override
    public String name() {
        return "benchmark";
    }

    @Override
    public String summary() {
        return "time the engines (HDF5, change points, grouping, lifetimes, correlation, exports)";
    }

    @Override
    public String usage() {
        StringBuilder s = new StringBuilder("fullsms benchmark [ID...]   (all when no ID is given)\n");
        for (Benchmark b : all()) {
            s.append(String.format(Locale.ROOT, "  %-12s %s%n", b.id(), b.description()));
        }
        return s.toString().stripTrailing();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        List<String> ids = Options.parse(args, Set.of(), Set.of()).positional();
        List<Benchmark> chosen = new ArrayList<>();
        for (Benchmark b : all()) {
            if (ids.isEmpty() || ids.contains(b.id())) {
                chosen.add(b);
            }
        }
        for (String id : ids) {
            if (all().stream().noneMatch(b -> b.id().equals(id))) {
                throw new CliException("no benchmark '" + id + "' (see fullsms help benchmark)");
            }
        }
        out.printf(Locale.ROOT, "Full SMS benchmarks — %d cores, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        BenchmarkRun run = new BenchmarkRun(out);
        for (Benchmark b : chosen) {
            out.println();
            out.println("== " + b.id() + ": " + b.description());
            try {
                b.run(run);
            } catch (Exception e) {
                throw new CliException("benchmark " + b.id() + " failed: " + e, e);
            }
        }
        return OK;
    }
}
