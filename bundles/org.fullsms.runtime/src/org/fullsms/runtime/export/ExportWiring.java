package org.fullsms.runtime.export;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.export.ExportFolder;
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
import org.fullsms.model.Spectra;
import org.fullsms.runtime.DecayBinning;
import org.fullsms.runtime.DecayHistograms;
import org.fullsms.runtime.GroupingInputs;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.runtime.extensions.ParticleSnapshot;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.LifetimeSetup;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.export.Exporter;

/**
 * The headless exports: the selected particles of an analysis as the original's export files. Both
 * {@code fullsms analyze --export} and {@code fullsms export SESSION} come here with the analysis state, so an
 * analysis and the same analysis saved and reopened give the same files.
 */
public final class ExportWiring {

    /** Exports whose files span all particles (one row per particle, shared raster scans, tables). */
    private static final Set<ExportKind> DATASET_WIDE = EnumSet.of(ExportKind.LIFETIMES, ExportKind.RASTER_SCAN_2D,
            ExportKind.PARQUET);

    private ExportWiring() {
    }

    /**
     * Writes the per-particle exports particle by particle (photons are read for the binned traces, grouping inputs
     * and decay histograms, then released), then the dataset-wide files, which need no photons, for all particles
     * in one go. "(ROI)" files are written when a particle has a region of interest. The folder says the export is
     * incomplete until its last file is written ({@link ExportFolder}).
     *
     * @param err where the one-line summary goes
     */
    public static void export(AnalysisSession session, ExportSettings s, PrintStream err) throws IOException {
        List<ParticleAnalysis> selected = session.selected();
        export(selected, selected.stream().anyMatch(a -> a.roi().isPresent()), s, err);
    }

    /**
     * Writes the exports of the given particles of one file (the workbench's Current / Selected / All). Decays are
     * built on the channel grid the file's lifetimes were fitted on (its lifetime setup), else on one worked out
     * from the photons.
     *
     * @param useRoi the original's "Use ROI": "(ROI)" files, levels inside each particle's region of interest
     */
    public static void export(List<ParticleAnalysis> particles, boolean useRoi, ExportSettings s, PrintStream err)
            throws IOException {
        List<Exporter> exporters = exporters(s.exporters());
        Set<ExportKind> perParticle = EnumSet.noneOf(ExportKind.class);
        Set<ExportKind> datasetWide = EnumSet.noneOf(ExportKind.class);
        if (s.format().equals("csv") || s.format().equals("both")) {
            perParticle.addAll(ExportOptions.allCsv());
            perParticle.removeAll(DATASET_WIDE);
            datasetWide.addAll(EnumSet.of(ExportKind.LIFETIMES, ExportKind.RASTER_SCAN_2D));
        }
        if (s.format().equals("parquet") || s.format().equals("both")) {
            datasetWide.add(ExportKind.PARQUET);
        }
        Set<PlotFormat> formats = Set.of(PlotFormat.PNG);
        if (s.plots() != null) {
            perParticle.addAll(EnumSet.of(ExportKind.PLOT_INTENSITY, ExportKind.PLOT_DECAY, ExportKind.PLOT_BIC,
                    ExportKind.PLOT_CORRELATION));
            formats = Set.of(s.plots().equals("svg") ? PlotFormat.SVG : PlotFormat.PNG);
        }
        List<ParticleExport> tables = new ArrayList<>();
        int files = 0;
        List<String> skipped = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        ExportFolder folder = ExportFolder.of(s.dir());
        try {
            HistogramBinning fitted = particles.isEmpty() ? null
                    : particles.get(0).session().lifetimeSetup().map(LifetimeSetup::binning).orElse(null);
            HistogramBinning grid = fitted != null || particles.stream().allMatch(a -> a.fits().isEmpty()) ? fitted
                    : DecayBinning.of(particles.stream().map(ParticleAnalysis::particle).toList());
            for (ParticleAnalysis a : particles) {
                try {
                    ParticleExport table = readable(a, grid, perParticle, unreadable);
                    if (table == null) {
                        continue;
                    }
                    if (!perParticle.isEmpty()) {
                        ExportReport done = new ParticleExporter().run(folder, new ExportRequest(s.dir(),
                                List.of(table), options(perParticle, formats, s, useRoi)), new NullProgressMonitor());
                        files += done.files().size();
                        skipped.addAll(done.skipped());
                    }
                    tables.add(datasetWide(table));
                } finally {
                    a.particle().releasePhotons();
                }
            }
            if (!datasetWide.isEmpty()) {
                ExportReport done = new ParticleExporter().run(folder, new ExportRequest(s.dir(), tables,
                        options(datasetWide, formats, s, useRoi)), new NullProgressMonitor());
                files += done.files().size();
            }
            files += runExporters(exporters, particles, s, err);
            folder.complete();
        } catch (IOException e) {
            throw new IOException("export to " + s.dir() + " failed: " + e.getMessage(), e);
        }
        unreadable.forEach(err::println);
        if (files == 0) {
            throw new IOException("nothing was exported to " + s.dir() + ": " + (unreadable.isEmpty()
                    ? "the particles have no results to export" : "no particle could be exported (see above)"));
        }
        err.println("exported " + files + " files to " + s.dir().toAbsolutePath().normalize()
                + (skipped.isEmpty() ? "" : " (" + skipped.size() + " exports skipped for missing results)"));
    }

    /**
     * The installed exporters of these ids, in the order given.
     *
     * @throws IOException naming an id no installed exporter has, and the installed ones
     */
    public static List<Exporter> exporters(List<String> ids) throws IOException {
        List<Exporter> found = new ArrayList<>();
        Extensions extensions = Extensions.current();
        for (String id : ids) {
            found.add(extensions.exporter(id).orElseThrow(() -> new IOException("no exporter \"" + id
                    + "\" is installed" + (extensions.exporters().isEmpty() ? ""
                            : "; installed: " + String.join(", ", extensions.exporters().stream()
                                    .map(Exporter::id).toList())))));
        }
        return found;
    }

    /**
     * Runs extension exporters on the particles; an exporter that fails does not stop the others, and the export
     * then fails naming it (the folder keeps its "incomplete" marker).
     *
     * @return the number of files they wrote
     */
    private static int runExporters(List<Exporter> exporters, List<ParticleAnalysis> particles, ExportSettings s,
            PrintStream err) throws IOException {
        if (exporters.isEmpty()) {
            return 0;
        }
        List<ParticleData> data = particles.stream().<ParticleData>map(ParticleSnapshot::of).toList();
        List<Path> inputs = particles.isEmpty() ? List.of()
                : particles.get(0).session().dataset().source().map(List::of).orElse(List.of());
        int files = 0;
        List<String> failed = new ArrayList<>();
        for (Exporter exporter : exporters) {
            FolderTarget target = new FolderTarget(s.dir(), s.overwrite(), inputs);
            try {
                exporter.export(data, target, new NullProgressMonitor());
            } catch (IOException | RuntimeException | LinkageError e) {
                failed.add(exporter.label() + " (" + exporter.id() + ") failed: " + (e.getMessage() == null
                        ? e.toString() : e.getMessage()));
            }
            target.notes().forEach(n -> err.println(exporter.label() + ": " + n));
            files += target.files();
        }
        if (!failed.isEmpty()) {
            throw new IOException(String.join("; ", failed) + " (" + files + " files of exporters written)");
        }
        return files;
    }

    /**
     * A particle's export with its photon times (for the per-particle files), or null when its photons cannot be
     * read: then it is left out, with a line in {@code unreadable}, and the other particles are exported. Spectra
     * that cannot be read are left out the same way.
     */
    private static ParticleExport readable(ParticleAnalysis a, HistogramBinning grid, Set<ExportKind> perParticle,
            List<String> unreadable) {
        String name = a.particle().name();
        ParticleExport table;
        try {
            table = particleExport(a, grid);
            if (!perParticle.isEmpty()) {
                table = withTimes(table, a.particle().photons().absoluteNs());
            }
        } catch (IOException e) {
            unreadable.add(name + ": not exported: " + e.getMessage());
            return null;
        }
        if (perParticle.contains(ExportKind.SPECTRA_2D) && table.spectra() != null) {
            try {
                table.spectra().values();
            } catch (IOException e) {
                unreadable.add(name + ": spectra not exported: " + e.getMessage());
                table = withSpectra(table, null);
            }
        }
        return table;
    }

    private static ExportOptions options(Set<ExportKind> kinds, Set<PlotFormat> formats, ExportSettings s,
            boolean useRoi) {
        return ExportOptions.of(kinds).withPlotFormats(formats).withOverwrite(s.overwrite()).withUseRoi(useRoi);
    }

    /** Everything exported for a particle except its photon times (reads its photons when it has results). */
    private static ParticleExport particleExport(ParticleAnalysis a, HistogramBinning binning) throws IOException {
        ParticleExport.Builder b = ParticleExport.builder(a.particle()).binSizeMs(a.binSizeMs())
                .changePoints(a.levels().filter(ChangePointResult::analysed).orElse(null))
                .roi(a.roi().orElse(null)).correlation(a.correlation().orElse(null));
        GlobalGroupingResult global = a.session().globalGrouping();
        int globalIndex = global == null ? -1 : a.session().globalMembers().indexOf(a);
        if (a.grouping().isPresent() || globalIndex >= 0) {
            GroupingInput input = groupingInput(a);
            a.grouping().ifPresent(g -> b.grouping(new GroupingExport(input, g, a.roi().isPresent())));
            if (globalIndex >= 0) {
                b.globalGrouping(new GlobalGroupingExport(global, globalIndex, input.levels()));
            }
        }
        Map<FitTarget, FitResult> fits = a.fits();
        if (!fits.isEmpty()) {
            b.lifetimes(lifetimes(a, fits, binning));
        }
        return b.build();
    }

    private static GroupingInput groupingInput(ParticleAnalysis a) throws IOException {
        try {
            Optional<GroupingInput> input = GroupingInputs.of(a);
            return input.orElseThrow(() -> new IOException(a.particle().name() + " is grouped but has no levels"));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The decays of the fitted targets, each list indexed by level, group level or group. */
    private static LifetimeExport lifetimes(ParticleAnalysis a, Map<FitTarget, FitResult> fits,
            HistogramBinning binning) throws IOException {
        FittedDecay whole = null;
        List<FittedDecay> levels = new ArrayList<>();
        List<FittedDecay> groupLevels = new ArrayList<>();
        List<FittedDecay> groups = new ArrayList<>();
        List<FitTarget> targets = fits.keySet().stream()
                .sorted(Comparator.comparing(FitTarget::kind).thenComparingInt(FitTarget::index)).toList();
        for (FitTarget t : targets) {
            FittedDecay decay = new FittedDecay(DecayHistograms.of(a, t, binning), fits.get(t));
            switch (t.kind()) {
                case WHOLE_TRACE, ROI -> whole = decay;
                case LEVEL -> put(levels, t.index(), decay);
                case GROUP_LEVEL -> put(groupLevels, t.index(), decay);
                case GROUP -> put(groups, t.index(), decay);
            }
        }
        return new LifetimeExport(whole, levels, groupLevels, groups, a.roi().isPresent());
    }

    /** Sets {@code list[index]}, with null for targets in between that were not fitted. */
    private static void put(List<FittedDecay> list, int index, FittedDecay decay) {
        while (list.size() <= index) {
            list.add(null);
        }
        list.set(index, decay);
    }

    private static ParticleExport withTimes(ParticleExport p, long[] absoluteNs) {
        return new ParticleExport(p.name(), p.secondary(), p.tcspcCard(), absoluteNs, p.binSizeMs(),
                p.changePoints(), p.roi(), p.grouping(), p.globalGrouping(), p.lifetimes(), p.correlation(),
                p.spectra(), p.rasterScan());
    }

    /**
     * What the dataset-wide files read (levels, groups, fits, raster scans): no photons, histograms, correlations
     * or spectra, so little is held per particle until they are written.
     */
    private static ParticleExport datasetWide(ParticleExport p) {
        return new ParticleExport(p.name(), p.secondary(), p.tcspcCard(), null, p.binSizeMs(), p.changePoints(),
                p.roi(), p.grouping(), p.globalGrouping(), p.lifetimes() == null ? null : p.lifetimes().fitsOnly(),
                null, null, p.rasterScan());
    }

    private static ParticleExport withSpectra(ParticleExport p, Spectra spectra) {
        return new ParticleExport(p.name(), p.secondary(), p.tcspcCard(), p.absoluteNs(), p.binSizeMs(),
                p.changePoints(), p.roi(), p.grouping(), p.globalGrouping(), p.lifetimes(), p.correlation(),
                spectra, p.rasterScan());
    }
}
