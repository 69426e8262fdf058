package org.fullsms.spark;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.fullsms.cli.BatchAnalyze;
import org.fullsms.runtime.FullSms;

/**
 * One run: lists the input files, opens each on an executor to count its particles ({@link FilePlan}), shares the
 * particles out as tasks of at most {@code --particles-per-task} ({@link WorkUnit}), analyses them as
 * {@code fullsms analyze} does ({@link UnitResult}) and writes each {@link BatchTable} and the {@link RunSummary}
 * into the output folder ({@link OutputPlace}). The analysed parts are kept (memory, else disk) while the six tables
 * are written from them, so every particle is analysed once.
 */
final class BatchJob {

    private final SparkSession spark;
    private final JobArguments arguments;
    private final BatchAnalyze analyze;

    BatchJob(SparkSession spark, JobArguments arguments, BatchAnalyze analyze) {
        this.spark = spark;
        this.arguments = arguments;
        this.analyze = analyze;
    }

    /**
     * @throws IllegalArgumentException when the output folder must not be written (nothing is done then)
     * @throws IOException              when the tables or the summary cannot be written
     */
    RunSummary run() throws IOException {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        OutputPlace place = OutputPlace.of(jsc.hadoopConfiguration(), arguments.out(), arguments.overwrite(),
                arguments.inputs(), jsc.sc().applicationId());
        InputFiles inputs = InputFiles.of(arguments.inputs(), OutputPlace.local(arguments.out()));
        // Locals, not fields: Spark ships what the functions capture, and this object is not serializable.
        List<String> options = analyze.options();
        int perTask = arguments.particlesPerTask();
        int exponentials = analyze.exponentials();
        int slots = jsc.defaultParallelism();

        List<FilePlan> plans = inputs.files().isEmpty() ? List.of()
                : jsc.parallelize(inputs.files(), Math.min(inputs.files().size(), 4 * slots))
                        .map(file -> FilePlan.of(file, options, perTask)).collect();
        List<WorkUnit> units = plans.stream().flatMap(p -> p.units(perTask).stream()).toList();
        JavaRDD<UnitResult> results = jsc.parallelize(units, Math.max(1, units.size()))
                .map(unit -> UnitResult.of(unit, options, exponentials))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // One task per unit, so that Spark balances them; the tables are then written from the kept results
            // (writing first would analyse inside the few coalesced writer tasks).
            results.count();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (BatchTable table : BatchTable.values()) {
                JavaRDD<Row> tableRows = results.flatMap(r -> r.rows(table).iterator())
                        .coalesce(Math.max(1, Math.min(units.size(), slots)));
                spark.createDataFrame(tableRows, table.schema(exponentials)).write()
                        .parquet(place.table(table.folder()));
                rows.put(table.folder(), spark.read().parquet(place.table(table.folder())).count());
            }
            List<UnitResult> done = results.map(UnitResult::withoutRows).collect();
            RunSummary summary = new RunSummary(context(jsc), inputs, plans, done, rows,
                    (System.nanoTime() - start) / 1e9);
            place.write("summary.json", summary.bytes());
            place.complete();
            return summary;
        } catch (Exception e) { // Spark's exceptions are unchecked in Java's eyes, whatever their type
            place.discard();
            throw e;
        } finally {
            results.unpersist();
        }
    }

    private JsonObject context(JavaSparkContext jsc) {
        JsonObject j = new JsonObject();
        j.addProperty("full_sms", FullSms.version());
        j.addProperty("finished", Instant.now().toString());
        JsonArray inputs = new JsonArray();
        arguments.inputs().forEach(inputs::add);
        j.add("inputs", inputs);
        JsonArray options = new JsonArray();
        analyze.options().forEach(options::add);
        j.add("analyze_options", options);
        j.addProperty("particles_per_task", arguments.particlesPerTask());
        JsonObject s = new JsonObject();
        s.addProperty("version", jsc.version());
        s.addProperty("master", jsc.master());
        s.addProperty("application_id", jsc.sc().applicationId());
        s.addProperty("default_parallelism", jsc.defaultParallelism());
        j.add("spark", s);
        return j;
    }
}
