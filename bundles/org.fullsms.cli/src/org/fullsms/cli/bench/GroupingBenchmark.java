package org.fullsms.cli.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.fullsms.analysis.grouping.GlobalGrouping;
import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.analysis.grouping.GroupingAnalysis;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.grouping.LevelInput;

/**
 * Times AHCA + EM + BIC grouping on the original's levels when the shared reference data are present (real
 * trace at 99 %: 44 levels, original 4.5 s CPU; at 69 %: 108 levels, 32 s; simulated cp04 at 69 %: 311 levels,
 * 237 s), on simulated 2-state blinking traces of 300 and 1000 levels (the original needed 436 s CPU for 428
 * levels), and global grouping of 100 and 1000 simulated particles (about 7 000 and 70 000 levels, made by the
 * simulator and change point analysis first; issue 19's goal: 1000 particles in at most 30 s).
 */
public final class GroupingBenchmark implements Benchmark {

    /** System property naming the shared reference data folder, as the tests use it. */
    private static final String DATA_PROPERTY = "fullsms.shared.data";

    @Override
    public String id() {
        return "grouping";
    }

    @Override
    public String description() {
        return "level grouping (AHCA + EM + BIC): original levels (44, 108, 311), 300 / 1000 simulated levels, "
                + "global grouping of 100 / 1000 simulated particles";
    }

    @Override
    public void run(BenchmarkRun run) throws Exception {
        GroupingAnalysis engine = new GroupingAnalysis();
        GroupingParameters params = GroupingParameters.DEFAULTS;
        Path golden = dataFile("fullsms_golden_full.json");
        Path reference = dataFile("reference/cpa/cpa_results.json");
        if (golden != null) {
            JsonObject all = readJson(golden);
            for (String confidence : new String[] { "0.99", "0.69" }) {
                GroupingInput input = input(all.getAsJsonObject(confidence));
                time(run, engine, params, input, "real trace, " + confidence + ", " + input.levels().size()
                        + " original levels", 10, 31);
            }
        } else {
            run.note("real trace", "skipped: shared data not found (set -D" + DATA_PROPERTY + ")");
        }
        if (reference != null) {
            JsonObject cp04 = readJson(reference).getAsJsonObject("cp04_3state_N3e5");
            GroupingInput input = input(cp04.getAsJsonObject("0.69"));
            time(run, engine, params, input, "reference cp04_3state_N3e5, 0.69, " + input.levels().size() + " levels",
                    3, 11);
        }
        for (int levels : new int[] { 300, 1000 }) {
            GroupingInput input = GroupingInput.ofLevels(blinking(levels, 42));
            time(run, engine, params, input, "simulated 2-state blinking, " + levels + " levels", 3, 7);
        }
        for (int particles : new int[] { 100, 1000 }) {
            run.note("global, " + particles + " particles", "simulating them and resolving their levels first");
            List<GroupingInput> inputs = SimulatedParticleLevels.make(particles);
            int levels = inputs.stream().mapToInt(i -> i.levels().size()).sum();
            run.note("  load average (1, 5, 15 min) before timing", loadAverage());
            GlobalGroupingResult[] last = new GlobalGroupingResult[1];
            run.time("global grouping, " + particles + " simulated particles, " + levels + " levels", 1,
                    particles >= 1000 ? 3 : 5, () -> last[0] = new GlobalGrouping().run(inputs, params, null));
            GroupingResult result = last[0].combined();
            run.note("  steps / best number of groups", String.format(Locale.ROOT, "%d / %d", result.steps().size(),
                    result.best().numGroups()));
        }
    }

    private static void time(BenchmarkRun run, GroupingAnalysis engine, GroupingParameters params, GroupingInput input,
            String label, int warmups, int runs) throws Exception {
        GroupingResult[] last = new GroupingResult[1];
        run.time(label, warmups, runs, () -> last[0] = engine.run(input, params, null));
        GroupingResult result = last[0];
        run.note("  steps / best number of groups", String.format(Locale.ROOT, "%d / %d", result.steps().size(),
                result.best().numGroups()));
    }

    /**
     * A blinking trace of {@code count} levels: 1.5 and 10 kcps states, exponential dwells of mean 0.5 and 1.5 s,
     * Poisson photon counts (normal approximation above a mean of 30).
     */
    static List<LevelInput> blinking(int count, long seed) {
        Random random = new Random(seed);
        double[] rates = { 1500, 10000 };
        double[] dwells = { 0.5, 1.5 };
        List<LevelInput> levels = new ArrayList<>(count);
        double time = 0;
        for (int j = 0; j < count; j++) {
            int state = j % 2;
            double dwell = -dwells[state] * Math.log(1 - random.nextDouble());
            double mean = rates[state] * dwell;
            long photons;
            if (mean < 30) {
                photons = 0;
                double limit = Math.exp(-mean);
                for (double product = random.nextDouble(); product > limit; product *= random.nextDouble()) {
                    photons++;
                }
            } else {
                photons = Math.round(mean + Math.sqrt(mean) * random.nextGaussian());
            }
            levels.add(new LevelInput(Math.max(1, photons), dwell, time, time + dwell));
            time += dwell;
        }
        return levels;
    }

    /** The machine is shared: the load average says how much of it the timings had. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Paths.get("/proc/loadavg")).trim().split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "not available";
        }
    }

    private static JsonObject readJson(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return JsonParser.parseReader(reader).getAsJsonObject();
        }
    }

    /** The original's levels ({@code [first, last, photons, start_ns, end_ns, cps]}) of one CPA result. */
    private static GroupingInput input(JsonObject particle) {
        JsonArray levels = particle.getAsJsonArray("levels");
        List<LevelInput> list = new ArrayList<>();
        for (JsonElement element : levels) {
            JsonArray level = element.getAsJsonArray();
            long startNs = level.get(3).getAsLong();
            long endNs = level.get(4).getAsLong();
            list.add(new LevelInput(level.get(2).getAsLong(), (endNs - startNs) / 1e9, startNs / 1e9, endNs / 1e9));
        }
        double duration = list.get(list.size() - 1).endS() - list.get(0).startS();
        return new GroupingInput(list, particle.get("num_photons").getAsLong(), particle.get("num_cpts").getAsInt(),
                duration);
    }

    /** The shared reference data file, from the system property or a {@code shared/data} folder above the cwd. */
    private static Path dataFile(String name) {
        String configured = System.getProperty(DATA_PROPERTY);
        if (configured != null && Files.isRegularFile(Paths.get(configured, name))) {
            return Paths.get(configured, name);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
