package org.fullsms.runtime.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.export.ExportKind;
import org.fullsms.export.ExportOptions;
import org.fullsms.export.ExportReport;
import org.fullsms.export.ExportRequest;
import org.fullsms.export.FittedDecay;
import org.fullsms.export.GlobalGroupingExport;
import org.fullsms.export.GroupingExport;
import org.fullsms.export.LifetimeExport;
import org.fullsms.export.ParticleExport;
import org.fullsms.export.ParticleExporter;
import org.fullsms.export.PlotFormat;
import org.fullsms.runtime.GroupingInputs;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.state.FitTarget;

/** {@code fullsms analyze --export DIR}: the analysis results as the original's export files. */
final class ExportWiring {

    private ExportWiring() {
    }

    /** The particles that took part in global grouping, in its order. */
    static List<ParticleAnalyzer.Report> globalMembers(List<ParticleAnalyzer.Report> reports) {
        return reports.stream().filter(r -> r.groupingInput() != null).toList();
    }

    /** Exports whose files span all particles (one row per particle, shared raster scans, tables). */
    private static final Set<ExportKind> DATASET_WIDE = EnumSet.of(ExportKind.LIFETIMES, ExportKind.RASTER_SCAN_2D,
            ExportKind.PARQUET);

    /**
     * Writes the per-particle exports particle by particle (photons are read again for the binned traces and
     * released), then the dataset-wide files, which need no photons, for all particles in one go.
     */
    static void export(AnalyzeSettings s, List<ParticleAnalyzer.Report> reports, GlobalGroupingResult global,
            PrintStream err) throws CliException {
        Set<ExportKind> perParticle = EnumSet.noneOf(ExportKind.class);
        Set<ExportKind> datasetWide = EnumSet.noneOf(ExportKind.class);
        if (!s.format().equals("parquet")) {
            perParticle.addAll(ExportOptions.allCsv());
            perParticle.removeAll(DATASET_WIDE);
            datasetWide.addAll(EnumSet.of(ExportKind.LIFETIMES, ExportKind.RASTER_SCAN_2D));
        }
        if (!s.format().equals("csv")) {
            datasetWide.add(ExportKind.PARQUET);
        }
        Set<PlotFormat> formats = Set.of(PlotFormat.PNG);
        if (s.plots() != null) {
            perParticle.addAll(EnumSet.of(ExportKind.PLOT_INTENSITY, ExportKind.PLOT_DECAY, ExportKind.PLOT_BIC,
                    ExportKind.PLOT_CORRELATION));
            formats = Set.of(s.plots().equals("svg") ? PlotFormat.SVG : PlotFormat.PNG);
        }
        List<ParticleAnalyzer.Report> members = globalMembers(reports);
        List<ParticleExport> tables = new ArrayList<>();
        int files = 0;
        List<String> skipped = new ArrayList<>();
        try {
            for (ParticleAnalyzer.Report r : reports) {
                int globalIndex = global == null ? -1 : members.indexOf(r);
                ParticleExport.Builder b = builder(r, global, globalIndex);
                if (!perParticle.isEmpty()) {
                    try {
                        b.absoluteNs(r.particle().photons().absoluteNs());
                        ExportReport done = new ParticleExporter().run(new ExportRequest(s.exportDir(),
                                List.of(b.build()), options(perParticle, formats, s)), new NullProgressMonitor());
                        files += done.files().size();
                        skipped.addAll(done.skipped());
                    } finally {
                        r.particle().releasePhotons();
                    }
                }
                tables.add(builder(r, global, globalIndex).build());
            }
            if (!datasetWide.isEmpty()) {
                ExportReport done = new ParticleExporter().run(new ExportRequest(s.exportDir(), tables,
                        options(datasetWide, formats, s)), new NullProgressMonitor());
                files += done.files().size();
            }
        } catch (IOException e) {
            throw new CliException("export to " + s.exportDir() + " failed: " + e.getMessage(), e);
        }
        err.println("exported " + files + " files to " + s.exportDir().toAbsolutePath().normalize()
                + (skipped.isEmpty() ? "" : " (" + skipped.size() + " exports skipped for missing results)"));
    }

    private static ExportOptions options(Set<ExportKind> kinds, Set<PlotFormat> formats, AnalyzeSettings s) {
        // "(ROI)" files only when the user set a region of interest; otherwise the plain names.
        return ExportOptions.of(kinds).withPlotFormats(formats).withOverwrite(s.overwrite())
                .withUseRoi(s.roi() != null);
    }

    private static ParticleExport.Builder builder(ParticleAnalyzer.Report r, GlobalGroupingResult global, int index) {
        ParticleExport.Builder b = ParticleExport.builder(r.particle()).changePoints(r.levels()).roi(r.roi())
                .correlation(r.correlation());
        if (r.grouping() != null) {
            b.grouping(new GroupingExport(r.groupingInput(), r.grouping(), r.roi() != null));
        }
        if (global != null && index >= 0) {
            b.globalGrouping(new GlobalGroupingExport(global, index, GroupingInputs.levelInputs(r.levels().levels())));
        }
        if (r.fits() != null) {
            b.lifetimes(lifetimes(r.fits(), r.roi() != null));
        }
        return b;
    }

    private static LifetimeExport lifetimes(Map<FitTarget, LifetimeFits.Fit> fits, boolean roi) {
        FittedDecay whole = null;
        List<FittedDecay> levels = new ArrayList<>();
        List<FittedDecay> groups = new ArrayList<>();
        for (Map.Entry<FitTarget, LifetimeFits.Fit> e : fits.entrySet()) {
            FittedDecay decay = new FittedDecay(e.getValue().histogram(), e.getValue().result());
            switch (e.getKey().kind()) {
                case WHOLE_TRACE, ROI -> whole = decay;
                case LEVEL -> levels.add(decay);
                case GROUP -> groups.add(decay);
                case GROUP_LEVEL -> throw new IllegalStateException("group levels are not fitted by analyze");
            }
        }
        return new LifetimeExport(whole, levels, List.of(), groups, roi);
    }
}
