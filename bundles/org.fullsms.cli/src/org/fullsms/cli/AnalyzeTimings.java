package org.fullsms.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where the time of {@code fullsms analyze --timings} goes, printed on standard error at the end: for each part of the
 * run its wall time and the CPU time of the whole process meanwhile (the threads that do the work, the compiler's and
 * the garbage collector's), and for each stage of a particle's analysis the time it ran and the CPU time of the thread
 * that ran it, summed over the threads that analyse particles in parallel. Thread-safe; {@link #OFF} measures
 * nothing.
 */
final class AnalyzeTimings {

    /** The parts of a run, in the order they are printed. */
    enum Part {
        OPEN("open the file", false),
        GRID("decay channel grid and IRF (reads every particle's photons)", false),
        PARTICLES("analyse the particles", false),
        READ("read photons", true),
        LEVELS("change points, levels, bursts", true),
        GROUPING("ROI and grouping", true),
        FITS("lifetime fits (histograms included)", true),
        CORRELATION("correlation (its second channel's photons included)", true),
        EXTENSIONS("extension analyses", true),
        WRITE("write the JSON (main thread, beside the particles)", true),
        GLOBAL("global grouping and the JSON's end", false),
        OUTPUT("session and exports", false);

        final String label;
        /** A stage within "analyse the particles": summed over threads. */
        final boolean stage;

        Part(String label, boolean stage) {
            this.label = label;
            this.stage = stage;
        }
    }

    /** Work that is timed; it may throw what its caller handles. */
    @FunctionalInterface
    interface Work<T, X extends Exception> {
        T run() throws X;
    }

    /** Measures nothing: the runs without {@code --timings} and the batch job. */
    static final AnalyzeTimings OFF = new AnalyzeTimings(false);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean on;
    private final LongAdder[] wallNs = new LongAdder[Part.values().length];
    private final LongAdder[] cpuNs = new LongAdder[Part.values().length];

    private AnalyzeTimings(boolean on) {
        this.on = on;
        for (int i = 0; i < wallNs.length; i++) {
            wallNs[i] = new LongAdder();
            cpuNs[i] = new LongAdder();
        }
    }

    /** Timings that measure. */
    static AnalyzeTimings measuring() {
        return new AnalyzeTimings(true);
    }

    /** Runs {@code work}, adding its wall time and the thread's (a stage) or the process's CPU time to {@code part}. */
    <T, X extends Exception> T time(Part part, Work<T, X> work) throws X {
        if (!on) {
            return work.run();
        }
        long wall = System.nanoTime();
        long cpu = cpuNs(part);
        try {
            return work.run();
        } finally {
            cpuNs[part.ordinal()].add(cpuNs(part) - cpu);
            wallNs[part.ordinal()].add(System.nanoTime() - wall);
        }
    }

    private static long cpuNs(Part part) {
        return part.stage ? THREADS.getCurrentThreadCpuTime() : processCpuNs();
    }

    private static long processCpuNs() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /**
     * Prints the table: the parts, then the process as a whole since it started (the launcher script included),
     * whose CPU time also holds the compiler's and the garbage collector's threads.
     */
    void print(PrintStream err) {
        if (!on) {
            return;
        }
        err.println("timings                                                          wall s     CPU s");
        for (Part p : Part.values()) {
            double wall = wallNs[p.ordinal()].sum() / 1e9;
            double cpu = cpuNs[p.ordinal()].sum() / 1e9;
            if (p.stage && wall == 0) {
                continue; // a stage that did not run
            }
            String label = (p.stage ? "  " : "") + p.label;
            err.println(String.format(Locale.ROOT, "  %-60s %9.2f %9.2f%s", label, wall, cpu,
                    p.stage ? "  (its threads, summed)" : ""));
        }
        double since = ProcessHandle.current().info().startInstant()
                .map(t -> Duration.between(t, Instant.now()).toNanos() / 1e9).orElse(Double.NaN);
        err.println(String.format(Locale.ROOT, "  %-60s %9.2f %9.2f", "the process since its start", since,
                processCpuNs() / 1e9));
    }
}
