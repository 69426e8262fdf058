package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.fullsms.cli.extensions.BrightLevels;
import org.fullsms.cli.extensions.BrightLevelsCsv;
import org.fullsms.session.SessionDocument;
import org.fullsms.session.SessionReader;
import org.fullsms.testing.SharedData;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.export.Exporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Issue 16: an analysis and an exporter of a third party, registered as OSGi services while Full SMS runs (as a
 * p2 install does), are found at once by the command line (dynamic references), run on every particle, stored in
 * the session through their codec, exported, and survive the extension's removal in the session file.
 */
class ExtensionContractTest {

    @TempDir
    static Path dir;

    private static Path h5;
    private ServiceRegistration<?> analysis;
    private ServiceRegistration<?> exporter;

    @BeforeAll
    static void simulate() {
        h5 = dir.resolve("sim.h5");
        CliRun run = CliRun.of("simulate", "--out", h5.toString(), "--duration", "20", "--seed", "5", "--particles",
                "3");
        assertEquals(0, run.exitCode(), run.err());
    }

    @BeforeEach
    void install() {
        BundleContext context = FrameworkUtil.getBundle(ExtensionContractTest.class).getBundleContext();
        analysis = context.registerService(AnalysisEngine.class, new BrightLevels(), new Hashtable<>());
        exporter = context.registerService(Exporter.class, new BrightLevelsCsv(), new Hashtable<>());
    }

    @AfterEach
    void uninstall() {
        unregister(analysis);
        unregister(exporter);
    }

    private static void unregister(ServiceRegistration<?> r) {
        try {
            r.unregister();
        } catch (IllegalStateException e) {
            // already gone: the test removed it
        }
    }

    @Test
    void theExtensionsCommandListsTheAnalysisWithItsParameterForm() {
        CliRun run = CliRun.of("extensions");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject doc = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonObject a = doc.getAsJsonArray("analyses").asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("id").getAsString().equals(BrightLevels.ID)).findFirst().orElseThrow();
        JsonObject factor = a.getAsJsonArray("parameters").get(0).getAsJsonObject();
        assertEquals("Threshold", factor.get("label").getAsString());
        assertEquals("× mean", factor.get("unit").getAsString());
        assertEquals(0.0, factor.get("min").getAsDouble());
        assertEquals("1.2", factor.get("default").getAsString());
        JsonObject weighting = a.getAsJsonArray("parameters").get(1).getAsJsonObject();
        assertEquals("[\"PHOTONS\",\"DWELL\"]", weighting.get("choices").toString());
        assertTrue(doc.getAsJsonArray("exporters").toString().contains(BrightLevelsCsv.ID), run.out());
        // The built-in files are exporter services too, listed (and run) like the extension's, before it.
        List<String> exporters = doc.getAsJsonArray("exporters").asList().stream()
                .map(e -> e.getAsJsonObject().get("id").getAsString()).toList();
        assertEquals(List.of("org.fullsms.csv", "org.fullsms.plots", "org.fullsms.parquet"), exporters.subList(0, 3));
        assertTrue(doc.getAsJsonArray("importers").toString().contains("org.fullsms.io.hdf5"), run.out());
    }

    @Test
    void analysedStoredExportedAndRestoredFromTheSession() throws IOException {
        Path session = dir.resolve("bright.smsa");
        Path out = dir.resolve("out-analyze");
        CliRun run = CliRun.of("analyze", h5.toString(), "--analysis", BrightLevels.ID + ":factor=1.1,weighting=dwell",
                "--session", session.toString(), "--export", out.toString(), "--format", "none", "--exporters",
                BrightLevelsCsv.ID, "--json", dir.resolve("bright.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonObject doc = JsonParser.parseString(Files.readString(dir.resolve("bright.json"))).getAsJsonObject();
        JsonObject settings = doc.getAsJsonObject("settings").getAsJsonObject("analyses").getAsJsonObject(
                BrightLevels.ID);
        assertEquals("DWELL", settings.getAsJsonObject("parameters").get("weighting").getAsString());
        JsonObject p1 = doc.getAsJsonArray("particles").get(0).getAsJsonObject();
        JsonObject result = p1.getAsJsonObject("extensions").getAsJsonObject(BrightLevels.ID);
        assertEquals("1.0", result.get("version").getAsString());
        int levels = result.getAsJsonObject("result").get("levels").getAsInt();
        assertEquals(p1.getAsJsonArray("levels").size(), levels, p1.toString());
        assertEquals("ok", p1.getAsJsonObject("stages").get(BrightLevels.ID).getAsString());

        String table = Files.readString(out.resolve("bright levels.csv"));
        assertTrue(table.startsWith("particle,bright,levels,mean (counts/s)\nParticle 1,"), table);
        assertFalse(Files.exists(out.resolve("Particle 1 trace.csv")), "--format none writes no built-in tables");

        // The session stores the result through the codec; exporting from it gives the same table.
        Path again = dir.resolve("out-session");
        CliRun export = CliRun.of("export", session.toString(), "--out", again.toString(), "--format", "none",
                "--exporters", BrightLevelsCsv.ID);
        assertEquals(0, export.exitCode(), export.err());
        assertEquals(table, Files.readString(again.resolve("bright levels.csv")));

        // Without the extension the session still opens (with a warning) and keeps the result as saved.
        analysis.unregister();
        CliRun without = CliRun.of("export", session.toString(), "--out", dir.resolve("out-without").toString());
        assertEquals(0, without.exitCode(), without.err());
        assertTrue(without.err().contains("the analysis " + BrightLevels.ID + " is not installed"), without.err());
        SessionDocument saved = SessionReader.read(session);
        assertEquals(result.getAsJsonObject("result").toString(),
                saved.particles().get(0).extensions().get(0).resultJson());
    }

    /**
     * The real Becker &amp; Hickl file of ../shared/data/real (tied macro times, micro times on the card's channel
     * lattice, several detector channels, one of them nearly empty): the extension sees each particle's levels as
     * resolved, and a particle it cannot take fails alone.
     */
    @Test
    void anExtensionAnalysesTheParticlesOfARealInstrumentFile() throws IOException {
        Path spc = Files.copy(SharedData.require("real/BH_SPC132.spc"), dir.resolve("BH_SPC132.spc"));
        Path json = dir.resolve("real.json");
        CliRun run = CliRun.of("analyze", spc.toString(), "--analysis", BrightLevels.ID, "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonObject doc = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        int withResults = 0;
        for (var element : doc.getAsJsonArray("particles")) {
            JsonObject p = element.getAsJsonObject();
            String outcome = p.getAsJsonObject("stages").get(BrightLevels.ID).getAsString();
            if (outcome.equals("ok")) {
                JsonObject result = p.getAsJsonObject("extensions").getAsJsonObject(BrightLevels.ID)
                        .getAsJsonObject("result");
                assertEquals(p.getAsJsonArray("levels").size(), result.get("levels").getAsInt(), p.get("name").toString());
                assertTrue(result.get("bright").getAsInt() < result.get("levels").getAsInt() || result.get("levels")
                        .getAsInt() == 1, "not every level is above 1.2 × the mean: " + result);
                withResults++;
            } else {
                assertTrue(outcome.startsWith("error: "), outcome);
            }
        }
        assertTrue(withResults >= 1, "at least one channel of the real file analysed: " + doc.getAsJsonArray("particles"));
    }

    @Test
    void badParametersAndUnknownIdsAreRefusedBeforeAnyWork() {
        CliRun negative = CliRun.of("analyze", h5.toString(), "--analysis", BrightLevels.ID + ":factor=-1");
        assertEquals(2, negative.exitCode());
        assertTrue(negative.err().contains("\"Threshold\" must be at least 0 × mean, not -1"), negative.err());
        CliRun unknownParameter = CliRun.of("analyze", h5.toString(), "--analysis", BrightLevels.ID + ":nope=1");
        assertEquals(2, unknownParameter.exitCode());
        assertTrue(unknownParameter.err().contains("unknown parameter \"nope\"; the parameters are factor, weighting"),
                unknownParameter.err());
        CliRun unknown = CliRun.of("analyze", h5.toString(), "--analysis", "no.such.analysis");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no analysis \"no.such.analysis\" is installed; installed: "
                + BrightLevels.ID), unknown.err());
        CliRun exporterMissing = CliRun.of("analyze", h5.toString(), "--export", dir.resolve("x").toString(),
                "--exporters", "no.such.exporter");
        assertEquals(2, exporterMissing.exitCode());
        assertTrue(exporterMissing.err().contains("no exporter \"no.such.exporter\" is installed"),
                exporterMissing.err());
        assertFalse(Files.exists(dir.resolve("x")), "nothing written");
    }

    @Test
    void anExtensionThatBreaksOnOneParticleLeavesTheOthersAnalysed() throws IOException {
        BrightLevels real = new BrightLevels();
        AnalysisEngine<BrightLevels.Settings, BrightLevels.Result> flaky = new AnalysisEngine<>() {
            @Override
            public String id() {
                return "test.flaky";
            }

            @Override
            public String version() {
                return "0.1";
            }

            @Override
            public String label() {
                return "Flaky";
            }

            @Override
            public Class<BrightLevels.Settings> parameterType() {
                return BrightLevels.Settings.class;
            }

            @Override
            public BrightLevels.Settings defaultParameters() {
                return real.defaultParameters();
            }

            @Override
            public Class<BrightLevels.Result> resultType() {
                return BrightLevels.Result.class;
            }

            @Override
            public BrightLevels.Result analyse(org.fullsms.spi.analysis.ParticleData particle,
                    BrightLevels.Settings settings, org.eclipse.core.runtime.IProgressMonitor monitor)
                    throws org.fullsms.spi.analysis.AnalysisException {
                if (particle.name().equals("Particle 2")) {
                    throw new IllegalStateException("boom");
                }
                return real.analyse(particle, settings, monitor);
            }

            @Override
            public org.fullsms.spi.analysis.ResultCodec<BrightLevels.Result> resultCodec() {
                return real.resultCodec();
            }
        };
        ServiceRegistration<?> r = FrameworkUtil.getBundle(ExtensionContractTest.class).getBundleContext()
                .registerService(AnalysisEngine.class, flaky, new Hashtable<>());
        try {
            CliRun run = CliRun.of("analyze", h5.toString(), "--analysis", "test.flaky", "--json",
                    dir.resolve("flaky.json").toString());
            assertEquals(0, run.exitCode(), run.err());
            JsonObject doc = JsonParser.parseString(Files.readString(dir.resolve("flaky.json"))).getAsJsonObject();
            List<String> outcomes = doc.getAsJsonArray("particles").asList().stream()
                    .map(p -> p.getAsJsonObject().getAsJsonObject("stages").get("test.flaky").getAsString()).toList();
            assertEquals("ok", outcomes.get(0));
            assertEquals("error: Flaky failed: java.lang.IllegalStateException: boom", outcomes.get(1));
            assertTrue(run.err().contains("Particle 2: test.flaky failed: Flaky failed"), run.err());
        } finally {
            r.unregister();
        }
    }
}
