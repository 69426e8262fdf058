package org.fullsms.cli.bench;

/**
 * One benchmark of the {@code fullsms benchmark} command. Implementations make their own input (from the
 * simulator or reference data), time the engine through {@link BenchmarkRun#time} and report figures.
 */
public interface Benchmark {

    /** Short id used on the command line, e.g. {@code cpa}. */
    String id();

    /** One line saying what is measured. */
    String description();

    void run(BenchmarkRun run) throws Exception;
}
