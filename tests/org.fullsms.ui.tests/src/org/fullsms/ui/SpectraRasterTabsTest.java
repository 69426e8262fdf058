package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.export.plot.ColourMap;
import org.fullsms.export.plot.HeatMap;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.model.Spectra;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.charts.PlotExport;
import org.fullsms.ui.editor.HeatMapCanvas;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.editor.RasterScanTab;
import org.fullsms.ui.editor.SpectraTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, 4 and 7: a file with spectra and a raster scan opens with a Spectra and a Raster Scan tab. The spectra
 * image is drawn in the colour of its values, a click on it picks the spectrum shown below; the raster scan marks this
 * particle (cyan) and the other particles of the scan (green, labelled). A file without them has no such tabs.
 */
class SpectraRasterTabsTest {

    private static final long TIMEOUT_MS = 60_000;

    @TempDir
    Path dir;

    private Path simulate(String name, boolean extras) throws Exception {
        Path file = dir.resolve(name);
        var sim = new Simulator().run(SimulationParameters.builder().particles(3).durationS(8).seed(11)
                .spectra(extras).rasterScan(extras).build(), new NullProgressMonitor());
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, new NullProgressMonitor());
        return file;
    }

    @Test
    void spectraAndRasterScanTabs() throws Exception {
        Path withExtras = simulate("extras.h5", true);
        Path plain = simulate("plain.h5", false);
        TestWorkbench.run(wb -> {
            OpenDatasets open = wb.application().getContext().get(OpenDatasets.class);
            wb.application().getContext().get(DatasetOpener.class).open(List.of(withExtras, plain));
            wb.waitUntil("both files to open", TIMEOUT_MS, () -> open.sessions().size() == 2);
            AnalysisSession session = open.sessions().stream()
                    .filter(s -> s.dataset().source().orElseThrow().endsWith("extras.h5")).findFirst().orElseThrow();
            AnalysisSession other = open.sessions().stream().filter(s -> s != session).findFirst().orElseThrow();
            wb.mainShell().setSize(1400, 900);
            ParticleAnalysis second = session.particles().get(1);
            ParticleEditor editor = open(wb, second);
            assertTrue(editor.has(ParticleEditor.Tab.SPECTRA) && editor.has(ParticleEditor.Tab.RASTER_SCAN),
                    "a particle with spectra and a raster scan has both tabs");
            assertFalse(open(wb, other.particles().get(0)).has(ParticleEditor.Tab.SPECTRA),
                    "a particle without spectra has no Spectra tab");

            editor = open(wb, second);
            editor.show(ParticleEditor.Tab.SPECTRA);
            ParticleEditor shown = editor;
            wb.waitUntil("the spectra to be read", TIMEOUT_MS, () -> !shown.isBusy()
                    && shown.spectra().shown() >= 0);
            checkSpectra(wb, editor.spectra(), second.particle().spectra().orElseThrow());

            editor.show(ParticleEditor.Tab.RASTER_SCAN);
            wb.processEvents();
            checkRaster(wb, editor.rasterScan(), second.particle().number());
            screenshots(wb, editor);
        });
    }

    private static ParticleEditor open(TestWorkbench wb, ParticleAnalysis a) {
        MPart part = EditorOpener.open(a, wb.windowContext().get(EPartService.class),
                wb.windowContext().get(EModelService.class), wb.application());
        wb.processEvents();
        ParticleEditor editor = EditorOpener.editorOf(part);
        assertNotNull(editor, "the editor of " + a);
        return editor;
    }

    private static void checkSpectra(TestWorkbench wb, SpectraTab tab, Spectra spectra) throws Exception {
        HeatMapCanvas image = tab.image();
        HeatMap map = image.heatMap();
        assertEquals(spectra.wavelengths(), map.rows(), "a row of cells per wavelength");
        assertEquals(spectra.times(), map.cols(), "a column of cells per spectrum");
        tab.select(3);
        double[] values = spectra.values();
        var data = tab.spectrum().getSeries("spectrum").getData();
        assertEquals(spectra.wavelengths(), data.size(), "the spectrum has a point per wavelength");
        for (int w = 0; w < spectra.wavelengths(); w += 37) {
            assertEquals(values[3 * spectra.wavelengths() + w], data.y(w), "spectrum 4 at wavelength " + w);
            assertEquals(spectra.wavelengthsNm()[w], data.x(w), "in nm");
        }
        assertEquals(spectra.timeS(3), image.cursorX(), 1e-12, "a line marks the spectrum's time");

        wb.processEvents();
        ImageData pixels = PlotExport.render(image.getControl());
        // the brightest cell is drawn in the brightest colour of the scale
        int brightest = 0;
        for (int i = 1; i < values.length; i++) {
            brightest = values[i] > values[brightest] ? i : brightest;
        }
        int row = brightest / spectra.wavelengths();
        int col = brightest % spectra.wavelengths();
        Point at = image.toPixel(spectra.timeS(row), spectra.wavelengthsNm()[col]);
        assertColour(ColourMap.rgb(1), pixels, at, "the brightest cell (spectrum " + row + ", column " + col + ")");

        // a click on the image picks the spectrum under the pointer
        int target = spectra.times() - 2;
        Point click = image.toPixel(spectra.timeS(target), spectra.wavelengthsNm()[spectra.wavelengths() / 2]);
        Event down = new Event();
        down.button = 1;
        down.x = click.x;
        down.y = click.y;
        image.getControl().notifyListeners(SWT.MouseDown, down);
        assertEquals(target, tab.shown(), "clicking at t = " + spectra.timeS(target) + " s shows that spectrum");
        assertEquals(values[target * spectra.wavelengths() + 5], tab.spectrum().getSeries("spectrum").getData().y(5),
                "the chart follows the click");
    }

    private static void checkRaster(TestWorkbench wb, RasterScanTab tab, int number) {
        HeatMap map = tab.image().heatMap();
        assertEquals(3, map.markers().size(), "every particle of the scan is marked");
        List<HeatMap.Marker> highlighted = map.markers().stream().filter(HeatMap.Marker::highlighted).toList();
        assertEquals(1, highlighted.size());
        assertEquals(Integer.toString(number), highlighted.get(0).label(), "this particle is the highlighted one");
        assertEquals(3, tab.positions().getItemCount(), "a row per particle of the scan");
        assertEquals("Particle " + number, tab.positions().getSelection()[0].getText(0));
        wb.processEvents();
        ImageData pixels = PlotExport.render(tab.image().getControl());
        HeatMap.Marker m = highlighted.get(0);
        Point at = tab.image().toPixel(m.x(), m.y());
        assertColour(0x00e6ff, pixels, new Point(at.x + 5, at.y), "this particle's crosshair");
        HeatMap.Marker o = map.markers().stream().filter(x -> !x.highlighted()).findFirst().orElseThrow();
        Point other = tab.image().toPixel(o.x(), o.y());
        assertColour(0x90ee90, pixels, new Point(other.x + 3, other.y), "another particle's crosshair");
        assertTrue(map.value(map.row(m.y()), map.column(m.x())) > 3 * map.valueRange()[0] + 50,
                "the marker lies on the particle's spot");
    }

    private static void assertColour(int rgb, ImageData pixels, Point at, String what) {
        RGB got = pixels.palette.getRGB(pixels.getPixel(at.x, at.y));
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        assertTrue(Math.abs(got.red - r) <= 8 && Math.abs(got.green - g) <= 8 && Math.abs(got.blue - b) <= 8,
                what + " at " + at + ": expected " + String.format("%06x", rgb) + ", drawn " + got);
    }

    private static void screenshots(TestWorkbench wb, ParticleEditor editor) throws Exception {
        String target = System.getProperty("fullsms.screenshots", System.getenv("FULLSMS_SCREENSHOTS"));
        if (target == null) {
            return;
        }
        Path out = Files.createDirectories(Path.of(target));
        for (ParticleEditor.Tab tab : List.of(ParticleEditor.Tab.SPECTRA, ParticleEditor.Tab.RASTER_SCAN)) {
            editor.show(tab);
            long until = System.currentTimeMillis() + 1000;
            wb.waitUntil("the tab to draw", 5000, () -> System.currentTimeMillis() > until);
            PlotExport.savePng(wb.mainShell(), out.resolve(tab.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-') + ".png"));
        }
    }
}
