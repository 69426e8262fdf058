package org.fullsms.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.apache.spark.sql.Row;
import org.fullsms.cli.BatchAnalyze.Analysed;
import org.fullsms.cli.BatchAnalyze;
import org.fullsms.cli.CliException;

/**
 * What one task made of its {@link WorkUnit}: the rows of every table, and for the run summary its time, its
 * particles and their failed stages; or why the part could not be analysed (the file changed or vanished since it
 * was planned, or an engine broke).
 *
 * @param seconds       the task's analysis time
 * @param particles     particles analysed (listed in the particles table)
 * @param brokeOff      particles whose analysis broke off (no results)
 * @param stageFailures particles with a failed stage, by stage ("levels", "fits", ...)
 * @param tables        rows by {@link BatchTable} ordinal; empty once collected for the summary
 */
record UnitResult(WorkUnit unit, double seconds, Problem problem, int particles, int brokeOff,
        Map<String, Integer> stageFailures, List<List<Row>> tables) implements Serializable {

    static UnitResult of(WorkUnit unit, List<String> options, int exponentials) {
        long start = System.nanoTime();
        try {
            BatchAnalyze batch = BatchAnalyze.of(options);
            List<Analysed> analysed = batch.analyze(Path.of(unit.file()), unit.from(), unit.to(), unit.binning());
            List<List<Row>> tables = new ArrayList<>();
            for (BatchTable t : BatchTable.values()) {
                tables.add(t.rows(unit.file(), analysed, exponentials, batch.intensityUnit()));
            }
            Map<String, Integer> failures = new TreeMap<>();
            int brokeOff = 0;
            for (Analysed a : analysed) {
                brokeOff += a.tables() == null ? 1 : 0;
                JsonElement stages = a.json().get("stages");
                if (stages instanceof JsonObject s) {
                    s.entrySet().stream().filter(e -> e.getValue().getAsString().startsWith("error"))
                            .forEach(e -> failures.merge(e.getKey(), 1, Integer::sum));
                }
            }
            return new UnitResult(unit, since(start), null, analysed.size(), brokeOff, failures, tables);
        } catch (IOException | CliException e) {
            return failed(unit, start, e.getMessage());
        } catch (RuntimeException e) {
            return failed(unit, start, "internal error: " + e);
        }
    }

    private static UnitResult failed(WorkUnit unit, long start, String message) {
        String part = "particles " + (unit.from() + 1) + "-" + unit.to() + ": ";
        return new UnitResult(unit, since(start), new Problem(unit.file(), part + message), 0, 0, Map.of(),
                List.of());
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    List<Row> rows(BatchTable table) {
        return tables.isEmpty() ? List.of() : tables.get(table.ordinal());
    }

    /** Without its rows, for the driver's summary. */
    UnitResult withoutRows() {
        return new UnitResult(unit, seconds, problem, particles, brokeOff, stageFailures, List.of());
    }
}
