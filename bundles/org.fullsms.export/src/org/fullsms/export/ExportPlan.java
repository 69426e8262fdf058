package org.fullsms.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.export.ExportFiles.Content;
import org.fullsms.export.plot.FigureSize;
import org.fullsms.model.IntensityBins;
import org.fullsms.model.RasterScan;

/**
 * Decides, before anything is written, which files an export makes (file names of the original, REFERENCE §9)
 * and how each file's bytes are made. Exports whose input a particle lacks are listed as skipped.
 */
final class ExportPlan {

    /** One file to write, relative to the export folder. */
    record Planned(Path relative, Content content) {
    }

    final List<Planned> files = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    private final ExportOptions options;

    private ExportPlan(ExportOptions options) {
        this.options = options;
    }

    static ExportPlan of(ExportRequest request) {
        return of(request, ParquetSupport.available());
    }

    /** @param parquet whether the optional Parquet bundle is installed (else Parquet tables are skipped) */
    static ExportPlan of(ExportRequest request, boolean parquet) {
        ExportPlan plan = new ExportPlan(request.options());
        List<ParticleExport> particles = request.particles();
        ExportOptions o = request.options();
        if (o.has(ExportKind.LIFETIMES)) {
            plan.wholeTraceLifetimes(particles);
        }
        for (ParticleExport p : particles) {
            try {
                plan.particle(p);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(p.name() + ": " + e.getMessage(), e);
            }
        }
        if (o.has(ExportKind.RASTER_SCAN_2D)) {
            for (RasterScan s : scansOf(particles).values()) {
                plan.add("Raster Scan " + (s.index() + 1) + " data.csv", () -> MatrixCsv.rasterScan(s));
            }
        }
        if (o.has(ExportKind.PLOT_RASTER_SCAN)) {
            for (RasterScan s : scansOf(particles).values()) {
                for (PlotFormat f : o.plotFormats()) {
                    plan.add("Raster Scan " + (s.index() + 1) + f.extension(), () -> PlotFigures
                            .render(PlotFigures.rasterScan(s, particles), f, o.figureSize()));
                }
            }
        }
        if (o.has(ExportKind.PARQUET) && !parquet) {
            plan.skipped.add(ParquetSupport.MISSING);
        } else if (o.has(ExportKind.PARQUET)) {
            plan.add("levels.parquet", () -> ParquetTables.levels(particles, o.unit(), o.filtering()));
            plan.add("group_levels.parquet", () -> ParquetTables.groupLevels(particles, o.unit(), o.filtering()));
            plan.add("groups.parquet", () -> ParquetTables.groups(particles, o.unit()));
        }
        if (o.has(ExportKind.PARQUET) && o.filtering().normalisation() != null) {
            // the line the tables' normalised intensities come from
            plan.add(TauIntensityLineCsv.FILE_NAME, () -> TauIntensityLineCsv.of(o.filtering().normalisation().line()));
        }
        return plan;
    }

    /** The raster scans the particles use, each once, by index. */
    private static Map<Integer, RasterScan> scansOf(List<ParticleExport> particles) {
        Map<Integer, RasterScan> scans = new LinkedHashMap<>();
        for (ParticleExport p : particles) {
            if (p.rasterScan() != null) {
                scans.putIfAbsent(p.rasterScan().index(), p.rasterScan());
            }
        }
        return scans;
    }

    private void add(String relative, Content content) {
        files.add(new Planned(Path.of(relative), content));
    }

    private void skip(ParticleExport p, String what, String why) {
        skipped.add(p.name() + ": " + what + ": " + why);
    }

    private void wholeTraceLifetimes(List<ParticleExport> particles) {
        boolean any = particles.stream().anyMatch(p -> p.lifetimes() != null && p.lifetimes().wholeTrace() != null
                && p.lifetimes().wholeTrace().fitted());
        if (any) {
            int maxExp = ParticleExport.maxExponentials(particles);
            add("Whole trace lifetimes.csv", () -> LifetimeCsv.wholeTrace(particles, maxExp));
        }
    }

    /** Why the particle's trace cannot be binned (no photon times, too many bins), or empty when it can. */
    private static Optional<String> unbinnable(ParticleExport p) {
        long[] absoluteNs = p.absoluteNs();
        if (absoluteNs == null) {
            return Optional.of("no photon times given");
        }
        double bins = IntensityBins.binCount(absoluteNs, p.binSizeMs());
        if (bins <= IntensityBins.MAX_BINS) {
            return Optional.empty();
        }
        String seconds = new BigDecimal(absoluteNs[absoluteNs.length - 1] / 1e9).round(new MathContext(4))
                .stripTrailingZeros().toPlainString();
        return Optional.of(String.format(Locale.ROOT, "a bin size of %s ms over %s s gives %.0f intensity bins "
                + "(at most %d); choose a larger bin size", IntensityUnit.binMs(p.binSizeMs()), seconds, bins,
                IntensityBins.MAX_BINS));
    }

    private void particle(ParticleExport p) {
        String n = p.name();
        boolean roi = options.useRoi();
        if (options.has(ExportKind.TRACE)) {
            Optional<String> unbinnable = unbinnable(p);
            if (unbinnable.isPresent()) {
                skip(p, "trace", unbinnable.get());
            } else {
                IntensityBins bins = IntensityBins.of(p.absoluteNs(), p.binSizeMs());
                add(n + " trace.csv", () -> TraceCsv.trace(bins, options.unit()));
                if (roi) {
                    add(n + " trace (ROI).csv", () -> TraceCsv.roiTrace(bins, p.roi(), options.unit()));
                }
            }
        }
        if (options.has(ExportKind.LEVELS)) {
            if (!p.hasLevels()) {
                skip(p, "levels", "no change point levels");
            } else {
                String suffix = roi ? " (ROI).csv" : ".csv";
                var rows = roi ? LevelRows.inRoi(p) : LevelRows.ofLevels(p.changePoints().levels());
                IntensityColumn intensity = IntensityColumn.of(options, p);
                add(n + " levels-plot" + suffix, () -> LevelCsv.plot("Level #", rows, intensity));
                add(n + " levels" + suffix, () -> LevelCsv.levels(rows, intensity));
            }
        }
        groupingFiles(p);
        lifetimeFiles(p);
        if (options.has(ExportKind.CORRELATION)) {
            if (p.correlation() == null) {
                skip(p, "correlation", "not correlated");
            } else {
                add(n + " corr.csv", () -> MatrixCsv.correlation(p.correlation()));
            }
        }
        if (options.has(ExportKind.SPECTRA_2D)) {
            if (p.spectra() == null) {
                skip(p, "spectra", "no spectra");
            } else {
                add(n + " spectra-2D.csv", () -> MatrixCsv.spectra(p.spectra()));
            }
        }
        plots(p);
    }

    private void groupingFiles(ParticleExport p) {
        String n = p.name();
        GroupingExport g = p.grouping();
        boolean wanted = options.has(ExportKind.GROUPED_LEVELS) || options.has(ExportKind.GROUP_INFO)
                || options.has(ExportKind.GROUPING_RESULTS);
        if (wanted && g == null) {
            skip(p, "grouping", "not grouped");
        } else if (wanted) {
            String suffix = g.withRoi() ? " (ROI).csv" : ".csv";
            IntensityColumn intensity = IntensityColumn.of(options, p);
            if (options.has(ExportKind.GROUPED_LEVELS)) {
                var rows = LevelRows.ofGroupLevels(g.input().levels(), g.result().selected());
                add(n + " levels-grouped-plot" + suffix, () -> LevelCsv.plot("Grouped Level #", rows, intensity));
                add(n + " levels-grouped" + suffix, () -> LevelCsv.grouped(rows, intensity));
            }
            if (options.has(ExportKind.GROUP_INFO)) {
                add(n + " groups-info" + suffix, () -> GroupingCsv.groupsInfo(g.result(), intensity));
            }
            if (options.has(ExportKind.GROUPING_RESULTS)) {
                add(n + " grouping-results" + suffix, () -> GroupingCsv.groupingResults(g.result()));
            }
        }
        if (options.has(ExportKind.GLOBAL_GROUPED_LEVELS)) {
            GlobalGroupingExport gg = p.globalGrouping();
            if (gg == null) {
                skip(p, "global grouping", "not globally grouped");
            } else {
                var step = gg.result().particleStep(gg.particleIndex(), gg.result().combined().selectedStep());
                var rows = LevelRows.ofGroupLevels(gg.levels(), step);
                IntensityColumn intensity = IntensityColumn.of(options, p);
                add(n + " levels-global-grouped.csv", () -> LevelCsv.globalGrouped(rows, intensity));
            }
        }
    }

    private void lifetimeFiles(ParticleExport p) {
        String n = p.name();
        LifetimeExport l = p.lifetimes();
        boolean lifetimes = options.has(ExportKind.LIFETIMES);
        boolean hists = options.has(ExportKind.DECAY_HISTOGRAMS);
        if ((lifetimes || hists) && l == null) {
            skip(p, "lifetimes", "no decays");
            return;
        }
        if (lifetimes) {
            int maxExp = l.maxExponentials();
            if (LifetimeCsv.anyFitted(l.levels())) {
                add(n + " levels-lifetimes.csv", () -> LifetimeCsv.levels(l.levels(), maxExp, l.roi()));
            }
            if (LifetimeCsv.anyFitted(l.groupLevels())) {
                add(n + " group-level-lifetimes.csv", () -> LifetimeCsv.levels(l.groupLevels(), maxExp, l.roi()));
            }
        }
        if (hists) {
            String roi = l.roi() ? " (roi)" : "";
            if (l.wholeTrace() != null) {
                add(n + " hist" + roi + ".csv", () -> HistogramCsv.of(l.wholeTrace()));
            }
            Path folder = Path.of(n + " hists");
            histogramFolder(folder, "level ", l.levels(), roi);
            histogramFolder(folder, "group_level ", l.groupLevels(), roi);
            histogramFolder(folder, "group ", l.groups(), roi);
        }
    }

    private void histogramFolder(Path folder, String prefix, List<FittedDecay> decays, String roi) {
        for (int i = 0; i < decays.size(); i++) {
            FittedDecay d = decays.get(i);
            if (d != null) {
                String name = prefix + (i + 1) + roi + (d.fitted() ? " (fitted)" : "") + ".csv";
                files.add(new Planned(folder.resolve(name), () -> HistogramCsv.of(d)));
            }
        }
    }

    private void plots(ParticleExport p) {
        String n = p.name();
        for (PlotFormat f : options.plotFormats()) {
            FigureSize size = options.figureSize();
            if (options.has(ExportKind.PLOT_INTENSITY)) {
                Optional<String> unbinnable = unbinnable(p);
                if (unbinnable.isPresent()) {
                    skip(p, "intensity plot", unbinnable.get());
                } else {
                    String kind = p.grouping() != null ? " trace (levels and groups)"
                            : p.hasLevels() ? " trace (levels)" : " trace";
                    add(n + kind + f.extension(), () -> PlotFigures.render(PlotFigures.intensity(p, options.unit()), f, size));
                }
            }
            if (options.has(ExportKind.PLOT_DECAY)) {
                FittedDecay d = p.lifetimes() == null ? null : p.lifetimes().wholeTrace();
                if (d == null) {
                    skip(p, "decay plot", "no whole-trace decay");
                } else {
                    String kind = d.fitted() && d.fit().ok() ? " hist-fitted (whole trace)" : " hist (whole trace)";
                    add(n + kind + f.extension(), () -> PlotFigures.render(PlotFigures.decay(p.name(), d), f, size));
                }
            }
            if (options.has(ExportKind.PLOT_BIC)) {
                if (p.grouping() == null) {
                    skip(p, "BIC plot", "not grouped");
                } else {
                    add(n + " BIC" + f.extension(),
                            () -> PlotFigures.render(PlotFigures.bic(p.name(), p.grouping().result()), f, size));
                }
            }
            if (options.has(ExportKind.PLOT_CORRELATION)) {
                if (p.correlation() == null) {
                    skip(p, "correlation plot", "not correlated");
                } else {
                    add(n + " corr hist" + f.extension(),
                            () -> PlotFigures.render(PlotFigures.correlation(p.name(), p.correlation()), f, size));
                }
            }
            if (options.has(ExportKind.PLOT_SPECTRA)) {
                if (p.spectra() == null) {
                    skip(p, "spectra plot", "no spectra");
                } else {
                    add(n + " spectra" + f.extension(), () -> PlotFigures.render(PlotFigures.spectra(p), f, size));
                }
            }
        }
    }
}
