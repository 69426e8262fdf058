package org.fullsms.spark;

import java.util.ArrayList;
import java.util.List;

import org.fullsms.cli.BatchAnalyze;

/**
 * The batch job's command line: {@code INPUT... --out DIR [--overwrite] [--particles-per-task N] [--master URL]}
 * followed or interleaved by any option of {@code fullsms analyze} ({@link BatchAnalyze} checks those).
 *
 * @param inputs           data files and folders, as given
 * @param out              the folder the tables go into (any Hadoop file system URI; a plain path is local)
 * @param overwrite        replace {@code out} when it exists
 * @param particlesPerTask the largest number of a file's particles one Spark task analyses
 * @param master           the Spark master when the job is started with {@code java} rather than spark-submit, or
 *                         null (then spark-submit's, or {@code local[*]})
 * @param analyzeOptions   the options of {@code fullsms analyze}, in the order given
 */
record JobArguments(List<String> inputs, String out, boolean overwrite, int particlesPerTask, String master,
        List<String> analyzeOptions) {

    static final int DEFAULT_PARTICLES_PER_TASK = 8;

    static final String USAGE = """
            usage: fullsms-spark INPUT... --out DIR [--overwrite] [--particles-per-task 8] [--master local[N]|URL]
                                 [fullsms analyze options: --group --fit 2 --correlate --confidence 95 ...]
              Analyses every particle of the data files (folders: every file in them that an importer's name
              pattern matches) as 'fullsms analyze FILE [options]' does, and writes the Parquet tables particles,
              levels, group_levels, groups, fits and correlations and summary.json into DIR (docs/scale.md).""";

    /** @throws IllegalArgumentException with a one-line message naming the argument */
    static JobArguments parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        List<String> analyze = new ArrayList<>();
        String out = null;
        String master = null;
        boolean overwrite = false;
        int perTask = DEFAULT_PARTICLES_PER_TASK;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                inputs.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = a.substring(2, eq < 0 ? a.length() : eq);
            boolean own = List.of("out", "master", "particles-per-task").contains(name);
            String value = eq >= 0 ? a.substring(eq + 1)
                    : own || BatchAnalyze.takesValue(name) ? next(args, ++i, a) : null;
            switch (name) {
                case "out" -> out = value;
                case "master" -> master = value;
                case "particles-per-task" -> perTask = positive(value, a);
                case "overwrite" -> overwrite = true;
                default -> {
                    analyze.add(a);
                    if (eq < 0 && value != null) {
                        analyze.add(value);
                    }
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("needs at least one INPUT file or folder");
        }
        if (out == null) {
            throw new IllegalArgumentException("needs --out DIR, the folder for the tables");
        }
        return new JobArguments(List.copyOf(inputs), out, overwrite, perTask, master, List.copyOf(analyze));
    }

    private static String next(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String text, String option) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1 && n <= 1_000_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the line below says what is accepted
        }
        throw new IllegalArgumentException(option + " takes a whole number from 1 to 1000000, got '" + text + "'");
    }
}
