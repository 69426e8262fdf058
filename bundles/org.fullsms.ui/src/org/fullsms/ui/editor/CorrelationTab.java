package org.fullsms.ui.editor;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fullsms.analysis.correlation.CorrelationAnalysis;
import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.analysis.correlation.G2Fit;
import org.fullsms.runtime.state.AnalysisSession.Aspect;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;
import org.fullsms.ui.charts.ChartToolbar;
import org.fullsms.ui.charts.Overlay;
import org.fullsms.ui.charts.Palette;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.SeriesData;
import org.fullsms.ui.charts.SeriesStyle;

/**
 * Correlation tab: g²(τ) of the particle's two channels (or the sum over the checked particles) with g²(0) and
 * the model fit. The counted pairs are kept, so a coarser bin or a narrower window is shown without recounting
 * (Re-bin); a new difftime or a finer bin needs Correlate again.
 */
public final class CorrelationTab implements EditorTab {

    private final ParticleEditor editor;
    private final ParticleAnalysis analysis;
    private final Background background;
    private final Text window;
    private final Text bin;
    private final Text difftime;
    private final PlotCanvas plot;
    private final Label info;
    /** Fewer pairs per bin than this on average and {@link #coarsenSparse} shows a coarser bin. */
    private static final int MIN_PAIRS_PER_BIN = 4;
    /** ... keeping at least this many bins. */
    private static final int MIN_BINS = 40;
    private static final int[] ROUND_FACTORS = {2, 4, 5, 10, 20, 40, 50, 100};

    private Correlogram counted;
    private String shownName;

    CorrelationTab(Composite parent, ParticleEditor editor) {
        this.editor = editor;
        this.analysis = editor.analysis();
        parent.setLayout(new GridLayout(1, false));
        Composite row = Controls.row(parent);
        window = field(row, "Window (ns)", CorrelationParameters.DEFAULT_WINDOW_NS);
        bin = field(row, "Bin (ns)", CorrelationParameters.DEFAULT_BIN_NS);
        difftime = field(row, "Difftime (ns)", 0);
        Controls.button(row, "Correlate", "Count the channel 1 / channel 2 photon pairs of this particle",
                () -> correlate(List.of(analysis)));
        Controls.button(row, "Correlate Selected", "Correlate each checked particle",
                () -> correlate(analysis.session().selected()));
        Controls.button(row, "Correlate All", "Correlate every particle of the file",
                () -> correlate(analysis.session().particles()));
        Controls.button(row, "Sum Selected", "g² of the pairs of all checked particles together", this::sumSelected);
        Controls.button(row, "Re-bin", "Show the counted pairs at this bin (a multiple of the counted one) and window",
                this::rebin);
        plot = new PlotCanvas(parent, SWT.NONE);
        plot.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        plot.setAxisTitle(PlotCanvas.Axis.X, "Delay τ", "ns");
        plot.setAxisTitle(PlotCanvas.Axis.Y, "g²(τ)", null);
        plot.setLegendPosition(SWT.TOP);
        ChartToolbar.attach(plot);
        info = new Label(parent, SWT.WRAP);
        info.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        background = new Background(plot.getControl());
        if (analysis.particle().isSecondary() || analysis.particle().secondary().isEmpty()) {
            info.setText("Correlation needs both channels: open the primary particle of a two-channel measurement.");
        }
    }

    private static Text field(Composite row, String label, double value) {
        Controls.label(row, label);
        Text t = new Text(row, SWT.BORDER | SWT.RIGHT);
        t.setText(PreferenceText.number(value));
        t.setLayoutData(new RowData(60, SWT.DEFAULT));
        return t;
    }

    private CorrelationParameters parameters() {
        return CorrelationParameters.of(Double.parseDouble(window.getText().trim()), Double.parseDouble(bin.getText().trim()),
                Double.parseDouble(difftime.getText().trim()));
    }

    /** Correlates with the fields' settings (also used by tests). */
    public void correlate(List<ParticleAnalysis> targets) {
        try {
            AnalysisActions.correlate(targets, parameters());
        } catch (IllegalArgumentException e) {
            info.setText("Settings: " + e.getMessage());
        }
    }

    private void sumSelected() {
        try {
            AnalysisActions.correlateSum(analysis.session().selected(), parameters(),
                    c -> info.getDisplay().asyncExec(() -> {
                        if (!info.isDisposed()) {
                            counted = c.correlogram();
                            show(c.result(), "Sum of " + c.result().particles() + " particles");
                            coarsenSparse(c.result()); // as after a particle's own correlation (issue 18, 4)
                        }
                    }));
        } catch (IllegalArgumentException e) {
            info.setText("Settings: " + e.getMessage());
        }
    }

    /** Re-bins the kept pairs at {@code binNs} (also used by tests and screenshots). */
    public void rebin(double binNs) {
        bin.setText(PreferenceText.number(binNs));
        rebin();
    }

    /** Re-evaluates the kept pairs at the fields' bin and window, without recounting. */
    public void rebin() {
        if (counted == null) {
            info.setText("Nothing counted yet: press Correlate.");
            return;
        }
        CorrelationParameters p;
        try {
            p = parameters();
        } catch (IllegalArgumentException e) {
            info.setText("Settings: " + e.getMessage());
            return;
        }
        if (p.difftimeNs() != counted.difftimeNs()) {
            info.setText("A new difftime needs new pairs: press Correlate.");
            return;
        }
        Correlogram pairs = counted;
        String name = shownName;
        background.run("g² re-bin", () -> new CorrelationAnalysis().evaluate(pairs, p), r -> show(r, name),
                message -> info.setText("Cannot re-bin: " + message));
    }

    @Override
    public void refresh(Set<Aspect> aspects) {
        if (!aspects.contains(Aspect.CORRELATION)) {
            return;
        }
        analysis.correlation().ifPresent(r -> {
            counted = analysis.correlogram().orElse(null);
            show(r, analysis.particle().name());
            coarsenSparse(r);
        });
    }

    /**
     * A 20 s measurement gives about one pair per 0.5 ns bin: g² then reads as spikes of 0, 5, 10. Shows such a
     * result re-binned (no recount) to the smallest round multiple of the counted bin with a few pairs per bin;
     * the bin field says which, and Re-bin goes back.
     */
    private void coarsenSparse(CorrelationResult r) {
        int bins = r.g2().length;
        if (counted == null || bins == 0 || r.pairs() >= MIN_PAIRS_PER_BIN * bins) {
            return;
        }
        double counts = r.parameters().binNs();
        for (int factor : ROUND_FACTORS) {
            int left = bins / factor;
            if (left < MIN_BINS) {
                return;
            }
            if (r.pairs() >= MIN_PAIRS_PER_BIN * left) {
                rebin(counts * factor);
                return;
            }
        }
    }

    private void show(CorrelationResult r, String name) {
        shownName = name;
        double[] c = r.binCentresNs();
        if (c.length == 0) {
            info.setText(name + ": no bins");
            return;
        }
        double width = c.length > 1 ? c[1] - c[0] : r.parameters().binNs();
        double[] edges = new double[c.length + 1];
        for (int i = 0; i < c.length; i++) {
            edges[i] = c[i] - width / 2;
        }
        edges[c.length] = c[c.length - 1] + width / 2;
        double[] g2 = new double[r.g2().length];
        for (int i = 0; i < g2.length; i++) {
            g2[i] = Double.isFinite(r.g2()[i]) ? r.g2()[i] : 0;
        }
        setSeries("g2", "g²", SeriesStyle.histogram(Palette.TRACE), SeriesData.steps(edges, g2));
        setSeries("fit", "Fit", SeriesStyle.fit(Palette.FIT), fitCurve(r, c, edges));
        plot.setOverlays("one", List.of(Overlay.yLine(1, Palette.IRF, null)));
        plot.resetRange();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%s: g²(0) = %.3f ± %.3f (%s), %s pairs, bin %s ns, window %s ns", name, r.g2Zero(), r.g2ZeroErr(),
                r.g2ZeroMethod(), PreferenceText.grouped(r.pairs()), PreferenceText.number(width),
                PreferenceText.number(r.parameters().windowNs())));
        G2Fit f = r.fit();
        if (f != null) {
            b.append(f.converged() ? String.format(Locale.ROOT, "; fit (%s): g0 = %.3f ± %.3f, τ = %.2f ± %.2f ns, χ²red %.2f",
                    f.model(), f.g0(), f.g0Err(), f.tauNs(), f.tauErrNs(), f.chi2Reduced()) : "; fit: " + f.message());
        }
        r.warnings().forEach(w -> b.append("; ").append(w));
        info.setText(b.toString());
        info.getParent().layout();
    }

    /** The continuous-wave model A·(1 − (1 − g0)·e^(−|τ|/τa)); pulsed fits are reported, not drawn. */
    /** The fit as the bin means it was compared with, drawn at the bin centres. */
    private static SeriesData fitCurve(CorrelationResult r, double[] centres, double[] edges) {
        double[] y = r.fit() == null ? new double[0] : r.fit().binMeans(edges, r.parameters().periodNs());
        return y.length == centres.length ? SeriesData.of(centres, y) : SeriesData.empty();
    }

    @Override
    public boolean isBusy() {
        return background.isBusy();
    }

    private void setSeries(String id, String label, SeriesStyle style, SeriesData data) {
        var s = plot.getSeries(id);
        if (s == null) {
            plot.addSeries(id, label, style, data);
        } else {
            s.setData(data);
        }
    }

    /** The g² plot (tests and screenshots). */
    public PlotCanvas plot() {
        return plot;
    }
}
