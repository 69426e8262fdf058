package org.fullsms.ui.filter;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.fullsms.analysis.filter.Feature;
import org.fullsms.analysis.filter.FilterPoint;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.analysis.filter.TauIntensityRegression;
import org.fullsms.ui.charts.AxisRange;
import org.fullsms.ui.charts.Palette;
import org.fullsms.ui.charts.PlotCanvas;
import org.fullsms.ui.charts.PlotSeries;
import org.fullsms.ui.charts.SeriesData;
import org.fullsms.ui.charts.SeriesStyle;

/**
 * The Filtering view's plot: a distribution (all points in grey, those that pass in colour, on the same bins) or a
 * scatter plot of two features (passing points in colour, filtered-out ones in grey) with the τ–I line on the
 * intensity–lifetime plot. A click picks the nearest point within a few pixels and hands it on.
 */
final class FilterChart {

    /** Filtered-out points and bins. */
    static final RGB FILTERED_OUT = new RGB(170, 170, 170);
    private static final int PICK_PIXELS = 10;

    private final PlotCanvas plot;
    private FilterView view;
    private boolean showFilteredOut = true;
    private FilterPoint selected;

    FilterChart(Composite parent, Consumer<FilterPoint> picked) {
        plot = new PlotCanvas(parent, SWT.NONE);
        plot.setLegendPosition(SWT.TOP);
        plot.addClickListener((x, y, button) -> {
            if (button == 1 && view != null && view.y() != null) {
                FilterPoint p = nearest(x, y);
                if (p != null) {
                    picked.accept(p);
                }
            }
        });
    }

    PlotCanvas canvas() {
        return plot;
    }

    void showFilteredOut(boolean on) {
        showFilteredOut = on;
        draw();
    }

    /** Marks a point (null: none). */
    void select(FilterPoint p) {
        selected = p;
        drawSelected();
    }

    void show(FilterView v) {
        boolean sameAxes = view != null && view.x() == v.x() && view.y() == v.y();
        view = v;
        if (!sameAxes) {
            plot.resetRange();
        }
        if (selected != null && !v.points().contains(selected)) {
            selected = v.points().stream().filter(p -> same(p, selected)).findFirst().orElse(null);
        }
        draw();
    }

    private static boolean same(FilterPoint a, FilterPoint b) {
        return a.particle().equals(b.particle()) && a.kind() == b.kind() && a.index() == b.index();
    }

    private void draw() {
        if (view == null || plot.getControl().isDisposed()) {
            return;
        }
        String what = what(view);
        if (view.y() == null) {
            plot.setAxisTitle(PlotCanvas.Axis.X, quantity(view.x()), unit(view.x()));
            plot.setAxisTitle(PlotCanvas.Axis.Y, what, "per bin");
            double[] edges = view.histogram().edges();
            set("all", "All " + what.toLowerCase(), SeriesStyle.histogram(FILTERED_OUT),
                    edges.length < 2 ? SeriesData.empty() : SeriesData.steps(edges, view.histogram().counts()),
                    showFilteredOut);
            set("passing", "Passing", SeriesStyle.histogram(Palette.TRACE),
                    edges.length < 2 ? SeriesData.empty() : SeriesData.steps(edges, view.passing()), true);
            set("out", null, null, null, false);
            set("in", null, null, null, false);
            set("line", null, null, null, false);
            set("selected", null, null, null, false);
        } else {
            plot.setAxisTitle(PlotCanvas.Axis.X, quantity(view.x()), unit(view.x()));
            plot.setAxisTitle(PlotCanvas.Axis.Y, quantity(view.y()), unit(view.y()));
            set("all", null, null, null, false);
            set("passing", null, null, null, false);
            set("out", "Filtered out", SeriesStyle.scatter(FILTERED_OUT), scatter(view.filteredOut()),
                    showFilteredOut);
            set("in", "Passing " + what.toLowerCase(), SeriesStyle.scatter(Palette.TRACE), scatter(view.passed()),
                    true);
            TauIntensityRegression line = view.line();
            set("line", "τ–I line", SeriesStyle.fit(Palette.FIT), line == null ? null : lineData(line),
                    view.isTauIntensity());
            drawSelected();
        }
    }

    private static String what(FilterView v) {
        LevelKind k = v.points().isEmpty() ? LevelKind.LEVEL : v.points().get(0).kind();
        return k.label();
    }

    private SeriesData scatter(int[] indices) {
        double[] x = new double[indices.length];
        double[] y = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            FilterPoint p = view.points().get(indices[i]);
            x[i] = p.value(view.x());
            y[i] = p.value(view.y());
        }
        return SeriesData.of(x, y);
    }

    /** The line from I = 0 to the largest intensity shown, as the original draws it. */
    private SeriesData lineData(TauIntensityRegression line) {
        double max = 0;
        for (FilterPoint p : view.points()) {
            double i = p.value(Feature.INTENSITY);
            max = Double.isFinite(i) ? Math.max(max, i) : max;
        }
        return SeriesData.of(new double[] { 0, max }, new double[] { line.tauAt(0), line.tauAt(max) });
    }

    private void drawSelected() {
        boolean on = selected != null && view != null && view.y() != null
                && Double.isFinite(selected.value(view.x())) && Double.isFinite(selected.value(view.y()));
        set("selected", "Selected", SeriesStyle.highlight(Palette.MARKER), on ? SeriesData.of(
                new double[] { selected.value(view.x()) }, new double[] { selected.value(view.y()) }) : null, on);
    }

    private void set(String id, String label, SeriesStyle style, SeriesData data, boolean visible) {
        PlotSeries s = plot.getSeries(id);
        if (data == null) {
            if (s != null) {
                s.remove();
            }
            return;
        }
        if (s == null) {
            s = plot.addSeries(id, label, style, data);
        } else {
            s.setData(data);
            s.setLabel(label);
        }
        s.setVisible(visible);
    }

    /** The shown point nearest to a click, within a few pixels, or null. */
    private FilterPoint nearest(double x, double y) {
        Point size = plot.getChart().getPlotArea().getSize();
        AxisRange rx = plot.getRange(PlotCanvas.Axis.X);
        AxisRange ry = plot.getRange(PlotCanvas.Axis.Y);
        double px = size.x / (rx.upper() - rx.lower());
        double py = size.y / (ry.upper() - ry.lower());
        FilterPoint best = null;
        double bestDistance = PICK_PIXELS;
        for (int[] shown : showFilteredOut ? new int[][] { view.passed(), view.filteredOut() }
                : new int[][] { view.passed() }) {
            for (int i : shown) {
                FilterPoint p = view.points().get(i);
                double d = Math.hypot((p.value(view.x()) - x) * px, (p.value(view.y()) - y) * py);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = p;
                }
            }
        }
        return best;
    }

    /** An axis quantity: the feature named as it is measured. */
    static String quantity(Feature f) {
        return switch (f) {
            case PHOTONS -> "Photons";
            case INTENSITY -> "Intensity";
            case LIFETIME -> "Mean lifetime τ";
            case DW -> "Durbin–Watson d";
            case CHI_SQUARED -> "Reduced χ²";
            case IRF_SHIFT -> "IRF shift";
        };
    }

    /** An axis unit; null for the pure numbers d and χ². */
    static String unit(Feature f) {
        return switch (f) {
            case PHOTONS -> "count";
            case INTENSITY -> "counts/s";
            case LIFETIME, IRF_SHIFT -> "ns";
            case DW, CHI_SQUARED -> null;
        };
    }
}
