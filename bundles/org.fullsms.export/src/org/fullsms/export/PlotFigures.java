package org.fullsms.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.grouping.GroupLevels;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.export.plot.Band;
import org.fullsms.export.plot.Figure;
import org.fullsms.export.plot.FigureRenderer;
import org.fullsms.export.plot.FigureSize;
import org.fullsms.export.plot.HeatMap;
import org.fullsms.export.plot.Panel;
import org.fullsms.export.plot.PlotStyle;
import org.fullsms.export.plot.Series.Style;
import org.fullsms.export.plot.Series;
import org.fullsms.model.IntensityBins;
import org.fullsms.model.RasterScan;

/**
 * The exported plots: intensity trace with levels and groups, decay with fit and residuals, BIC, correlation, spectra
 * and raster scans. Colours
 * and widths are the workbench's ({@link PlotStyle}), so a figure in a file looks like the chart on screen.
 */
final class PlotFigures {

    private PlotFigures() {
    }

    static byte[] render(Figure f, PlotFormat format, FigureSize size) throws IOException {
        return switch (format) {
            case PNG -> FigureRenderer.png(f, size);
            case SVG -> FigureRenderer.svg(f, size);
            case PDF -> FigureRenderer.pdf(f, size);
        };
    }

    /** Binned trace, levels and group levels in {@code unit}, group ranges shaded. */
    static Figure intensity(ParticleExport p, IntensityUnit unit) {
        IntensityBins bins = IntensityBins.of(p.absoluteNs(), p.binSizeMs());
        double perCount = unit.perCount(p.binSizeMs());
        double perBin = unit.fromCps(1, p.binSizeMs()); // counts/s → unit
        double[] edges = new double[bins.size() + 1];
        double[] counts = new double[bins.size()];
        for (int i = 0; i <= bins.size(); i++) {
            edges[i] = bins.timeS(i);
        }
        for (int i = 0; i < bins.size(); i++) {
            counts[i] = bins.counts()[i] * perCount;
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series("Trace", edges, counts, Style.STEPS, PlotStyle.TRACE.awt(), PlotStyle.LINE_WIDTH));
        List<Band> bands = new ArrayList<>();
        if (p.hasLevels()) {
            List<Level> levels = p.changePoints().levels();
            series.add(stepCurve("Levels", LevelRows.ofLevels(levels), perBin, PlotStyle.LEVEL));
        }
        if (p.grouping() != null) {
            GroupingStep step = p.grouping().result().selected();
            series.add(stepCurve("Group levels (" + step.numGroups() + " groups)",
                    LevelRows.ofGroupLevels(p.grouping().input().levels(), step), perBin, PlotStyle.GROUP_LEVEL));
            // Each group's intensity range shaded in its own colour, as in the workbench.
            double[] bounds = GroupLevels.intensityBounds(step);
            for (int g = 0; g <= bounds.length; g++) {
                double lo = g == 0 ? 0 : bounds[g - 1] * perBin;
                double hi = g < bounds.length ? bounds[g] * perBin : Double.MAX_VALUE;
                bands.add(new Band(lo, hi, PlotStyle.group(g).awt(PlotStyle.BAND_ALPHA),
                        g == 0 ? "Group ranges" : null));
            }
        }
        double[] roi = p.roi() == null ? null : new double[] {p.roi().startS(), p.roi().endS()};
        Panel panel = new Panel("Time (s)", "Intensity (" + unit.label(p.binSizeMs()) + ")", false, series, bands, roi, 1);
        return new Figure(p.name() + " intensity trace", List.of(panel));
    }

    private static Series stepCurve(String label, List<LevelRows.Row> rows, double scale, PlotStyle.Rgb color) {
        double[] x = new double[2 * rows.size()];
        double[] y = new double[2 * rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[2 * i] = rows.get(i).startS();
            x[2 * i + 1] = rows.get(i).endS();
            y[2 * i] = rows.get(i).intensityCps() * scale;
            y[2 * i + 1] = y[2 * i];
        }
        return new Series(label, x, y, Style.LINE, color.awt(), PlotStyle.STEP_WIDTH);
    }

    /** Decay (log counts) with the fit over its window and, when fitted, the residuals below. */
    static Figure decay(String name, FittedDecay d) {
        DecayHistogram h = d.histogram();
        double[] t = new double[h.length()];
        for (int k = 0; k < t.length; k++) {
            t[k] = k * h.channelWidthNs();
        }
        List<Series> top = new ArrayList<>();
        top.add(new Series("Decay", t, h.counts(), Style.LINE, PlotStyle.TRACE.awt(), PlotStyle.LINE_WIDTH));
        FitResult f = d.fit();
        List<Panel> panels = new ArrayList<>();
        if (f == null || !f.ok() || f.startChannel() < 0 || f.fittedCounts().length == 0) {
            panels.add(new Panel("Time (ns)", "Counts per channel", true, top, List.of(), null, 1));
            return new Figure(name + " decay", panels);
        }
        int n = Math.min(f.fittedCounts().length, Math.min(f.residuals().length, t.length - f.startChannel()));
        double[] ft = new double[n];
        double[] model = new double[n];
        double[] res = new double[n];
        for (int i = 0; i < n; i++) {
            ft[i] = t[f.startChannel() + i];
            model[i] = f.fittedCounts()[i];
            res[i] = f.residuals()[i];
        }
        top.add(new Series(fitLabel(f), ft, model, Style.LINE, PlotStyle.FIT.awt(), PlotStyle.FIT_WIDTH));
        panels.add(new Panel("Time (ns)", "Counts per channel", true, top, List.of(), null, 3));
        List<Series> bottom = List.of(new Series(null, new double[] {t[0], t[t.length - 1]}, new double[] {0, 0},
                Style.LINE, PlotStyle.IRF.awt(), PlotStyle.LINE_WIDTH),
                new Series("Residuals", ft, res, Style.LINE, PlotStyle.RESIDUAL.awt(), PlotStyle.LINE_WIDTH));
        panels.add(new Panel("Time (ns)", "Residual", false, bottom, List.of(), null, 1));
        return new Figure(name + " decay and fit", panels);
    }

    private static String fitLabel(FitResult f) {
        StringBuilder b = new StringBuilder("Fit: τ = ");
        for (int i = 0; i < f.tauNs().length; i++) {
            b.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.3g", f.tauNs()[i]));
        }
        return b.append(String.format(Locale.ROOT, " ns, χ²ᵣ = %.3g", f.chiSquaredReduced())).toString();
    }

    /** BIC of every step against its number of groups; the best step filled, the selected one ringed. */
    static Figure bic(String name, GroupingResult r) {
        int n = r.steps().size();
        double[] groups = new double[n];
        double[] bic = new double[n];
        for (int i = 0; i < n; i++) {
            groups[i] = r.steps().get(i).numGroups();
            bic[i] = r.steps().get(i).bic();
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series("BIC", groups, bic, Style.POINTS, PlotStyle.TRACE.awt(), PlotStyle.SYMBOL_SIZE / 2f));
        series.add(new Series("Best (" + r.best().numGroups() + " groups)", new double[] {r.best().numGroups()},
                new double[] {r.best().bic()}, Style.POINTS, PlotStyle.FIT.awt(), PlotStyle.HIGHLIGHT_SIZE / 2f));
        series.add(new Series("Selected", new double[] {r.selected().numGroups()}, new double[] {r.selected().bic()},
                Style.RINGS, PlotStyle.MARKER.awt(), PlotStyle.HIGHLIGHT_SIZE / 2f));
        return new Figure(name + " grouping BIC", List.of(Panel.of("Number of groups", "BIC", series)));
    }

    /** Pair counts per bin against the delay τ. */
    static Figure correlation(String name, CorrelationResult r) {
        double[] c = r.binCentresNs();
        long[] counts = r.counts();
        double bin = r.parameters().binNs();
        double[] edges = new double[c.length + 1];
        double[] y = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            edges[i] = c[i] - bin / 2;
            y[i] = counts[i];
        }
        if (c.length > 0) {
            edges[c.length] = c[c.length - 1] + bin / 2;
        } else {
            edges = new double[0];
        }
        Series s = new Series("Coincidences", edges, y, Style.STEPS, PlotStyle.TRACE.awt(), PlotStyle.LINE_WIDTH);
        List<Series> series = new ArrayList<>(List.of(s));
        fitInCounts(r, edges, y).ifPresent(series::add);
        return new Figure(name + " second-order correlation",
                List.of(Panel.of("Delay τ (ns)", "Coincidences (counts/bin)", series)));
    }

    /**
     * The g² fit in coincidences per bin, as on screen (issue 18): g² is the counts over the counts expected from
     * uncorrelated photons, the same for every bin, so one factor turns the fitted g² into counts.
     */
    private static java.util.Optional<Series> fitInCounts(CorrelationResult r, double[] edges, double[] counts) {
        if (r.fit() == null || edges.length < 2) {
            return java.util.Optional.empty();
        }
        double[] g = r.fit().binMeans(edges, r.parameters().periodNs());
        double sumCounts = 0;
        double sumG2 = 0;
        for (int i = 0; i < counts.length; i++) {
            if (Double.isFinite(r.g2()[i]) && r.g2()[i] > 0) {
                sumCounts += counts[i];
                sumG2 += r.g2()[i];
            }
        }
        if (g.length != counts.length || !(sumG2 > 0)) {
            return java.util.Optional.empty();
        }
        double perUnitG2 = sumCounts / sumG2;
        double[] x = new double[g.length];
        double[] fit = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            x[i] = (edges[i] + edges[i + 1]) / 2;
            fit[i] = g[i] * perUnitG2;
        }
        return java.util.Optional.of(new Series(String.format(Locale.ROOT, "Fit: g²(0) = %.2f", r.fit().g0()), x,
                fit, Style.LINE, PlotStyle.FIT.awt(), PlotStyle.FIT_WIDTH));
    }

    /** The spectral time trace of a particle (reads its spectra). */
    static Figure spectra(ParticleExport p) throws IOException {
        HeatMaps.Labels labels = HeatMaps.spectraLabels(p.spectra());
        return new Figure(p.name() + " spectral trace",
                List.of(Panel.of(labels.x(), labels.y(), HeatMaps.spectra(p.spectra()))));
    }

    /** A raster scan with the positions of the exported particles on it, labelled by their numbers. */
    static Figure rasterScan(RasterScan scan, List<ParticleExport> particles) {
        List<HeatMap.Marker> markers = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        for (ParticleExport p : particles) {
            double[] xy = p.rasterPositionUm();
            // a second channel shares its particle's position: one marker per particle
            if (p.rasterScan() != null && p.rasterScan().index() == scan.index() && xy != null && !numbers.contains(p.number())) {
                numbers.add(p.number());
                markers.add(new HeatMap.Marker(xy[0], xy[1], Long.toString(p.number()), false));
            }
        }
        HeatMaps.Labels labels = HeatMaps.rasterLabels(scan);
        return new Figure("Raster scan " + (scan.index() + 1),
                List.of(Panel.of(labels.x(), labels.y(), HeatMaps.rasterScan(scan, markers))));
    }
}
