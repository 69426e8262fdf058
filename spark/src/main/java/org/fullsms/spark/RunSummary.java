package org.fullsms.spark;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code summary.json} of a run: what was asked (inputs, options, Spark), what became of every input file
 * (analysed with its particles, failed with the reason, skipped), the totals and the timing. The tables say the
 * rest, per particle.
 */
final class RunSummary {

    /** One analysed file: its particles, tasks and the tasks' summed time. */
    private static final class FileTotal {
        int particles;
        int tasks;
        double seconds;
    }

    private final JsonObject json = new JsonObject();
    private final int particles;
    private final int filesAnalysed;
    private final int filesFailed;
    private final int filesSkipped;

    /**
     * @param context what was asked and where it ran (version, master, options, ...), written first
     * @param seconds the run's wall time up to the summary
     */
    RunSummary(JsonObject context, InputFiles inputs, List<FilePlan> plans, List<UnitResult> results,
            Map<String, Long> rows, double seconds) {
        context.entrySet().forEach(e -> json.add(e.getKey(), e.getValue()));
        Map<String, FileTotal> files = new LinkedHashMap<>();
        JsonArray failed = new JsonArray();
        inputs.missing().forEach(p -> failed.add(problem(p)));
        for (FilePlan plan : plans) {
            if (plan.problem() != null) {
                failed.add(problem(plan.problem()));
            } else {
                files.put(plan.file(), new FileTotal());
            }
        }
        Map<String, Integer> stageFailures = new TreeMap<>();
        int total = 0;
        int brokeOff = 0;
        double taskSeconds = 0;
        for (UnitResult r : results) {
            taskSeconds += r.seconds();
            if (r.problem() != null) {
                failed.add(problem(r.problem()));
                continue;
            }
            FileTotal f = files.get(r.unit().file());
            f.particles += r.particles();
            f.tasks++;
            f.seconds += r.seconds();
            total += r.particles();
            brokeOff += r.brokeOff();
            r.stageFailures().forEach((stage, n) -> stageFailures.merge(stage, n, Integer::sum));
        }
        particles = total;
        filesAnalysed = files.size();
        filesFailed = failed.size();
        filesSkipped = inputs.skipped().size();

        JsonObject totals = new JsonObject();
        totals.addProperty("files_analysed", filesAnalysed);
        totals.addProperty("failures", filesFailed);
        totals.addProperty("files_skipped", filesSkipped);
        totals.addProperty("particles", total);
        totals.addProperty("particles_broken_off", brokeOff);
        JsonObject stages = new JsonObject();
        stageFailures.forEach(stages::addProperty);
        totals.add("particles_with_failed_stage", stages);
        JsonObject tableRows = new JsonObject();
        rows.forEach(tableRows::addProperty);
        totals.add("rows", tableRows);
        json.add("totals", totals);

        JsonObject timing = new JsonObject();
        timing.addProperty("wall_seconds", seconds);
        timing.addProperty("task_seconds", taskSeconds);
        timing.addProperty("particles_per_second", seconds > 0 ? total / seconds : 0);
        json.add("timing", timing);

        JsonArray analysed = new JsonArray();
        files.forEach((file, f) -> {
            JsonObject j = new JsonObject();
            j.addProperty("file", file);
            j.addProperty("particles", f.particles);
            j.addProperty("tasks", f.tasks);
            j.addProperty("task_seconds", f.seconds);
            analysed.add(j);
        });
        json.add("analysed", analysed);
        json.add("failed", failed);
        JsonArray skipped = new JsonArray();
        inputs.skipped().forEach(skipped::add);
        json.add("skipped", skipped);
    }

    private static JsonObject problem(Problem p) {
        JsonObject j = new JsonObject();
        j.addProperty("file", p.file());
        j.addProperty("error", p.message());
        return j;
    }

    int particles() {
        return particles;
    }

    byte[] bytes() {
        return (new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(json)
                + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The run in one line, for the terminal. */
    String line(String out) {
        return "analysed " + particles + " particles of " + filesAnalysed + (filesAnalysed == 1 ? " file" : " files")
                + " into " + out + (filesFailed == 0 ? "" : "; " + filesFailed + (filesFailed == 1 ? " failure" : " failures"))
                + (filesSkipped == 0 ? "" : "; " + filesSkipped + " skipped (not data files)")
                + " (see summary.json there)";
    }
}
