package org.fullsms.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.export.plot.FigureSize;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Export view's job: the chosen particles' files land in the folder, and the check marks are left alone. */
class ExportRunTest {

    @TempDir
    Path dir;

    @Test
    void exportsTheScopeAndKeepsTheCheckMarks() throws Exception {
        Path file = dir.resolve("example.h5");
        var sim = new Simulator().run(SimulationParameters.builder().particles(2).durationS(10).seed(5).build(),
                new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        try (var dataset = Importers.open(file)) {
            AnalysisSession session = new AnalysisSession(dataset);
            AnalysisActions.resolve(session.particles(), 99).join();
            ParticleAnalysis first = session.particles().get(0);
            ParticleAnalysis second = session.particles().get(1);
            first.setSelected(true);
            second.setSelected(true);
            Path out = dir.resolve("out");
            AtomicReference<String> summary = new AtomicReference<>();
            FigureSize twoColumns = new FigureSize(170, 80, 150, 9); // the view's figure fields (issue 18, 7)
            Job job = ExportPart.job(new ExportRun(out, true, false, "png", false, false, List.of(), twoColumns,
                    IntensityUnit.COUNTS_PER_SECOND),
                    Map.of(session, List.of(second)), summary::set);
            job.schedule();
            job.join();
            assertTrue(job.getResult().isOK(), job.getResult()::toString);
            String name = second.particle().name();
            assertTrue(Files.isRegularFile(out.resolve(name + " trace.csv")), "trace of the exported particle");
            assertTrue(Files.isRegularFile(out.resolve(name + " levels.csv")), "levels of the exported particle");
            try (var listing = Files.list(out)) {
                List<String> names = listing.map(p -> p.getFileName().toString()).toList();
                String png = names.stream().filter(n -> n.startsWith(name) && n.endsWith(".png")).findFirst()
                        .orElseThrow(() -> new AssertionError("a plot: " + names));
                var image = javax.imageio.ImageIO.read(out.resolve(png).toFile());
                assertEquals(1004, image.getWidth(), "170 mm at 150 dpi");
                assertEquals(472, image.getHeight(), "80 mm at 150 dpi");
                assertFalse(names.stream().anyMatch(n -> n.startsWith(first.particle().name() + " ")),
                        "only the chosen particle: " + names);
            }
            assertTrue(summary.get().startsWith("exported "), summary.get());
            assertEquals(List.of(true, true), List.of(first.isSelected(), second.isSelected()), "check marks kept");
        }
    }

    @Test
    void refusesPlotsWithoutTables() {
        assertThrows(IllegalArgumentException.class, () -> new ExportRun(dir, false, false, "png", false, true,
                List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ExportRun(dir, false, false, "png", false, true,
                List.of("org.example.exporter")), "plots come with tables, not with extension exporters");
    }

    @Test
    void extensionExportersMayRunWithoutBuiltInTables() {
        assertThrows(IllegalArgumentException.class, () -> new ExportRun(dir, false, false, null, false, true,
                List.of()), "nothing chosen");
        assertEquals("none", new ExportRun(dir, false, false, null, false, true, List.of("org.example.exporter"))
                .format());
        assertEquals("csv", new ExportRun(dir, true, false, null, false, true, List.of("org.example.exporter"))
                .format());
    }
}
