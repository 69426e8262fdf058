package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.CriticalValues;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.model.Dataset;
import org.fullsms.model.Lazy;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.fullsms.model.Spectra;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.fullsms.testing.SharedData;
import org.fullsms.runtime.export.ExportWiring;
import org.fullsms.runtime.export.ExportSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, item 6: one bad particle (unusable photon data beside good particles) never stops the others'
 * analysis, fits, exports or session; its failed stages are listed on stderr and the exit code is 0. Only when no
 * particle could be analysed at all is it 2.
 */
class BadParticlesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({ "bad_abs_decreasing.h5, Particle 1, Particle 2", "bad_missing_abs_times.h5, Particle 1, Particle 2",
        "bad_abs_times_float32.h5, Particle 1, Particle 2" })
    void badParticleIsListedAndTheGoodOnesAreAnalysedExportedAndSaved(String file, String bad, String good)
            throws Exception {
        Path h5 = SharedData.require("hdf5/" + file);
        Path out = dir.resolve("out");
        Path session = dir.resolve("s.smsa");
        CliRun run = CliRun.of("analyze", h5.toString(), "--group", "--fit", "1", "--export", out.toString(),
                "--session", session.toString());
        assertEquals(0, run.exitCode(), run.err());
        // Unreadable photons fail every stage asked for, for one reason: one line naming them all.
        List<String> failures = run.err().lines().filter(l -> l.startsWith(bad + ": ") && l.contains(" failed: "))
                .toList();
        assertEquals(List.of(bad + ": levels, grouping, fits failed: "), failures.stream()
                .map(l -> l.substring(0, l.indexOf(" failed: ") + 9)).toList(), run.err());
        JsonObject badJson = particle(run, bad);
        assertTrue(badJson.getAsJsonObject("stages").get("fits").getAsString().startsWith("error: "), badJson.toString());
        JsonObject goodJson = particle(run, good);
        for (String stage : List.of("levels", "grouping", "fits")) {
            assertEquals("ok", goodJson.getAsJsonObject("stages").get(stage).getAsString(), stage);
        }
        assertTrue(Files.isRegularFile(out.resolve(good + " levels.csv")), run.err());
        assertTrue(Files.isRegularFile(out.resolve(good + " levels-lifetimes.csv")), run.err());
        assertTrue(Files.isRegularFile(out.resolve("Whole trace lifetimes.csv")), run.err());
        assertFalse(Files.exists(out.resolve(bad + " trace.csv")));

        Path again = dir.resolve("again");
        CliRun export = CliRun.of("export", session.toString(), "--out", again.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.err().lines().anyMatch(l -> l.startsWith(bad + ": not exported: ")), export.err());
        assertTrue(Files.isRegularFile(again.resolve(good + " levels-lifetimes.csv")), export.err());
        assertEquals(-1L, Files.mismatch(out.resolve(good + " levels-lifetimes.csv"),
                again.resolve(good + " levels-lifetimes.csv")));
    }

    @Test
    void noParticleAnalysedIsExitTwoListingWhy() throws Exception {
        Path h5 = SharedData.require("hdf5/bad_abs_decreasing.h5");
        CliRun run = CliRun.of("analyze", h5.toString(), "--particles", "1", "--export",
                dir.resolve("none").toString());
        assertEquals(2, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("Particle 1: levels failed: 'Absolute Times (ns)' is not increasing"),
                run.err());
        assertEquals("fullsms analyze: no particle of bad_abs_decreasing.h5 could be analysed", lines.get(1));
        assertFalse(Files.exists(dir.resolve("none")), "nothing exported");
    }

    @Test
    void correlationImpossibleFailsThatStageOnlyAndLeavesLevelsAndGrouping() throws Exception {
        Path h5 = dir.resolve("one-channel.h5");
        assertEquals(0, CliRun.of("simulate", "--out", h5.toString(), "--duration", "8", "--seed", "3",
                "--states", "2").exitCode());
        CliRun run = CliRun.of("analyze", h5.toString(), "--group", "--correlate");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("Particle 1: correlation failed: needs two channels (this particle has one)"),
                run.err().lines().toList());
        JsonObject p = particle(run, "Particle 1");
        assertEquals("ok", p.getAsJsonObject("stages").get("levels").getAsString());
        assertEquals("ok", p.getAsJsonObject("stages").get("grouping").getAsString());
        assertTrue(p.getAsJsonArray("levels").size() >= 2, p.toString());
        assertTrue(p.has("grouping"), p.toString());
    }

    /** A fit that throws fails the fits stage; the levels and grouping of that particle stay, in the state too. */
    @Test
    void fitThatThrowsLeavesLevelsAndGroupingInPlace() throws Exception {
        Path h5 = dir.resolve("fit-throws.h5");
        assertEquals(0, CliRun.of("simulate", "--out", h5.toString(), "--duration", "8", "--seed", "4",
                "--states", "2").exitCode());
        AnalyzeSettings settings = AnalyzeSettings.parse(Options.parse(List.of(h5.toString(), "--group", "--fit", "1"),
                AnalyzeSettings.VALUED, AnalyzeSettings.FLAGS));
        // No fit parameters: the fitter throws before its first fit (bad fits end as statuses, not exceptions).
        LifetimeFits.Request broken = new LifetimeFits.Request(null, null, null, FitSettings.defaults());
        ParticleAnalyzer analyzer = new ParticleAnalyzer(settings,
                ChangePointParameters.of(CriticalValues.forConfidence(99)), broken, AnalyzeTimings.OFF);
        try (Dataset dataset = Importers.open(h5)) {
            Particle particle = dataset.particles().get(0);
            AnalysisSession state = new AnalysisSession(dataset);
            ParticleAnalysis a = state.of(particle);
            ParticleAnalyzer.Report report = analyzer.analyze(a, new NullProgressMonitor());
            assertEquals(List.of(Stage.FITS), List.copyOf(report.stages().failures().keySet()));
            assertEquals("ok", report.stages().json().get("levels").getAsString());
            assertEquals("ok", report.stages().json().get("grouping").getAsString());
            assertTrue(report.stages().json().get("fits").getAsString().startsWith("error: "));
            assertTrue(a.levels().orElseThrow().levels().size() >= 2);
            assertTrue(a.grouping().isPresent());
            assertTrue(a.fits().isEmpty());
            assertEquals(report.stages().failures(), a.failures());
        }
    }

    /** A corrupt optional spectra dataset costs the spectra file of that particle only. */
    @Test
    void unreadableSpectraAreLeftOutOfTheExportOnly() throws Exception {
        Lazy<double[]> corrupt = Lazy.of(() -> {
            throw new IOException("'Spectra (counts\\s)' is corrupt");
        });
        Particle withSpectra = Particle.builder(1, 1).photons(Photons.of(new long[] { 10, 20, 30 },
                new double[] { 1, 2, 3 })).spectra(new Spectra(2, 2, 0.1, null, null, corrupt)).build();
        Particle plain = Particle.builder(2, 1).photons(Photons.of(new long[] { 10, 20 }, new double[] { 1, 2 }))
                .build();
        AnalysisSession session = new AnalysisSession(Dataset.inMemory(List.of(withSpectra, plain), List.of(),
                List.of()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = dir.resolve("spectra");
        ExportWiring.export(session, new ExportSettings(out, "csv", null, false),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.startsWith("Particle 1: spectra not exported: 'Spectra (counts\\s)' is corrupt"), messages);
        assertTrue(Files.isRegularFile(out.resolve("Particle 1 trace.csv")), messages);
        assertTrue(Files.isRegularFile(out.resolve("Particle 2 trace.csv")), messages);
        assertFalse(Files.exists(out.resolve("Particle 1 spectra-2D.csv")));
    }

    private static JsonObject particle(CliRun run, String name) {
        return run.json().getAsJsonArray("particles").asList().stream().map(e -> e.getAsJsonObject())
                .filter(p -> p.get("name").getAsString().equals(name)).findFirst().orElseThrow();
    }
}
