package org.fullsms.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.roi.AutoRoi;
import org.fullsms.analysis.roi.AutoRoiParameters;
import org.fullsms.analysis.roi.QuickRoi;
import org.fullsms.analysis.roi.QuickRoiParameters;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.runtime.GroupingInputs;
import org.fullsms.runtime.state.AnalysisSession.Aspect;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;
import org.fullsms.ui.charts.AxisLink;
import org.fullsms.ui.charts.ChartToolbar;
import org.fullsms.ui.charts.DraggableLine;
import org.fullsms.ui.charts.Overlay;
import org.fullsms.ui.charts.Palette;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.PlotSeries;
import org.fullsms.ui.charts.SeriesData;
import org.fullsms.ui.charts.SeriesStyle;
import org.fullsms.ui.prefs.UiPreferences;
import org.fullsms.ui.undo.RoiChange;

/**
 * Intensity tab: the binned trace with levels, group levels and bands, the ROI (drag its edges), channel 2 and
 * the stored trace; the intensity histogram beside it with the dwell-weighted level distribution; level info.
 * Actions: bin size (this particle, the selected or all), resolve at a confidence, photon bursts, Quick / Auto ROI.
 */
public final class IntensityTab implements EditorTab {

    static final String[] CONFIDENCES = {"99", "95", "90", "69"};

    private final ParticleEditor editor;
    private final ParticleAnalysis analysis;
    private final Background background;
    private final Spinner binSpinner;
    private final Combo confidence;
    private final Button showLevels;
    private final Button showGroups;
    private final Button showSecond;
    private final Button showStored;
    private final PlotCanvas trace;
    private final PlotCanvas histogram;
    private final Label wholeInfo;
    private final Label cursorInfo;
    private final DraggableLine roiStart;
    private final DraggableLine roiEnd;
    private IntensityModel model;
    private double[] highlighted;

    IntensityTab(Composite parent, ParticleEditor editor) {
        this.editor = editor;
        this.analysis = editor.analysis();
        parent.setLayout(new GridLayout(1, false));
        Composite row = Controls.row(parent);
        Controls.label(row, "Bin (ms)");
        binSpinner = new Spinner(row, SWT.BORDER);
        binSpinner.setValues((int) Math.round(analysis.binSizeMs()), 1, 9999, 0, 10, 100);
        binSpinner.setToolTipText("Intensity bin size of this particle (display only; change points use photons)");
        binSpinner.addListener(SWT.DefaultSelection, e -> applyBin(List.of(analysis)));
        binSpinner.addListener(SWT.Selection, e -> applyBin(List.of(analysis)));
        Controls.button(row, "To Selected", "Use this bin size for the checked particles",
                () -> applyBin(analysis.session().selected()));
        Controls.button(row, "To All", "Use this bin size for every particle of the file",
                () -> applyBin(analysis.session().particles()));
        Controls.separator(row);
        Controls.label(row, "Confidence (%)");
        confidence = new Combo(row, SWT.READ_ONLY);
        confidence.setItems(CONFIDENCES);
        String pref = PreferenceText.integer(UiPreferences.get(UiPreferences.Key.CPA_CONFIDENCE));
        confidence.select(Math.max(0, List.of(CONFIDENCES).indexOf(pref)));
        Controls.button(row, "Resolve", "Change point analysis of this particle", () -> resolve(List.of(analysis)));
        Controls.button(row, "Resolve Selected", "Change point analysis of the checked particles",
                () -> resolve(editor.analysis().session().selected()));
        Controls.button(row, "Resolve All", "Change point analysis of every particle of the file",
                () -> resolve(analysis.session().particles()));
        Controls.separator(row);
        Controls.button(row, "Remove Bursts", "Detect photon bursts and merge them into their brighter neighbours",
                () -> AnalysisActions.removeBursts(List.of(analysis)));
        Controls.button(row, "Restore Bursts", "Put removed photon bursts back",
                () -> AnalysisActions.restoreBursts(List.of(analysis)));
        Controls.separator(row);
        Controls.button(row, "Quick ROI", "Trim a photobleached end (last levels below 400 cps for ≥ 5 s)",
                () -> roi(true));
        Controls.button(row, "Auto ROI", "Region of interest from the level statistics", () -> roi(false));
        Controls.button(row, "Reset ROI", "Whole trace", () -> setRoi(null));
        Composite shows = Controls.row(parent);
        Controls.label(shows, "Show:");
        showLevels = Controls.check(shows, "Levels", true, this::redraw);
        showGroups = Controls.check(shows, "Groups", true, this::redraw);
        showSecond = Controls.check(shows, "Channel 2", false, this::redraw);
        if (analysis.particle().secondary().isEmpty()) {
            // A particle without a second detector channel has nothing to show there (issue 18, 8).
            showSecond.setEnabled(false);
            showSecond.setToolTipText("This particle has no second detector channel");
        }
        showStored = Controls.check(shows, "Stored trace (cps)", false, this::redraw);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        trace = new PlotCanvas(sash, SWT.NONE);
        trace.setAxisTitle(PlotCanvas.Axis.X, "Time", "s");
        trace.setAxisTitle(PlotCanvas.Axis.Y, "Intensity", "counts / 100 ms");
        trace.setLegendPosition(SWT.TOP);
        histogram = new PlotCanvas(sash, SWT.NONE);
        histogram.setVertical(true);
        histogram.setAxisTitle(PlotCanvas.Axis.X, "Intensity", "counts / bin");
        histogram.setAxisTitle(PlotCanvas.Axis.Y, "Bins", null);
        histogram.setLegendPosition(SWT.TOP);
        histogram.setTickSpacing(PlotCanvas.Axis.Y, 30);
        sash.setWeights(80, 20);
        ChartToolbar.attach(sash, trace); // above trace and histogram, so their intensity axes stay level
        AxisLink.link(trace, PlotCanvas.Axis.Y, histogram, PlotCanvas.Axis.X);
        roiStart = trace.addDraggableXLine(0, Palette.ROI, "ROI start", (x, done) -> roiMoved(done));
        roiEnd = trace.addDraggableXLine(0, Palette.ROI, "ROI end", (x, done) -> roiMoved(done));
        wholeInfo = new Label(parent, SWT.NONE);
        wholeInfo.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        cursorInfo = new Label(parent, SWT.NONE);
        cursorInfo.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        trace.addCursorListener((x, y) -> cursorInfo.setText(levelAt(x)));
        background = new Background(trace.getControl());
    }

    @Override
    public void refresh(Set<Aspect> aspects) {
        if (aspects.contains(Aspect.DISPLAY)) {
            binSpinner.setSelection((int) Math.round(analysis.binSizeMs()));
        }
        if (aspects.contains(Aspect.DISPLAY) || aspects.contains(Aspect.LEVELS) || aspects.contains(Aspect.GROUPING)
                || aspects.contains(Aspect.ROI)) {
            double bin = analysis.binSizeMs();
            IntensityUnit unit = UiPreferences.intensityUnit();
            background.run("Intensity trace " + analysis.particle().name(),
                    () -> IntensityModel.compute(analysis, bin, unit),
                    m -> {
                        model = m;
                        redraw();
                    }, message -> wholeInfo.setText("Cannot show the trace: " + message));
        }
    }

    @Override
    public boolean isBusy() {
        return background.isBusy();
    }

    private void redraw() {
        if (model == null || trace.getControl().isDisposed()) {
            return;
        }
        String unit = model.unit().label(model.binS() * 1e3);
        trace.setAxisTitle(PlotCanvas.Axis.Y, "Intensity", unit);
        histogram.setAxisTitle(PlotCanvas.Axis.X, "Intensity", unit);
        set(trace, "trace", "Channel 1", SeriesStyle.line(Palette.TRACE), model.trace(), true);
        set(trace, "second", "Channel 2", SeriesStyle.line(Palette.SECOND_CHANNEL), model.second(),
                showSecond.getSelection());
        set(trace, "stored", "Stored trace", SeriesStyle.line(Palette.MARKER), model.stored(), showStored.getSelection());
        set(trace, "levels", "Levels", SeriesStyle.step(Palette.LEVEL), model.levels(), showLevels.getSelection());
        set(trace, "groups", "Group levels", SeriesStyle.step(Palette.GROUP_LEVEL), model.groupLevels(),
                showGroups.getSelection());
        set(histogram, "hist", "Binned", SeriesStyle.histogram(Palette.TRACE), model.histogram(), true);
        set(histogram, "levelhist", "Levels (dwell)", SeriesStyle.step(Palette.LEVEL), model.levelHistogram(),
                showLevels.getSelection());
        List<Overlay> bands = new ArrayList<>();
        double[] bounds = model.groupBounds();
        if (bounds != null && showGroups.getSelection()) {
            double top = Math.max(model.trace().yMax(), bounds.length > 0 ? bounds[bounds.length - 1] * 1.5 : 1);
            for (int g = 0; g <= bounds.length; g++) {
                double lo = g == 0 ? 0 : bounds[g - 1];
                double hi = g == bounds.length ? top : bounds[g];
                bands.add(Overlay.yBand(lo, hi, Palette.group(g), null));
            }
        }
        trace.setOverlays("groups", bands);
        RegionOfInterest roi = analysis.roi().orElse(null);
        roiStart.setX(roi == null ? model.startS() : roi.startS());
        roiEnd.setX(roi == null ? model.endS() : roi.endS());
        trace.setOverlays("roi", roi == null ? List.of()
                : List.of(Overlay.xBand(roi.startS(), roi.endS(), Palette.ROI, "ROI")));
        trace.setOverlays("highlight", highlighted == null ? List.of()
                : List.of(Overlay.xBand(highlighted[0], highlighted[1], Palette.MARKER, "Selected")));
        wholeInfo.setText(wholeText());
    }

    private static void set(PlotCanvas canvas, String id, String label, SeriesStyle style, SeriesData data,
            boolean visible) {
        PlotSeries s = canvas.getSeries(id);
        if (data == null) {
            if (s != null) {
                s.remove();
            }
            return;
        }
        if (s == null) {
            s = canvas.addSeries(id, label, style, data);
        } else {
            s.setData(data);
        }
        s.setVisible(visible);
    }

    private String wholeText() {
        double duration = Math.max(1e-9, model.endS() - model.startS());
        double binMs = model.binS() * 1e3;
        IntensityUnit unit = model.unit();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Whole trace: %s photons, %.2f s, %s",
                PreferenceText.grouped(model.photons()), duration, unit.format(model.photons() / duration, binMs)));
        analysis.levels().ifPresent(r -> {
            b.append(String.format(Locale.ROOT, ", %d levels, %d change points", r.levels().size(), r.numChangePoints()));
            if (r.analysed()) {
                b.append(", dwell-weighted mean ").append(unit.format(r.weightedMeanCps(), binMs)).append(" ± ")
                        .append(unit.format(r.weightedSdCps(), binMs));
            }
        });
        analysis.burstRemoval().ifPresent(r -> b.append(", ").append(r.burstLevels().length).append(" bursts removed"));
        analysis.roi().ifPresent(r -> b.append(String.format(Locale.ROOT, ", ROI %.2f–%.2f s", r.startS(), r.endS())));
        return b.toString();
    }

    /** Text for the level under the cursor at time {@code x}. */
    String levelAt(double x) {
        ChangePointResult r = analysis.levels().orElse(null);
        if (r == null || Double.isNaN(x)) {
            return "";
        }
        List<Level> levels = r.levels();
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            if (x >= l.startS() && x <= l.endS()) {
                IntensityUnit unit = model == null ? UiPreferences.intensityUnit() : model.unit();
                return String.format(Locale.ROOT, "Level %d of %d: %s, %.3f s (%.3f–%.3f s), %d photons", i + 1,
                        levels.size(), unit.format(l.intensityCps(), analysis.binSizeMs()), l.dwellS(), l.startS(),
                        l.endS(), l.photons());
            }
        }
        return "";
    }

    private void applyBin(List<ParticleAnalysis> targets) {
        double ms = binSpinner.getSelection();
        for (ParticleAnalysis a : targets) {
            if (a.binSizeMs() != ms) {
                a.setBinSizeMs(ms);
            }
        }
    }

    /** Resolves at the chosen confidence (also used by tests). */
    public void resolve(List<ParticleAnalysis> targets) {
        AnalysisActions.resolve(targets, Double.parseDouble(confidence.getText()));
    }

    private void roi(boolean quick) {
        ChangePointResult r = analysis.levels().orElse(null);
        if (r == null || r.levels().isEmpty()) {
            cursorInfo.setText("Resolve the levels first: the ROI is found from them.");
            return;
        }
        var levels = GroupingInputs.levelInputs(r.levels());
        try {
            RegionOfInterest found = quick ? QuickRoi.find(levels, QuickRoiParameters.DEFAULTS)
                    : AutoRoi.find(levels, AutoRoiParameters.DEFAULTS);
            String what = quick ? "Quick ROI" : "Auto ROI";
            double cutStart = Math.max(0, found.startS() - levels.get(0).startS());
            double cutEnd = Math.max(0, levels.get(levels.size() - 1).endS() - found.endS());
            if (cutStart < 1e-9 && cutEnd < 1e-9) {
                // An ROI of the whole trace is no ROI: the whole-trace fit stays the one shown (issue 18, 5).
                setRoi(null);
                cursorInfo.setText(what + ": the whole trace is kept (nothing to trim).");
            } else {
                setRoi(found);
                cursorInfo.setText(String.format(java.util.Locale.ROOT, "%s: %.2f s trimmed at the start, %.2f s at"
                        + " the end; %.2f s kept.", what, cutStart, cutEnd, found.durationS()));
            }
        } catch (IllegalArgumentException e) {
            cursorInfo.setText("No ROI: " + e.getMessage());
        }
    }

    private void roiMoved(boolean done) {
        if (!done) {
            return;
        }
        double a = Math.min(roiStart.getX(), roiEnd.getX());
        double b = Math.max(roiStart.getX(), roiEnd.getX());
        if (b > a && model != null) {
            setRoi(new RegionOfInterest(Math.max(a, model.startS()), Math.min(b, model.endS())));
        }
    }

    private void setRoi(RegionOfInterest roi) {
        editor.record(new RoiChange(analysis, roi));
    }

    /**
     * Marks a span of the trace, e.g. the level a point of the Filtering view stands for, and names it under the
     * trace; null clears the mark.
     *
     * @param label what the span is ("Particle 3, level 7: …")
     */
    public void highlight(double startS, double endS, String label) {
        highlighted = Double.isFinite(startS) && Double.isFinite(endS) ? new double[] { startS, endS } : null;
        trace.setOverlays("highlight", highlighted == null ? List.of()
                : List.of(Overlay.xBand(startS, endS, Palette.MARKER, "Selected")));
        cursorInfo.setText(label == null ? "" : label);
    }

    /** The marked span {start, end} in s, or null (tests). */
    public double[] highlighted() {
        return highlighted == null ? null : highlighted.clone();
    }

    /** The trace plot (tests and screenshots). */
    public PlotCanvas tracePlot() {
        return trace;
    }

    /** The intensity histogram beside the trace (tests). */
    public PlotCanvas histogramPlot() {
        return histogram;
    }
}
