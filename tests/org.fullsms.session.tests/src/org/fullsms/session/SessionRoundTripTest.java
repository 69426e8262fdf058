package org.fullsms.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.fullsms.io.hdf5.Hdf5Reader;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Analyse (real engines on a simulated HDF5 file) → save → load into a freshly opened copy of the file → every
 * result field equal, exactly (NaN at the same places), and saving the reloaded analysis gives the same file.
 */
class SessionRoundTripTest {

    private static final Hdf5Reader READER = new Hdf5Reader();

    @Test
    void everyResultFieldSurvivesSaveAndLoad() throws IOException {
        AnalysedFixture.Analysed analysed = AnalysedFixture.shared();
        Path data = analysed.dataFile();
        String checksumBefore = DataFiles.sha256(data);
        FileTime modifiedBefore = Files.getLastModifiedTime(data);
        Path file = data.getParent().resolveSibling("sessions").resolve("round-trip.smsa");

        SessionDocument written = SessionWriter.write(analysed.snapshot(), file);
        assertEquals("../data/sim.h5", written.dataFile().relativePath());

        SessionLoader.Loaded loaded = SessionLoader.load(file, (f, o) -> READER.open(f));
        try {
            assertEquals(List.of(), loaded.warnings());
            assertEquals(data, loaded.dataFile());
            DeepAssert deep = new DeepAssert();
            compare(analysed.session(), loaded.session(), deep);
            deep.equal(analysed.setup(), loaded.document().lifetime(), "lifetimeSetup");
            assertEquals(written.settings(), loaded.document().settings());
            assertEquals("Particle 2", loaded.document().uiState().get("currentParticle"));
            assertTrue(deep.nanCount() > 10, "NaN values were compared: " + deep.nanCount());
            assertEquals(List.of(new EngineRef("correlation", org.fullsms.analysis.correlation.CorrelationAnalysis.VERSION),
                    new EngineRef("cpa", org.fullsms.analysis.cpa.ChangePointAnalysis.VERSION),
                    new EngineRef("grouping", org.fullsms.analysis.grouping.GroupingAnalysis.VERSION),
                    new EngineRef("lifetime", org.fullsms.analysis.lifetime.LifetimeFitter.VERSION)),
                    loaded.document().engines());

            // Saving what was loaded writes the same file (apart from the time stamp).
            Path again = file.resolveSibling("again.smsa");
            SessionWriter.write(SessionCapture.capture(loaded.session(), loaded.document().settings(), loaded.document().uiState()), again);
            assertEquals(withoutTime(file), withoutTime(again));
        } finally {
            loaded.session().dataset().close();
        }
        assertEquals(checksumBefore, DataFiles.sha256(data), "the HDF5 file is never modified");
        assertEquals(modifiedBefore, Files.getLastModifiedTime(data));
    }

    /** Compares every part of every particle's analysis and the global grouping. */
    static void compare(AnalysisSession expected, AnalysisSession actual, DeepAssert deep) {
        List<ParticleAnalysis> e = expected.particles();
        List<ParticleAnalysis> a = actual.particles();
        assertEquals(e.size(), a.size());
        int levels = 0;
        int fits = 0;
        for (int i = 0; i < e.size(); i++) {
            ParticleAnalysis x = e.get(i);
            ParticleAnalysis y = a.get(i);
            String name = x.particle().name();
            assertEquals(name, y.particle().name());
            assertEquals(x.isSelected(), y.isSelected(), name);
            assertEquals(x.binSizeMs(), y.binSizeMs(), 0.0, name);
            deep.equal(x.roi().orElse(null), y.roi().orElse(null), name + ".roi");
            deep.equal(x.changePoints().orElse(null), y.changePoints().orElse(null), name + ".changePoints");
            deep.equal(x.burstRemoval().orElse(null), y.burstRemoval().orElse(null), name + ".burstRemoval");
            deep.equal(x.levels().orElse(null), y.levels().orElse(null), name + ".levels");
            deep.equal(x.grouping().orElse(null), y.grouping().orElse(null), name + ".grouping");
            assertEquals(x.groupsApplied(), y.groupsApplied(), name);
            deep.equal(x.fits(), y.fits(), name + ".fits");
            deep.equal(x.correlation().orElse(null), y.correlation().orElse(null), name + ".correlation");
            // the counted pairs come back too: a restored g² re-bins as a fresh one does (issue 18, 4)
            assertEquals(x.correlogram().orElse(null), y.correlogram().orElse(null), name + ".correlogram");
            x.correlogram().ifPresent(c -> deep.equal(c.histogram(4 * c.binNs(), 100),
                    y.correlogram().orElseThrow().histogram(4 * c.binNs(), 100), name + ".rebinned"));
            assertEquals(x.failures(), y.failures(), name + ".failures");
            levels += x.levels().map(r -> r.levels().size()).orElse(0);
            fits += x.fits().size();
        }
        deep.equal(expected.globalGrouping(), actual.globalGrouping(), "globalGrouping");
        assertEquals(expected.globalMembers().stream().map(m -> m.particle().name()).toList(),
                actual.globalMembers().stream().map(m -> m.particle().name()).toList());
        // The fixture must really contain what is compared.
        assertTrue(levels > 12, "levels compared: " + levels);
        assertTrue(fits > 12, "fits compared: " + fits);
        assertNotNull(expected.globalGrouping());
        assertTrue(e.stream().anyMatch(p -> p.burstRemoval().isPresent()), "a burst removal");
        assertTrue(e.stream().anyMatch(p -> !p.failures().isEmpty()), "a failed stage");
        assertTrue(e.stream().anyMatch(p -> p.roi().isPresent()), "an ROI");
        assertTrue(e.stream().anyMatch(ParticleAnalysis::groupsApplied), "applied groups");
        assertTrue(e.stream().anyMatch(p -> p.correlation().isPresent()), "a correlation");
        assertTrue(e.stream().anyMatch(p -> p.correlogram().isPresent()), "counted pairs");
        assertFalse(e.stream().allMatch(ParticleAnalysis::isSelected), "a deselected particle");
        assertTrue(e.stream().anyMatch(p -> p.fits().containsKey(new FitTarget(FitTarget.Kind.GROUP_LEVEL, 0))));
    }

    private static String withoutTime(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replaceFirst("\"savedAt\":\"[^\"]*\"", "");
    }
}
