package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.SeriesData;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.prefs.UiPreferences;
import org.fullsms.ui.prefs.UiPreferences.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window &gt; Preferences &gt; Display &gt; Intensity unit: an open editor redraws its trace, levels, histogram and
 * the Lifetime tab's level strip in the chosen unit, labelled with it, without reopening anything.
 */
class IntensityUnitPreferenceTest {

    @TempDir
    Path dir;

    @Test
    void openEditorsFollowTheChosenUnit() throws Exception {
        Path file = dir.resolve("units.h5");
        var sim = new Simulator().run(SimulationParameters.builder().particles(1).durationS(10).seed(4).build(),
                new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        TestWorkbench.run(wb -> {
            try {
                OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
                wb.application().getContext().get(DatasetOpener.class).open(List.of(file));
                wb.waitUntil("the file to open", 60_000, () -> open.sessions().size() == 1);
                ParticleAnalysis a = open.sessions().get(0).particles().get(0);
                MPart part = EditorOpener.open(a, wb.windowContext().get(EPartService.class),
                        wb.windowContext().get(EModelService.class), wb.application());
                ParticleEditor editor = EditorOpener.editorOf(part);
                editor.intensity().resolve(List.of(a));
                wb.waitForJobs("resolve", 60_000);
                wb.waitUntil("the editor to redraw", 30_000, () -> !editor.isBusy());
                PlotCanvas trace = editor.intensity().tracePlot();
                assertEquals("Intensity (counts/s)", yTitle(trace), "counts/s by default");
                double[] cps = values(trace, "trace");
                double[] levelsCps = values(trace, "levels");
                double binMs = a.binSizeMs();

                UiPreferences.set(Key.INTENSITY_UNIT, IntensityUnit.COUNTS_PER_BIN.ordinal());
                wb.waitUntil("the trace in counts per bin", 30_000,
                        () -> !editor.isBusy() && yTitle(trace).equals("Intensity (counts/100 ms)"));
                double[] perBin = values(trace, "trace");
                assertEquals(cps.length, perBin.length);
                for (int i = 0; i < cps.length; i++) {
                    assertEquals(cps[i] * binMs / 1e3, perBin[i], 1e-9 * Math.max(1, cps[i]), "bin " + i);
                    assertEquals(Math.rint(perBin[i]), perBin[i], 1e-9, "whole photons in a bin");
                }
                double[] levelsPerBin = values(trace, "levels");
                List<Level> levels = a.levels().orElseThrow().levels();
                assertTrue(levelsPerBin.length > 0);
                for (int i = 0; i < levelsPerBin.length; i++) {
                    assertEquals(levelsCps[i] * binMs / 1e3, levelsPerBin[i], 1e-9 * Math.max(1, levelsCps[i]));
                }

                UiPreferences.set(Key.INTENSITY_UNIT, IntensityUnit.KILOCOUNTS_PER_SECOND.ordinal());
                wb.waitUntil("the trace in kcps", 30_000,
                        () -> !editor.isBusy() && yTitle(trace).equals("Intensity (kcps)"));
                assertEquals(cps[0] / 1e3, values(trace, "trace")[0], 1e-12 * Math.max(1, cps[0]));
                assertEquals("Intensity (kcps)", xTitle(editor.intensity().histogramPlot()), "the histogram too");
                assertEquals("kcps", yTitle(editor.lifetime().levelStrip()), "and the Lifetime tab's level strip");
                assertTrue(editor.lifetime().levelStrip().getControl().getToolTipText().contains("(kcps)"));
                double strip = values(editor.lifetime().levelStrip(), "levels")[0];
                assertEquals(Math.min(levels.get(0).intensityCps() / 1e3, strip), strip, 1e-9,
                        "the strip's first level in kcps (clipped only if it is a short burst)");
            } finally {
                UiPreferences.set(Key.INTENSITY_UNIT, Key.INTENSITY_UNIT.defaultValue());
            }
        });
    }

    private static String yTitle(PlotCanvas canvas) {
        return canvas.getChart().getAxisSet().getYAxis(0).getTitle().getText();
    }

    private static String xTitle(PlotCanvas canvas) {
        return canvas.getChart().getAxisSet().getXAxis(0).getTitle().getText();
    }

    private static double[] values(PlotCanvas canvas, String id) {
        SeriesData d = canvas.getSeries(id).getData();
        double[] y = new double[d.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = d.y(i);
        }
        return y;
    }
}
