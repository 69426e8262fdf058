package org.fullsms.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.fullsms.cli.fuzz.FuzzTarget.Call;
import org.fullsms.cli.fuzz.Mutator.Mutation;
import org.fullsms.cli.fuzz.Verdict.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 7: seeded mutations of the shared HDF5 files, of a saved session, of photon CSV files and of IRF
 * texts, each run in-process through its command (info, analyze [--fit 1 --irf], convert, export) with a timeout.
 * Fails on a hang, anything escaping {@code Cli.run}, exit 1, a stack trace, a multi-line exit-2 error or an
 * exit 0 that wrote nothing, unless the signature is in {@link KnownFailures}. Writes a summary grouped by
 * signature to {@code target/fuzz/summary.txt}, with the replay properties of each first occurrence.
 *
 * <p>System properties (passed through the pom): {@code fullsms.fuzz.inputs} (default 2000),
 * {@code fullsms.fuzz.seed} (13), {@code fullsms.fuzz.first} (index of the first input, 0),
 * {@code fullsms.fuzz.timeout} (ms per input, 15000), {@code fullsms.fuzz.replay} (a comma-separated list of input
 * numbers to run instead). Input {@code i} depends only on seed and {@code i}.
 */
class CliFuzzTest {

    private static final int INPUTS = Integer.getInteger("fullsms.fuzz.inputs", 2000);
    private static final long SEED = Long.getLong("fullsms.fuzz.seed", 13);
    private static final int FIRST = Integer.getInteger("fullsms.fuzz.first", 0);
    private static final long TIMEOUT_MS = Long.getLong("fullsms.fuzz.timeout", 15_000);
    /** Input numbers to run instead of first..first+inputs-1, e.g. {@code 229,403} (replaying findings). */
    private static final String REPLAY = System.getProperty("fullsms.fuzz.replay", "all").trim();
    private static final boolean ALL = !REPLAY.matches("[0-9][0-9, ]*"); // the pom's default is "all"
    private static final int[] RUN = ALL ? IntStream.range(FIRST, FIRST + INPUTS).toArray()
            : Stream.of(REPLAY.split(",")).mapToInt(x -> Integer.parseInt(x.trim())).toArray();
    private static final Path REPORT = Path.of(System.getProperty("fullsms.fuzz.report", "target/fuzz"));

    @TempDir
    Path tmp;

    /** Count and first occurrence of one signature. */
    private static final class Tally {
        final Verdict verdict;
        int count;
        String first;

        Tally(Verdict verdict) {
            this.verdict = verdict;
        }

        boolean known() {
            return KnownFailures.match(verdict).isPresent();
        }
    }

    @Test
    void mutatedInputsNeverCrashHangOrFailSilently() throws IOException {
        List<FuzzTarget> targets = FuzzTargets.all(tmp);
        Map<String, Tally> failures = new LinkedHashMap<>();
        Map<String, Tally> messages = new LinkedHashMap<>();
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        Map<String, long[]> times = new LinkedHashMap<>(); // target name -> runs, total and longest nanoseconds
        Files.createDirectories(REPORT.resolve("inputs"));
        long start = System.nanoTime();
        try (FuzzRunner runner = new FuzzRunner(TIMEOUT_MS)) {
            for (int n = 0; n < RUN.length; n++) {
                int i = RUN[n];
                FuzzTarget target = targets.get(Math.floorMod(i, targets.size()));
                Mutation m = Mutator.mutate(target.seed(), target.text(), new Random(SEED * 0x9E3779B97F4A7C15L + i));
                Path work = Files.createDirectories(tmp.resolve("run-" + i));
                Path input = work.resolve(target.fileName());
                Files.write(input, m.bytes());
                Call call = target.call().of(input, work);
                long t0 = System.nanoTime();
                Verdict v = Verdict.of(call, runner.run(call.args()), tmp);
                long[] time = times.computeIfAbsent(target.name(), name -> new long[3]);
                time[0]++;
                time[1] += System.nanoTime() - t0;
                time[2] = Math.max(time[2], System.nanoTime() - t0);
                kinds.merge(v.kind(), 1, Integer::sum);
                if (v.kind() != Kind.OK) {
                    Tally t = (v.failure() ? failures : messages).computeIfAbsent(v.signature(), s -> new Tally(v));
                    if (t.count++ == 0) {
                        t.first = String.format("input #%d, %s, mutation: %s%n      replay: -Dfullsms.fuzz.seed=%d"
                                + " -Dfullsms.fuzz.first=%d -Dfullsms.fuzz.inputs=1", i, target.name(), m.description(),
                                SEED, i);
                        if (v.failure()) {
                            Files.write(REPORT.resolve("inputs").resolve("input-" + i + "-" + target.fileName()), m.bytes());
                        }
                    }
                }
                if (!v.kind().equals(Kind.HANG)) {
                    delete(work); // a hung call may still be using its folder
                }
                if ((n + 1) % 1000 == 0) { // progress of long runs
                    Files.writeString(REPORT.resolve("summary.txt"), "(in progress)\n"
                            + summary(times, kinds, failures, messages, (System.nanoTime() - start) / 1e9, n + 1));
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> unexpected = failures.entrySet().stream().filter(e -> !e.getValue().known())
                .map(Map.Entry::getKey).toList();
        String summary = summary(times, kinds, failures, messages, seconds, RUN.length);
        Files.writeString(REPORT.resolve("summary.txt"), summary);
        System.out.println(summary);
        assertTrue(unexpected.isEmpty(), unexpected.size() + " failure signature(s) not in KnownFailures (see "
                + REPORT.toAbsolutePath().resolve("summary.txt") + "):\n" + String.join("\n", unexpected));
        assertEquals(RUN.length, kinds.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static String summary(Map<String, long[]> times, Map<Kind, Integer> kinds, Map<String, Tally> failures,
            Map<String, Tally> messages, double seconds, int inputs) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Fuzz run: seed %d, inputs %s (%d) in %.1f s (%.1f inputs/s), timeout %d ms%n",
                SEED, ALL ? "#" + FIRST + "..#" + (FIRST + inputs - 1) : REPLAY, inputs, seconds,
                inputs / seconds, TIMEOUT_MS));
        s.append("Targets (inputs, mean ms, max ms):");
        times.forEach((name, t) -> s.append(String.format(Locale.ROOT, " %s (%d, %.0f, %.0f);", name, t[0],
                t[1] / 1e6 / t[0], t[2] / 1e6)));
        s.append('\n');
        s.append("Outcomes: ").append(kinds).append("\n\n");
        s.append("FAILURES by signature (").append(failures.size()).append("):\n");
        failures.entrySet().stream().sorted(Comparator.comparing(e -> -e.getValue().count)).forEach(e -> s.append(
                String.format("  %5d  %s  [%s]%n      first: %s%n", e.getValue().count, e.getKey(),
                        e.getValue().known() ? "known" : "NEW", e.getValue().first)));
        s.append("\nKnown failures not seen in this run:\n");
        KnownFailures.LIST.stream().filter(k -> failures.values().stream().noneMatch(t -> k.matches(t.verdict)))
                .forEach(k -> s.append("  ").append(k).append('\n'));
        s.append("\nOne-line exit-2 messages by signature (").append(messages.size()).append("):\n");
        messages.entrySet().stream().sorted(Comparator.comparing(e -> -e.getValue().count)).forEach(e -> s.append(
                String.format("  %5d  %s%n", e.getValue().count, e.getKey())));
        return s.toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for @TempDir to clean up
        }
    }
}
