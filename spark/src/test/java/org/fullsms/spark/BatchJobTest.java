package org.fullsms.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fullsms.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch job on {@code local[2]} against {@code fullsms analyze --export} on the same simulated files: the same
 * particles, levels, group levels, groups, fits and correlations, cell for cell. Two files are shared among several
 * tasks (two particles each), so a part of a file must give what the whole file gives. A folder with notes and a
 * broken data file named beside it show that a bad input is listed in the summary while the others are analysed.
 */
class BatchJobTest {

    private static final List<String> OPTIONS = List.of("--group", "--fit", "2", "--correlate");

    @TempDir
    static Path dir;
    static Path out;
    static List<Path> files;
    static SparkSession spark;

    @BeforeAll
    static void analyse() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        files = List.of(data.resolve("a.h5"), data.resolve("b.h5"), data.resolve("c.h5"));
        simulate(files.get(0), 3, 1, "--two-channels"); // 6 particles: 3 tasks on one shared decay grid
        simulate(files.get(1), 3, 2);
        simulate(files.get(2), 1, 3);
        Files.writeString(data.resolve("notes.txt"), "not a data file\n");
        Path broken = dir.resolve("broken.h5");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(broken, noise);
        for (Path f : files) {
            List<String> args = new ArrayList<>(List.of("analyze", f.toString(), "--export", export(f).toString(),
                    "--format", "both", "--json", json(f).toString()));
            args.addAll(OPTIONS);
            assertEquals(0, cli(args.toArray(String[]::new)), "fullsms analyze " + f);
        }

        out = dir.resolve("tables");
        List<String> job = new ArrayList<>(List.of(data.toString(), broken.toString(), "--out", out.toString(),
                "--master", "local[2]", "--particles-per-task", "2"));
        job.addAll(OPTIONS);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int code = BatchMain.run(job.toArray(String[]::new), new PrintStream(text, true, StandardCharsets.UTF_8),
                System.err);
        assertEquals(0, code, text.toString(StandardCharsets.UTF_8));
        assertTrue(text.toString(StandardCharsets.UTF_8).startsWith("analysed 10 particles of 3 files"), text::toString);
        spark = SparkSession.builder().master("local[2]").appName("BatchJobTest").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void levelsGroupLevelsAndGroupsAreTheParquetExport() {
        for (Path f : files) {
            for (String table : List.of("levels", "group_levels", "groups")) {
                Dataset<Row> exported = spark.read().parquet(export(f).resolve(table + ".parquet").toString());
                Dataset<Row> batch = table(table, f);
                assertEquals(Arrays.asList(exported.columns()), Arrays.asList(batch.columns()), table + " columns");
                List<String> expected = lines(exported);
                assertFalse(expected.isEmpty(), table + " of " + f + " is empty: nothing would be compared");
                assertSameLines(expected, lines(batch), table + " of " + f);
            }
        }
    }

    @Test
    void fitsAreTheLifetimeCsvFilesAndGroupLevelsTable() throws IOException {
        for (Path f : files) {
            Dataset<Row> fits = table("fits", f);
            List<String> expected = new ArrayList<>();
            List<String> csvColumns = null;
            for (String[] row : csv(export(f).resolve("Whole trace lifetimes.csv"))) {
                if (csvColumns == null) {
                    csvColumns = List.of(row);
                    continue;
                }
                String particle = "Particle " + row[0] + (row[1].equals("1") ? "" : "_2");
                expected.add(fitLine(particle, "whole_trace", "null", csvColumns, row, 2));
            }
            try (Stream<Path> perParticle = Files.list(export(f))) {
                for (Path csv : perParticle.sorted().toList()) {
                    String name = csv.getFileName().toString();
                    String decay = name.endsWith(" levels-lifetimes.csv") ? "level"
                            : name.endsWith(" group-level-lifetimes.csv") ? "group_level" : null;
                    if (decay == null) {
                        continue;
                    }
                    String particle = name.substring(0, name.lastIndexOf(' '));
                    List<String> columns = null;
                    for (String[] row : csv(csv)) {
                        if (columns == null) {
                            columns = List.of(row);
                        } else {
                            expected.add(fitLine(particle, decay, row[0], columns, row, 1));
                        }
                    }
                }
            }
            List<String> batchColumns = new ArrayList<>(List.of("particle", "decay", "number"));
            batchColumns.addAll(csvColumns.subList(2, csvColumns.size()).stream().map(BatchJobTest::fitColumn).toList());
            Dataset<Row> csvLike = fits.filter("decay != 'group'")
                    .selectExpr(batchColumns.stream().map(c -> "`" + c + "`").toArray(String[]::new));
            expected.sort(null);
            assertFalse(expected.isEmpty(), "no fits in " + f);
            assertSameLines(expected, lines(csvLike), "fits of " + f);
            // Group fits have no CSV file: the analyze JSON lists as many per particle.
            long groupFits = 0;
            for (JsonElement p : analyzeJson(f)) {
                JsonObject fitsJson = p.getAsJsonObject().getAsJsonObject("fits");
                groupFits += fitsJson == null ? 0 : fitsJson.getAsJsonArray("groups").asList().stream()
                        .filter(g -> !g.isJsonNull()).count();
            }
            assertEquals(groupFits, fits.filter("decay = 'group'").count(), "group fits of " + f);
        }
    }

    @Test
    void correlationsAreTheCorrCsvFiles() throws IOException {
        for (Path f : files) {
            List<String> expected = new ArrayList<>();
            try (Stream<Path> csvs = Files.list(export(f))) {
                for (Path csv : csvs.filter(c -> c.getFileName().toString().endsWith(" corr.csv")).toList()) {
                    String name = csv.getFileName().toString();
                    String particle = name.substring(0, name.length() - " corr.csv".length());
                    csv(csv).stream().skip(1).forEach(r -> expected.add(String.join("|", particle, r[0],
                            number(r[1]), r[2])));
                }
            }
            expected.sort(null);
            assertEquals(f.equals(files.get(0)), !expected.isEmpty(), "only a.h5 has second channels to correlate");
            assertSameLines(expected, lines(table("correlations", f)), "correlations of " + f);
        }
    }

    @Test
    void particlesAreTheAnalyzeJson() throws IOException {
        for (Path f : files) {
            List<String> expected = new ArrayList<>();
            for (JsonElement p : analyzeJson(f)) {
                Row row = ParticleRows.row(f.toString(), p.getAsJsonObject());
                expected.add(line(row).substring(f.toString().length() + 1)); // the file column is dropped below
            }
            expected.sort(null);
            List<String> batch = lines(table("particles", f));
            assertSameLines(expected, batch, "particles of " + f);
            assertTrue(batch.stream().allMatch(l -> l.contains("|ok|ok|ok|")), "every stage ok: " + batch);
        }
    }

    @Test
    void summaryListsTheBrokenFileAndTheSkippedOnes() throws IOException {
        JsonObject summary = JsonParser.parseString(Files.readString(out.resolve("summary.json"))).getAsJsonObject();
        JsonObject totals = summary.getAsJsonObject("totals");
        assertEquals(10, totals.get("particles").getAsInt());
        assertEquals(3, totals.get("files_analysed").getAsInt());
        assertEquals(1, totals.get("failures").getAsInt());
        JsonObject failed = summary.getAsJsonArray("failed").get(0).getAsJsonObject();
        assertTrue(failed.get("file").getAsString().endsWith("broken.h5"), failed.toString());
        assertTrue(failed.get("error").getAsString().contains("not a file Full SMS can read"), failed.toString());
        List<String> skipped = summary.getAsJsonArray("skipped").asList().stream().map(JsonElement::getAsString)
                .map(s -> Path.of(s).getFileName().toString()).sorted().toList();
        assertEquals(List.of("a.truth.json", "b.truth.json", "c.truth.json", "notes.txt"), skipped);
        assertEquals(6, summary.getAsJsonArray("analysed").get(0).getAsJsonObject().get("particles").getAsInt());
        assertEquals(3, summary.getAsJsonArray("analysed").get(0).getAsJsonObject().get("tasks").getAsInt());
        try (Stream<Path> beside = Files.list(dir)) {
            assertTrue(beside.noneMatch(p -> p.getFileName().toString().contains("incomplete")),
                    "the temporary folder is moved into place");
        }
    }

    // ---- helpers

    private static void simulate(Path file, int particles, int seed, String... more) {
        List<String> args = new ArrayList<>(List.of("simulate", "--out", file.toString(), "--particles",
                String.valueOf(particles), "--duration", "5", "--seed", String.valueOf(seed)));
        args.addAll(List.of(more));
        assertEquals(0, cli(args.toArray(String[]::new)), "simulate " + file);
    }

    private static int cli(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return new Cli().run(args, new PrintStream(sink, true, StandardCharsets.UTF_8), System.err);
    }

    private static Path export(Path file) {
        return dir.resolve("export-" + file.getFileName());
    }

    private static Path json(Path file) {
        return dir.resolve(file.getFileName() + ".json");
    }

    private static List<JsonElement> analyzeJson(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(json(file))).getAsJsonObject().getAsJsonArray("particles")
                .asList();
    }

    /** The batch table's rows of one file, without the file column. */
    private static Dataset<Row> table(String name, Path file) {
        return spark.read().parquet(out.resolve(name).toString()).filter(
                org.apache.spark.sql.functions.col("file").equalTo(file.toString())).drop("file");
    }

    /** Equal lists of lines; else the counts and the first line that differs, not two lists of a thousand lines. */
    private static void assertSameLines(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ": line " + (i + 1) + " of " + expected.size()
                    + " (sorted)");
        }
        assertEquals(expected.size(), actual.size(), what + ": rows");
    }

    /** Every row as one exact line (doubles print with all their digits), sorted. */
    private static List<String> lines(Dataset<Row> rows) {
        return rows.collectAsList().stream().map(BatchJobTest::line).sorted().toList();
    }

    private static String line(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            Object v = row.get(i);
            cells.add(v instanceof scala.collection.Seq<?> ? row.getList(i).toString()
                    : v instanceof Object[] a ? Arrays.asList(a).toString() : String.valueOf(v));
        }
        return String.join("|", cells);
    }

    private static List<String[]> csv(Path file) throws IOException {
        return Arrays.stream(Files.readString(file).split("\r\n")).map(l -> l.split(",", -1)).toList();
    }

    /** A CSV number as Java prints the double (the exports print Python's {@code str(float)}). */
    private static String number(String cell) {
        return switch (cell) {
            case "" -> "null";
            case "nan" -> "NaN";
            case "inf" -> "Infinity";
            case "-inf" -> "-Infinity";
            default -> String.valueOf(Double.parseDouble(cell));
        };
    }

    /** One lifetime CSV row as the batch fits table's line of the same columns. */
    private static String fitLine(String particle, String decay, String number, List<String> columns, String[] row,
            int first) {
        List<String> cells = new ArrayList<>(List.of(particle, decay, number));
        for (int c = first; c < row.length; c++) {
            String header = columns.get(c);
            Function<String, String> value = header.equals("Fit Status") ? s -> s
                    : header.equals("ROI applied") ? s -> String.valueOf(Boolean.parseBoolean(s)) : BatchJobTest::number;
            cells.add(value.apply(row[c]));
        }
        return String.join("|", cells);
    }

    private static final Map<String, String> FIT_COLUMNS = Map.ofEntries(Map.entry("Av. Lifetime (ns)", "av_tau"),
            Map.entry("Av. Lifetime std (ns)", "av_tau_std"), Map.entry("IRF Shift (ns)", "irf_shift"),
            Map.entry("IRF Shift std (ns)", "irf_shift_std"), Map.entry("Decay BG", "decay_bg"),
            Map.entry("IRF BG", "irf_bg"), Map.entry("Chi Squared", "chisq"),
            Map.entry("Sim. IRF FWHM (ns)", "sim_irf_fwhm"), Map.entry("Sim. IRF FWHM std (ns)", "sim_irf_fwhm_std"),
            Map.entry("DW", "dw"), Map.entry("DW 0.05", "dw_5"), Map.entry("DW 0.01", "dw_1"),
            Map.entry("DW 0.003", "dw_03"), Map.entry("DW 0.001", "dw_01"), Map.entry("ROI applied", "roi_applied"),
            Map.entry("Fit Status", "fit_status"));

    /** The fits table's name of a lifetime CSV column (docs/scale.md). */
    private static String fitColumn(String csv) {
        String[] words = csv.split(" ");
        if (csv.startsWith("Lifetime ")) {
            int i = Integer.parseInt(words[1]) + 1;
            return words[2].equals("std") ? "tau_std_" + i : "tau_" + i;
        }
        if (csv.startsWith("Amp ")) {
            int i = Integer.parseInt(words[1]) + 1;
            return words.length > 2 ? "amp_std_" + i : "amp_" + i;
        }
        return FIT_COLUMNS.get(csv);
    }
}
