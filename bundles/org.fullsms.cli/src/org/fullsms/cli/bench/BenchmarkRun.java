package org.fullsms.cli.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times tasks as wall-clock repetitions after warm-up and prints min / median / max in milliseconds.
 * Whole-JVM figures (not JMH), good enough for the millisecond-to-second scales the goals name.
 */
public final class BenchmarkRun {

    /** A unit of work to time; may throw. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private final PrintStream out;

    public BenchmarkRun(PrintStream out) {
        this.out = out;
    }

    /** Runs {@code task} {@code warmups} times untimed, then {@code runs} times timed; returns the median ms. */
    public double time(String label, int warmups, int runs, Task task) throws Exception {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        out.printf(Locale.ROOT, "%-58s min %10.3f ms  median %10.3f ms  max %10.3f ms  (%d runs)%n", label, ms[0],
                median, ms[runs - 1], runs);
        return median;
    }

    /** Prints a figure that is not a time (memory, throughput, counts). */
    public void note(String label, String value) {
        out.printf(Locale.ROOT, "%-58s %s%n", label, value);
    }
}
