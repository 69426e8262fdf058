package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code analyze} writes its JSON particle by particle; the document must be byte for byte the one the whole tree
 * written at once gives (pretty Gson, as before streaming), in particle order, to a file and to standard output,
 * with and without global grouping (which holds the particles' JSON until all are grouped).
 */
class AnalyzeJsonStreamTest {

    @TempDir
    static Path dir;

    private static Path h5;

    @BeforeAll
    static void simulate() {
        h5 = dir.resolve("three.h5");
        assertEquals(0, CliRun.of("simulate", "--out", h5.toString(), "--particles", "3", "--duration", "10",
                "--seed", "5", "--two-channels").exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = { "--group", "--global" })
    void streamedDocumentEqualsTheWholeDocumentWrittenAtOnce(String grouping) throws Exception {
        Path out = dir.resolve("doc" + grouping + ".json");
        List<String> args = new ArrayList<>(List.of("analyze", h5.toString(), "--group", "--fit", "1",
                "--correlate"));
        if (grouping.equals("--global")) {
            args.add("--global");
        }
        CliRun toFile = CliRun.of(Stream.concat(args.stream(), Stream.of("--json", out.toString()))
                .toArray(String[]::new));
        assertEquals(0, toFile.exitCode(), toFile.err());
        String streamed = Files.readString(out);
        JsonObject doc = JsonParser.parseString(streamed).getAsJsonObject();
        String whole = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(doc)
                + System.lineSeparator();
        assertEquals(whole, streamed);
        List<String> names = new ArrayList<>();
        doc.getAsJsonArray("particles").forEach(p -> names.add(p.getAsJsonObject().get("name").getAsString()));
        assertEquals(6, names.size(), "both channels of 3 particles");
        assertEquals(names.stream().sorted(AnalyzeJsonStreamTest::byNumber).toList(), names, "particle order");
        assertTrue(doc.getAsJsonArray("particles").get(0).getAsJsonObject().has("stages"));
        CliRun toStdout = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, toStdout.exitCode(), toStdout.err());
        assertEquals(streamed, toStdout.out());
    }

    /** "Particle 2" before "Particle 2 (channel 2)" before "Particle 10". */
    private static int byNumber(String a, String b) {
        int c = Integer.compare(number(a), number(b));
        return c != 0 ? c : a.compareTo(b);
    }

    private static int number(String name) {
        return Integer.parseInt(name.replaceAll("^\\D*(\\d+).*$", "$1"));
    }
}
