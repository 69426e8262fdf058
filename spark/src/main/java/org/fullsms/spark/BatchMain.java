package org.fullsms.spark;

import java.io.IOException;
import java.io.PrintStream;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.fullsms.cli.BatchAnalyze;
import org.fullsms.cli.CliException;
import org.fullsms.runtime.Services;

/**
 * The batch job's entry point, for {@code spark-submit --class org.fullsms.spark.BatchMain} on a cluster and for
 * {@code spark/fullsms-spark} on one machine ({@link JobArguments#USAGE}). As the command line does: a mistake the
 * user can fix (an option, the output folder) is one line and exit code 2, before Spark starts where possible;
 * exit code 2 also when no particle could be analysed; 1 when the run failed (then the output folder is as it
 * was).
 */
public final class BatchMain {

    private BatchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help")) {
            (args.length == 0 ? err : out).println(JobArguments.USAGE);
            return args.length == 0 ? 2 : 0;
        }
        JobArguments arguments;
        BatchAnalyze analyze;
        try {
            arguments = JobArguments.parse(args);
            analyze = BatchAnalyze.of(arguments.analyzeOptions());
            OutputPlace.checkLocal(arguments.out(), arguments.overwrite(), arguments.inputs());
        } catch (IllegalArgumentException | CliException e) {
            err.println("fullsms-spark: " + e.getMessage() + " (fullsms-spark --help)");
            return 2;
        }
        Services.classpathProblems().forEach(p -> err.println("fullsms-spark: warning: " + p));
        SparkConf conf = new SparkConf().setAppName("Full SMS batch analysis");
        if (arguments.master() != null) {
            conf.setMaster(arguments.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            RunSummary summary = new BatchJob(spark, arguments, analyze).run();
            out.println(summary.line(arguments.out()));
            if (summary.particles() == 0) {
                err.println("fullsms-spark: no particle could be analysed (see summary.json in " + arguments.out()
                        + ")");
                return 2;
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("fullsms-spark: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("fullsms-spark: writing " + arguments.out() + " failed: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            // Spark's own failures (a lost cluster, a job aborted after retries) arrive as unchecked exceptions.
            err.println("fullsms-spark: the run failed, nothing was written to " + arguments.out() + ": " + e);
            return 1;
        } finally {
            spark.stop();
        }
    }
}
