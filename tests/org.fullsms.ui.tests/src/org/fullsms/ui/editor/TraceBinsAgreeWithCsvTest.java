package org.fullsms.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.export.plot.FigureSize;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.export.ExportSettings;
import org.fullsms.runtime.export.ExportWiring;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.charts.SeriesData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The intensity tab's trace and the exported {@code trace.csv} hold the same bins: same origin, same counts, in the
 * same unit (whichever the preferences choose).
 */
class TraceBinsAgreeWithCsvTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(IntensityUnit.class)
    void workbenchTraceEqualsCsvTrace(IntensityUnit unit) throws Exception {
        Path file = dir.resolve("one.h5");
        var sim = new Simulator().run(SimulationParameters.builder().particles(1).durationS(3).seed(11).build(),
                new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        try (var dataset = Importers.open(file)) {
            ParticleAnalysis a = new AnalysisSession(dataset).particles().get(0);
            double binMs = 7;
            a.setBinSizeMs(binMs);
            IntensityModel model = IntensityModel.compute(a, binMs, unit);
            SeriesData screen = model.trace();

            Path out = dir.resolve("out");
            ExportWiring.export(List.of(a), false, new ExportSettings(out, "csv", null, false, List.of(),
                    FigureSize.JOURNAL_COLUMN, unit),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            List<String> rows = Files.readAllLines(out.resolve(a.particle().name() + " trace.csv"));

            assertEquals(rows.size() - 1, screen.size(), "one bin on screen for each row of the file");
            String header = rows.get(0);
            assertTrue(header.endsWith(unit == IntensityUnit.COUNTS_PER_BIN ? "(counts/7ms)"
                    : "(" + model.unit().label(binMs) + ")"), header);
            for (int i = 0; i < screen.size(); i++) {
                String[] cells = rows.get(i + 1).split(",");
                assertEquals(Double.parseDouble(cells[1]), screen.x(i), 1e-12, "bin " + i + " starts alike");
                assertEquals(Double.parseDouble(cells[2]), screen.y(i), 0.0, "bin " + i + " intensity alike");
            }
        }
    }
}
