package org.fullsms.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.runtime.DecayHistograms;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.state.AnalysisSession.Aspect;
import org.fullsms.runtime.state.FitModel;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.LifetimeActions;
import org.fullsms.ui.charts.ChartToolbar;
import org.fullsms.ui.charts.Overlay;
import org.fullsms.ui.charts.Palette;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.SeriesData;
import org.fullsms.ui.charts.SeriesStyle;
import org.fullsms.ui.charts.StackedPlots;
import org.fullsms.ui.prefs.UiPreferences;

/**
 * Lifetime tab: the decay of the whole trace (or ROI), a level, a group or a group level on a log axis with the
 * IRF and the fitted curve, residuals below; a small level trace to pick a level by clicking; fit this particle,
 * the selected or all with 1–3 exponentials by least squares or maximum likelihood; load an IRF; the results table.
 */
public final class LifetimeTab implements EditorTab {

    private final ParticleEditor editor;
    private final ParticleAnalysis analysis;
    private final Background background;
    private final Combo kindCombo;
    private final Spinner indexSpinner;
    private final Spinner exponentials;
    private final Combo method;
    private final Label irfLabel;
    private final PlotCanvas levelTrace;
    private final StackedPlots stack;
    private final FitTable table;
    private final Label status;
    private static final String[] KIND_LABELS = {"Whole trace", "ROI", "Level", "Group", "Group level"};
    /** Decay : residual heights (8 : 3: the residual pane carries its own time axis, the decay needs the height). */
    private static final int DECAY_WEIGHT = 3;
    private static final int RESIDUAL_WEIGHT = 2; // its axis labels take most of it: the rest draws
    /**
     * Heights of the level strip and the results table, the plots taking the rest: the strip needs ~64 px to show
     * its levels above its tick labels, the table two rows at least; at 1366 × 768 with the Export view open the
     * decay keeps about 115 px and the residuals a band of about 17 px, at 1600 × 1000 the table shows six rows.
     */
    private static final int LEVEL_STRIP_MIN_PX = 64;
    private static final int LEVEL_STRIP_MAX_PX = 90;
    private static final double LEVEL_STRIP_SHARE = 0.1;
    private static final int TABLE_MIN_ROWS = 2;
    private static final int TABLE_MAX_ROWS = 10;
    /**
     * The table grows with the height: 2 rows (and a scroll bar) at ~390 px, 1366 × 768 with the Export view, where
     * the plots need every line; 6 at ~520 px, 1600 × 1000; at most 10.
     */
    private static final double TABLE_SHARE = 0.75;
    private static final int TABLE_OFFSET_PX = 218;
    /** Levels shorter than this fraction of the trace do not set the level strip's scale (they are clipped). */
    private static final double SCALE_DWELL_FRACTION = 0.01;

    private List<FitTarget> targets = List.of();
    private FitTarget selected = FitTarget.WHOLE;

    LifetimeTab(Composite parent, ParticleEditor editor) {
        this.editor = editor;
        this.analysis = editor.analysis();
        parent.setLayout(new GridLayout(1, false));
        Composite row = Controls.row(parent);
        Controls.label(row, "Decay of");
        // a kind and a number rather than one entry per level: particles can have thousands of levels
        kindCombo = new Combo(row, SWT.READ_ONLY);
        kindCombo.setItems(KIND_LABELS);
        kindCombo.addListener(SWT.Selection, e -> selectKind(FitTarget.Kind.values()[kindCombo.getSelectionIndex()]));
        indexSpinner = new Spinner(row, SWT.BORDER);
        indexSpinner.setValues(1, 1, 1, 0, 1, 10);
        indexSpinner.addListener(SWT.Selection, e -> select(new FitTarget(selected.kind(), indexSpinner.getSelection() - 1)));
        Controls.button(row, "◀ Prev", "Previous level or group", () -> step(-1));
        Controls.button(row, "Next ▶", "Next level or group", () -> step(1));
        Controls.separator(row);
        Controls.label(row, "Exponentials");
        exponentials = new Spinner(row, SWT.BORDER);
        exponentials.setValues(1, 1, 3, 0, 1, 1);
        exponentials.addListener(SWT.Selection, e -> setModel(model().withExponentials(exponentials.getSelection())));
        Controls.label(row, "Method");
        method = new Combo(row, SWT.READ_ONLY);
        method.setItems("Least squares", "Maximum likelihood");
        method.addListener(SWT.Selection, e -> setModel(model().withMethod(method.getSelectionIndex() == 1
                ? FitSettings.Method.MAXIMUM_LIKELIHOOD : FitSettings.Method.LEAST_SQUARES)));
        Controls.button(row, "Parameters…", "Fitting parameters: start values, bounds and Fix of every parameter, the fit window, "
                + "with the model drawn live on this decay", this::openFitDialog);
        Controls.button(row, "Fit", "Fit this particle's whole trace (or ROI), levels and groups",
                () -> fit(List.of(analysis)));
        Controls.button(row, "Fit Selected", "Fit the checked particles", () -> fit(analysis.session().selected()));
        Controls.button(row, "Fit All", "Fit every particle of the file", () -> fit(analysis.session().particles()));
        Controls.separator(row);
        Controls.button(row, "Load IRF…", "Instrument response: Full SMS HDF5 (first particle), PicoQuant .phu or text",
                this::loadIrf);
        Controls.button(row, "Simulated IRF", "Fit a Gaussian IRF instead of a measured one",
                () -> analysis.session().setIrf(null));
        irfLabel = Controls.label(row, "");
        Controls.separator(row);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        // a thin strip: it is there to click a level, the decay below gets the height
        levelTrace = new PlotCanvas(sash, SWT.NONE);
        // no x title: the strip is short, its time ticks speak for themselves; the tooltip names the axes
        levelTrace.setAxisTitle(PlotCanvas.Axis.X, null, null);
        levelTrace.getControl().setToolTipText("Levels: intensity against time (s); click a level to show its decay");
        levelTrace.setCompact(true);
        levelTrace.setLegendPosition(SWT.NONE);
        levelTrace.setTickSpacing(PlotCanvas.Axis.Y, 20);
        levelTrace.addClickListener((x, y, button) -> clickLevel(x));
        stack = new StackedPlots(sash, SWT.NONE, DECAY_WEIGHT, RESIDUAL_WEIGHT);
        // in the row of buttons: a line above the plots would be taken from them (the level strip has the menu only)
        ChartToolbar.inRow(row, stack);
        PlotCanvas decay = stack.get(0);
        // no title: the residual pane right below names the same time axis, and the decay wants the height
        decay.setAxisTitle(PlotCanvas.Axis.X, null, null);
        decay.setTickLabelsVisible(PlotCanvas.Axis.X, false);
        decay.setAxisTitle(PlotCanvas.Axis.Y, "Counts", null);
        decay.setYLogScale(true);
        decay.setLegendPosition(SWT.RIGHT); // height is what a short pane lacks
        decay.addSeries("decay", "Decay", SeriesStyle.histogram(Palette.TRACE), SeriesData.empty());
        decay.addSeries("irf", "IRF", SeriesStyle.line(Palette.IRF), SeriesData.empty());
        decay.addSeries("fit", "Fit", SeriesStyle.fit(Palette.FIT), SeriesData.empty());
        PlotCanvas residuals = stack.get(1);
        residuals.setAxisTitle(PlotCanvas.Axis.X, "Time", "ns");
        residuals.setAxisTitle(PlotCanvas.Axis.Y, "σ", null); // residuals in standard deviations; the pane is short
        residuals.setCompact(true);
        residuals.setLegendPosition(SWT.NONE);
        residuals.setTickSpacing(PlotCanvas.Axis.Y, 20);
        residuals.addSeries("residuals", "Weighted residuals", SeriesStyle.line(Palette.RESIDUAL), SeriesData.empty());
        residuals.setOverlays("zero", List.of(Overlay.yLine(0, Palette.IRF, null)));
        table = new FitTable(sash, this::select);
        sash.addListener(SWT.Resize, e -> sharePanes(sash));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        background = new Background(decay.getControl());
        parent.addListener(SWT.Dispose, e -> table.dispose());
        showIrf();
        showModel();
    }

    /** Gives the level strip and the table their heights for the sash's size (see {@link #LEVEL_STRIP_MIN_PX}). */
    private void sharePanes(SashForm sash) {
        int height = sash.getClientArea().height - 2 * sash.getSashWidth();
        if (height <= 0) {
            return;
        }
        Table t = table.control();
        int tableMin = t.getHeaderHeight() + TABLE_MIN_ROWS * t.getItemHeight() + 4;
        int tableMax = t.getHeaderHeight() + TABLE_MAX_ROWS * t.getItemHeight() + 4;
        int strip = (int) Math.max(LEVEL_STRIP_MIN_PX, Math.min(LEVEL_STRIP_MAX_PX, LEVEL_STRIP_SHARE * height));
        int rows = (int) Math.max(tableMin, Math.min(tableMax, TABLE_SHARE * height - TABLE_OFFSET_PX));
        int plots = Math.max(1, height - strip - rows);
        sash.setWeights(strip, plots, rows);
    }

    @Override
    public void refresh(Set<Aspect> aspects) {
        if (aspects.contains(Aspect.LEVELS) || aspects.contains(Aspect.GROUPING) || aspects.contains(Aspect.ROI)) {
            targets = LifetimeActions.displayTargets(analysis);
            if (!targets.contains(selected)) {
                selected = targets.get(0);
            }
            showSelection();
            drawLevels();
        } else if (aspects.contains(Aspect.DISPLAY)) { // the intensity unit or the bin size
            drawLevels();
        }
        if (aspects.contains(Aspect.LEVELS) || aspects.contains(Aspect.GROUPING) || aspects.contains(Aspect.ROI)
                || aspects.contains(Aspect.FITS)) {
            table.show(analysis.fits(), targets, selected);
            reload();
        }
        if (aspects.contains(Aspect.IRF) || aspects.contains(Aspect.LIFETIME_SETUP)) { // a session's IRF too
            showIrf();
            showModel();
            reload();
        }
    }

    @Override
    public boolean isBusy() {
        return background.isBusy();
    }

    /** Shows the decay of {@code target} (also used by tests). */
    public void select(FitTarget target) {
        if (!targets.contains(target)) {
            return;
        }
        selected = target;
        showSelection();
        table.show(analysis.fits(), targets, selected);
        drawLevels();
        reload();
    }

    private void selectKind(FitTarget.Kind kind) {
        targets.stream().filter(t -> t.kind() == kind).findFirst().ifPresentOrElse(this::select, this::showSelection);
    }

    private void showSelection() {
        kindCombo.select(selected.kind().ordinal());
        long count = targets.stream().filter(t -> t.kind() == selected.kind()).count();
        indexSpinner.setValues(selected.index() + 1, 1, (int) Math.max(1, count), 0, 1, 10);
        indexSpinner.setEnabled(count > 1);
    }

    public FitTarget selected() {
        return selected;
    }

    private void step(int delta) {
        int i = targets.indexOf(selected) + delta;
        if (i >= 0 && i < targets.size()) {
            select(targets.get(i));
        }
    }

    private void clickLevel(double x) {
        List<Level> levels = analysis.levels().map(r -> r.levels()).orElse(List.of());
        for (int i = 0; i < levels.size(); i++) {
            if (x >= levels.get(i).startS() && x <= levels.get(i).endS()) {
                select(new FitTarget(FitTarget.Kind.LEVEL, i));
                return;
            }
        }
    }

    /** Fits with the file's model: these controls and the fit dialog set it (also used by tests). */
    public void fit(List<ParticleAnalysis> particles) {
        LifetimeActions.fit(particles);
    }

    private FitModel model() {
        return LifetimeActions.model(analysis.session());
    }

    private void setModel(FitModel model) {
        LifetimeActions.setModel(analysis.session(), model);
    }

    /** The number of exponentials and the method of the file's model. */
    private void showModel() {
        FitModel m = model();
        exponentials.setSelection(m.parameters().numExp());
        method.select(m.settings().method() == FitSettings.Method.MAXIMUM_LIKELIHOOD ? 1 : 0);
    }

    /** Opens the fit dialog on the decay shown (also used by tests: it returns when the dialog closes). */
    public int openFitDialog() {
        return new FitDialog(status.getShell(), analysis, selected).open();
    }

    private void loadIrf() {
        FileDialog dialog = new FileDialog(status.getShell(), SWT.OPEN);
        dialog.setText("Load IRF");
        // an IRF measured as photons (any importer's files), a PicoQuant histogram or two-column text
        List<String> patterns = new ArrayList<>(Importers.filePatterns());
        patterns.addAll(List.of("*.phu", "*.txt", "*.csv", "*.dat"));
        dialog.setFilterNames(new String[] {"IRF files (" + String.join(", ", patterns) + ")", "All files"});
        dialog.setFilterExtensions(new String[] {String.join(";", patterns), "*"});
        String file = dialog.open();
        if (file == null) {
            return;
        }
        // The IRF is the dataset's: every open editor of it hears the change and redraws.
        LifetimeActions.loadIrf(Path.of(file), analysis.session()::setIrf);
    }

    private void showIrf() {
        irfLabel.setText(analysis.session().irf().map(i -> "IRF: " + i.source())
                .orElse("IRF: simulated (Gaussian, FWHM fitted)"));
        irfLabel.getParent().layout();
    }

    private void drawLevels() {
        List<Level> levels = analysis.levels().map(r -> r.levels()).orElse(List.of());
        IntensityUnit unit = UiPreferences.intensityUnit();
        double binMs = analysis.binSizeMs();
        // the unit also before a resolve: the empty strip otherwise shows the chart library's "Y Axis"
        levelTrace.setAxisTitle(PlotCanvas.Axis.Y, unit.shortLabel(), null);
        levelTrace.getControl().setToolTipText("Levels: intensity (" + unit.label(binMs) + ") against time (s); click "
                + "a level to show its decay");
        if (levels.isEmpty()) {
            setData(levelTrace, "levels", "Levels", SeriesStyle.step(Palette.LEVEL), SeriesData.empty());
            levelTrace.setOverlays("selected", List.of());
            return;
        }
        double total = levels.get(levels.size() - 1).endS() - levels.get(0).startS();
        double top = 0;
        for (Level l : levels) {
            if (l.dwellS() >= SCALE_DWELL_FRACTION * total && Double.isFinite(l.intensityCps())) {
                top = Math.max(top, unit.fromCps(l.intensityCps(), binMs));
            }
        }
        double[] edges = new double[levels.size() + 1];
        double[] values = new double[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            double v = unit.fromCps(levels.get(i).intensityCps(), binMs);
            edges[i] = levels.get(i).startS();
            // a short burst of a few photons can be 50× brighter: clip it so the strip shows the blinking
            values[i] = Double.isFinite(v) ? (top > 0 ? Math.min(v, 1.2 * top) : v) : 0;
        }
        edges[levels.size()] = levels.get(levels.size() - 1).endS();
        setData(levelTrace, "levels", "Levels", SeriesStyle.step(Palette.LEVEL), SeriesData.steps(edges, values));
        List<Overlay> marks = new ArrayList<>();
        if (selected.kind() == FitTarget.Kind.LEVEL && selected.index() < levels.size()) {
            Level l = levels.get(selected.index());
            marks.add(Overlay.xBand(l.startS(), l.endS(), Palette.MARKER, null));
        }
        analysis.roi().ifPresent(r -> marks.add(Overlay.xBand(r.startS(), r.endS(), Palette.ROI, null)));
        levelTrace.setOverlays("selected", marks);
    }

    private void reload() {
        FitTarget target = selected;
        FitResult fit = analysis.fits().get(target);
        Irf irf = analysis.session().irf().orElse(null);
        background.run("Decay " + analysis.particle().name(), () -> {
            DecayHistogram d = DecayHistograms.of(analysis, target, analysis.session().decayBinning());
            double[] irfCounts = irf == null ? null : irf.onGridOf(d, new ArrayList<>());
            return DecayPlotData.of(d, fit, irfCounts);
        }, this::draw, message -> status.setText("Cannot show the decay: " + message));
    }

    private void draw(DecayPlotData v) {
        PlotCanvas decay = stack.get(0);
        decay.getSeries("decay").setData(v.counts());
        decay.getSeries("irf").setLabel(v.irfSimulated() ? "IRF (simulated)" : "IRF");
        decay.getSeries("irf").setData(v.irf());
        decay.getSeries("fit").setData(v.curve());
        stack.get(1).getSeries("residuals").setData(v.residuals());
        DecayHistogram d = v.decay();
        status.setText(String.format(Locale.ROOT, "%s: %s photons in %d channels of %.4f ns%s", selected,
                PreferenceText.grouped((long) d.total()), d.length(), d.channelWidthNs(), fitText(v.fit())));
    }

    private static String fitText(FitResult fit) {
        if (fit == null) {
            return "; not fitted";
        }
        if (!fit.ok()) {
            return "; fit " + fit.status().label() + ": " + fit.message();
        }
        return "; τ = " + FitTable.row(FitTarget.WHOLE, fit)[2] + " ns, mean τ " + Numbers.fixed(fit.meanTauAmplitudeNs(), 3)
                + " ns, χ²red " + Numbers.significant(fit.chiSquaredReduced(), 4) + ", DW "
                + Numbers.significant(fit.durbinWatson(), 4);
    }

    private static void setData(PlotCanvas canvas, String id, String label, SeriesStyle style, SeriesData data) {
        var s = canvas.getSeries(id);
        if (s == null) {
            canvas.addSeries(id, label, style, data);
        } else {
            s.setData(data);
        }
    }

    /** The decay and residual plots (tests and screenshots). */
    public StackedPlots decayPlots() {
        return stack;
    }

    /** The thin level strip above the decay (tests). */
    public PlotCanvas levelStrip() {
        return levelTrace;
    }
}
