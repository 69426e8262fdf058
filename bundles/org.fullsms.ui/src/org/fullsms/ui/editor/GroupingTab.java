package org.fullsms.ui.editor;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.runtime.state.AnalysisSession.Aspect;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.actions.AnalysisActions;
import org.fullsms.ui.charts.AxisRange;
import org.fullsms.ui.charts.ChartToolbar;
import org.fullsms.ui.charts.Overlay;
import org.fullsms.ui.charts.Palette;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.SeriesData;
import org.fullsms.ui.charts.SeriesStyle;
import org.fullsms.ui.undo.GlobalGroupingStepChange;
import org.fullsms.ui.undo.GroupingStepChange;

/**
 * Grouping tab: BIC against the number of groups for every clustering step, the best (maximum BIC) marked and the
 * selected step shown by a line. A click picks the nearest step and applies its groups; Edit &gt; Undo reverts it.
 * Shows the particle's own grouping, or the file's global grouping when the particle only has that one.
 */
public final class GroupingTab implements EditorTab {

    private final ParticleEditor editor;
    private final ParticleAnalysis analysis;
    private final PlotCanvas bic;
    private final Label info;
    private final Button showGlobal;

    GroupingTab(Composite parent, ParticleEditor editor) {
        this.editor = editor;
        this.analysis = editor.analysis();
        parent.setLayout(new GridLayout(1, false));
        Composite row = Controls.row(parent);
        Controls.button(row, "Group", "Group this particle's levels (AHCA + BIC)", () -> AnalysisActions.group(List.of(analysis)));
        Controls.button(row, "Group Selected", "Group the checked particles", () -> AnalysisActions.group(analysis.session().selected()));
        Controls.button(row, "Group All", "Group every particle of the file", () -> AnalysisActions.group(analysis.session().particles()));
        Controls.separator(row);
        Controls.button(row, "Global Group Selected", "One grouping over the levels of all checked particles",
                () -> AnalysisActions.groupGlobally(analysis.session().selected()));
        Controls.button(row, "Global Group All", "One grouping over the levels of every particle of the file",
                () -> AnalysisActions.groupGlobally(analysis.session().particles()));
        showGlobal = Controls.check(row, "Show global", false, () -> refresh(Set.of(Aspect.GROUPING)));
        bic = new PlotCanvas(parent, SWT.NONE);
        bic.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        ChartToolbar.attach(bic);
        bic.setAxisTitle(PlotCanvas.Axis.X, "Number of groups", null);
        bic.setIntegerTicks(PlotCanvas.Axis.X); // a count: no "2.5 groups"
        bic.setAxisTitle(PlotCanvas.Axis.Y, "BIC", null);
        bic.setLegendPosition(SWT.TOP);
        bic.addClickListener((x, y, button) -> {
            if (button == 1) {
                pick((int) Math.round(x));
            }
        });
        info = new Label(parent, SWT.WRAP);
        info.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
    }

    /** The result shown: the particle's own, or the global one. */
    private GroupingResult shown() {
        GlobalGroupingResult global = analysis.session().globalGrouping();
        boolean member = global != null && analysis.session().globalMembers().contains(analysis);
        if (member && (showGlobal.getSelection() || analysis.grouping().isEmpty())) {
            return global.combined();
        }
        return analysis.grouping().orElse(null);
    }

    private boolean showsGlobal() {
        GroupingResult r = shown();
        return r != null && analysis.session().globalGrouping() != null && r == analysis.session().globalGrouping().combined();
    }

    @Override
    public void refresh(Set<Aspect> aspects) {
        if (!aspects.contains(Aspect.GROUPING) && !aspects.contains(Aspect.LEVELS)) {
            return;
        }
        GroupingResult r = shown();
        if (r == null) {
            setSeries("bic", "BIC", SeriesStyle.scatter(Palette.TRACE), SeriesData.empty());
            setSeries("best", "Best", SeriesStyle.highlight(Palette.FIT), SeriesData.empty());
            bic.setOverlays("selected", List.of());
            info.setText(analysis.levels().isPresent() ? "Not grouped yet: press Group."
                    : "Resolve the levels first (Intensity tab), then group them.");
            return;
        }
        List<GroupingStep> steps = r.steps();
        double[] x = new double[steps.size()];
        double[] y = new double[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            x[i] = steps.get(i).numGroups();
            y[i] = steps.get(i).bic();
        }
        // the chart wants x ascending for decimation; steps run from many groups to one
        reverse(x);
        reverse(y);
        setSeries("bic", "BIC per step", SeriesStyle.scatter(Palette.TRACE), SeriesData.of(x, y));
        GroupingStep best = r.best();
        setSeries("best", "Best (max BIC)", SeriesStyle.highlight(Palette.FIT),
                SeriesData.of(new double[] {best.numGroups()}, new double[] {best.bic()}));
        GroupingStep sel = r.selected();
        bic.setOverlays("selected", List.of(Overlay.xLine(sel.numGroups(), Palette.MARKER, "selected")));
        bic.resetRange();
        // half a step of room each side and a margin above and below, so no point sits on the frame
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double pad = Math.max(1, (hi - lo) * 0.08);
        if (x.length > 0 && Double.isFinite(lo) && Double.isFinite(hi)) {
            bic.setRange(PlotCanvas.Axis.X, new AxisRange(x[0] - 0.5, x[x.length - 1] + 0.5));
            bic.setRange(PlotCanvas.Axis.Y, new AxisRange(lo - pad, hi + pad));
        }
        info.setText(String.format(Locale.ROOT, "%s grouping: %d steps; best %d groups (BIC %.1f); selected %d groups "
                + "(BIC %.1f). Click a point to select that step; Edit > Undo reverts.",
                showsGlobal() ? "Global" : "Individual", steps.size(), best.numGroups(), best.bic(), sel.numGroups(),
                sel.bic()));
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Selects the step with {@code numGroups} groups (or the nearest) and applies it; undoable. */
    public void pick(int numGroups) {
        GroupingResult r = shown();
        if (r == null) {
            return;
        }
        int best = -1;
        for (int i = 0; i < r.steps().size(); i++) {
            if (best < 0 || Math.abs(r.steps().get(i).numGroups() - numGroups) < Math.abs(r.steps().get(best).numGroups() - numGroups)) {
                best = i;
            }
        }
        if (best == r.selectedStep() && (showsGlobal() || analysis.groupsApplied())) {
            return;
        }
        if (showsGlobal()) {
            editor.record(new GlobalGroupingStepChange(analysis.session(), best));
        } else {
            editor.record(new GroupingStepChange(analysis, best));
        }
    }

    @Override
    public boolean isBusy() {
        return false;
    }

    private void setSeries(String id, String label, SeriesStyle style, SeriesData data) {
        var s = bic.getSeries(id);
        if (s == null) {
            bic.addSeries(id, label, style, data);
        } else {
            s.setLabel(label);
            s.setData(data);
        }
    }

    /** The BIC plot (tests and screenshots). */
    public PlotCanvas bicPlot() {
        return bic;
    }
}
