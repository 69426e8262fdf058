package org.fullsms.ui.editor;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.fullsms.export.HeatMaps;
import org.fullsms.export.plot.HeatMap;
import org.fullsms.model.Spectra;
import org.fullsms.runtime.state.AnalysisSession.Aspect;
import org.fullsms.ui.charts.ChartToolbar;
import org.fullsms.ui.charts.Palette;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.SeriesData;
import org.fullsms.ui.charts.SeriesStyle;

/**
 * Spectra tab (the original's spectral time trace): the spectra as an image, time along x and wavelength up, with its
 * colour bar, and beside it the spectrum at one time, wavelength up as on the image (as the intensity histogram
 * stands beside the trace), chosen with the slider or by clicking or dragging on the image (a line marks it); at
 * first the brightest spectrum. Shown for particles whose file stores spectra; the matrix is read in the
 * background.
 */
public final class SpectraTab implements EditorTab {

    private static final int SLIDER_WIDTH = 320;

    private final Spectra spectra;
    private final String name;
    private final Scale slider;
    private final Label position;
    private final HeatMapCanvas image;
    private final PlotCanvas spectrum;
    private final Label info;
    private final Background background;
    private double[] values;
    private int shown = -1;

    SpectraTab(Composite parent, ParticleEditor editor) {
        this.spectra = editor.analysis().particle().spectra().orElseThrow();
        this.name = editor.analysis().particle().name();
        parent.setLayout(new GridLayout(1, false));
        Composite row = Controls.row(parent);
        Controls.label(row, "Spectrum at");
        slider = new Scale(row, SWT.HORIZONTAL);
        slider.setLayoutData(new RowData(SLIDER_WIDTH, SWT.DEFAULT));
        slider.setToolTipText("The time whose spectrum is shown below; or click or drag on the image");
        slider.setMinimum(0);
        slider.setMaximum(Math.max(1, spectra.times() - 1));
        slider.setEnabled(spectra.times() > 1);
        slider.addListener(SWT.Selection, e -> select(slider.getSelection()));
        position = Controls.label(row, "");
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        image = new HeatMapCanvas(sash);
        image.onPick((x, y) -> {
            HeatMap map = image.heatMap();
            if (map != null) {
                select(map.column(x));
            }
        });
        spectrum = new PlotCanvas(sash, SWT.NONE);
        spectrum.setAxisTitle(PlotCanvas.Axis.X, "Wavelength", "nm");
        spectrum.setAxisTitle(PlotCanvas.Axis.Y, "Intensity", "counts/s");
        spectrum.setLegendPosition(SWT.NONE);
        spectrum.setVertical(true);
        spectrum.addSeries("spectrum", "Spectrum", SeriesStyle.line(Palette.TRACE), SeriesData.empty());
        ChartToolbar.attach(spectrum);
        sash.setWeights(68, 32);
        info = new Label(parent, SWT.WRAP);
        info.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        info.setText("Reading the spectra…");
        background = new Background(image.getControl());
        background.run("Spectra of " + name, () -> {
            HeatMap map = HeatMaps.spectra(spectra);
            return new Object[] {map, spectra.values()};
        }, loaded -> show((HeatMap) loaded[0], (double[]) loaded[1]),
                message -> info.setText(name + ": the spectra cannot be read: " + message));
    }

    private void show(HeatMap map, double[] matrix) {
        values = matrix;
        HeatMaps.Labels labels = HeatMaps.spectraLabels(spectra);
        image.setHeatMap(map, labels.x(), labels.y());
        double[] wl = HeatMaps.wavelengthAxis(spectra);
        info.setText(String.format(Locale.ROOT, "%s: %d spectra of %d wavelengths (%s to %s %s)%s", name,
                spectra.times(), spectra.wavelengths(), PreferenceText.number(Math.min(wl[0], wl[wl.length - 1])),
                PreferenceText.number(Math.max(wl[0], wl[wl.length - 1])), spectra.wavelengthsNm() != null ? "nm"
                        : "columns",
                Double.isFinite(spectra.exposureS()) ? ", exposure " + PreferenceText.number(spectra.exposureS())
                        + " s each" : ""));
        info.getParent().layout();
        select(brightest(matrix));
    }

    /** The spectrum with the most counts: a first view that shows the emission. */
    private int brightest(double[] matrix) {
        int n = spectra.wavelengths();
        int best = 0;
        double most = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < spectra.times(); r++) {
            double sum = 0;
            for (int w = 0; w < n; w++) {
                double v = matrix[r * n + w];
                sum += Double.isFinite(v) ? v : 0;
            }
            if (sum > most) {
                most = sum;
                best = r;
            }
        }
        return best;
    }

    /** Shows the spectrum of row {@code row} (0-based, clamped) and marks its time on the image (also for tests). */
    public void select(int row) {
        if (values == null) {
            return;
        }
        int r = Math.max(0, Math.min(spectra.times() - 1, row));
        shown = r;
        slider.setSelection(r);
        double[] wl = HeatMaps.wavelengthAxis(spectra);
        int n = spectra.wavelengths();
        boolean descending = wl[n - 1] < wl[0];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int source = descending ? n - 1 - i : i; // the chart wants x increasing
            x[i] = wl[source];
            y[i] = values[r * n + source];
        }
        spectrum.getSeries("spectrum").setData(SeriesData.of(x, y));
        spectrum.resetRange();
        double t = spectra.timeS(r);
        image.setCursorX(t);
        position.setText(String.format(Locale.ROOT, "t = %s s (spectrum %d of %d)", PreferenceText.number(t), r + 1,
                spectra.times()));
        position.getParent().layout();
    }

    /** The row of the spectrum shown, or -1 before the spectra are read. */
    public int shown() {
        return shown;
    }

    @Override
    public void refresh(Set<Aspect> aspects) {
        // the spectra are data of the file: no analysis changes them
    }

    @Override
    public boolean isBusy() {
        return background.isBusy();
    }

    /** The image (tests and screenshots). */
    public HeatMapCanvas image() {
        return image;
    }

    /** The spectrum chart (tests and screenshots). */
    public PlotCanvas spectrum() {
        return spectrum;
    }
}
