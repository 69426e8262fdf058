package org.fullsms.runtime.export;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.filter.LevelFiltering;
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
     * Writes the exports of the given particles of one file (the workbench's Current / Selected / All): the built-in
     * exporters the settings ask for ({@link #builtInIds}), then the extension exporters named in them, all through
     * the {@link Exporter} contract. Decays are built on the channel grid the file's lifetimes were fitted on (its
     * lifetime setup), else on one worked out from the photons. An exporter that fails does not stop the others;
     * the export then fails naming it, and the folder keeps its "incomplete" marker.
     *
     * @param useRoi the original's "Use ROI": "(ROI)" files, levels inside each particle's region of interest
     */
    public static void export(List<ParticleAnalysis> particles, boolean useRoi, ExportSettings s, PrintStream err)
            throws IOException {
        List<Exporter> exporters = new ArrayList<>(exporters(builtInIds(s)));
        exporters.addAll(exporters(s.exporters()));
        List<ParticleData> data = particles.stream().<ParticleData>map(ParticleSnapshot::of).toList();
        FolderTarget target = new FolderTarget(particles, useRoi, s, ExportFolder.of(s.dir()));
        List<String> failed = new ArrayList<>();
        for (Exporter exporter : exporters) {
            try {
                exporter.export(data, target, new NullProgressMonitor());
            } catch (IOException | RuntimeException | LinkageError e) {
                failed.add(exporter.label() + " (" + exporter.id() + "): " + (e.getMessage() == null ? e.toString()
                        : e.getMessage()));
            }
            target.notes().forEach(n -> err.println(exporter.label() + ": " + n));
            target.notes().clear();
        }
        target.unreadable().forEach(err::println);
        if (!failed.isEmpty()) {
            throw new IOException("export to " + s.dir() + " failed: " + String.join("; ", failed));
        }
        if (target.files() == 0) {
            throw new IOException("nothing was exported to " + s.dir() + ": " + (target.unreadable().isEmpty()
                    ? "the particles have no results to export" : "no particle could be exported (see above)"));
        }
        target.exportFolder().complete();
        err.println("exported " + target.files() + " files to " + s.dir().toAbsolutePath().normalize()
                + (target.skipped() == 0 ? "" : " (" + target.skipped() + " exports skipped for missing results)"));
    }

    /**
     * What the export's tables read of a particle (levels, groups, fits, correlation), without its photon times,
     * decay histograms, spectra or raster scan: the batch job ({@code org.fullsms.spark}) makes its rows from it
     * through the export's own tables. Reads the particle's photons when it has results to export.
     */
    public static ParticleExport tables(ParticleAnalysis a) throws IOException {
        ParticleExport p = particleExport(a, decayGrid(List.of(a)));
        return new ParticleExport(p.name(), p.secondary(), p.tcspcCard(), null, p.binSizeMs(), p.changePoints(),
                p.roi(), p.grouping(), p.globalGrouping(), p.lifetimes() == null ? null : p.lifetimes().fitsOnly(),
                p.correlation(), null, null, null);
    }

    /** The built-in exporters the settings' format and plots ask for, in the order they write. */
    static List<String> builtInIds(ExportSettings s) {
        List<String> ids = new ArrayList<>();
        if (s.format().equals("csv") || s.format().equals("both")) {
            ids.add(CsvExporter.ID);
        }
        if (s.plots() != null) {
            ids.add(PlotsExporter.ID);
        }
        if (s.format().equals("parquet") || s.format().equals("both")) {
            ids.add(ParquetExporter.ID);
        }
        return ids;
    }

    /**
     * The installed exporters besides the built-in tables and figures (which the format and plots settings choose):
     * what the Export view offers as extension exporters.
     */
    public static List<Exporter> extensionExporters() {
        return Extensions.current().exporters().stream().filter(e -> !(e instanceof BuiltInExporter)).toList();
    }

    /**
     * The installed exporters of these ids, in the order given. Outside OSGi (plain unit tests), where nothing is
     * registered, the built-in ones are made directly.
     *
     * @throws IOException naming an id no installed exporter has, and the installed ones
     */
    public static List<Exporter> exporters(List<String> ids) throws IOException {
        List<Exporter> found = new ArrayList<>();
        Extensions extensions = Extensions.current();
        for (String id : ids) {
            Optional<Exporter> exporter = extensions.exporter(id).or(() -> BuiltInExporter.outsideOsgi(id));
            found.add(exporter.orElseThrow(() -> new IOException("no exporter \"" + id + "\" is installed"
                    + (extensions.exporters().isEmpty() ? ""
                            : "; installed: " + String.join(", ", extensions.exporters().stream()
                                    .map(Exporter::id).toList())))));
        }
        return found;
    }

    /**
     * The built-in files of some kinds for the particles: those that need photons particle by particle (photons are
     * read for the binned traces, grouping inputs and decay histograms, then released), then the dataset-wide files,
     * which need none, for all particles in one go.
     */
    static void writeBuiltIn(FolderTarget target, Set<ExportKind> perParticle, Set<ExportKind> datasetWide)
            throws IOException {
        ExportSettings s = target.settings();
        Set<PlotFormat> formats = Set.of("svg".equals(s.plots()) ? PlotFormat.SVG
                : "pdf".equals(s.plots()) ? PlotFormat.PDF : PlotFormat.PNG);
        List<ParticleExport> tables = new ArrayList<>();
        HistogramBinning grid = target.decayGrid();
        for (ParticleAnalysis a : target.particles()) {
            try {
                ParticleExport table = readable(a, grid, perParticle, target);
                if (table == null) {
                    continue;
                }
                if (!perParticle.isEmpty()) {
                    ExportReport done = new ParticleExporter().run(target.exportFolder(), new ExportRequest(s.dir(),
                            List.of(table), options(perParticle, formats, s, target)),
                            new NullProgressMonitor());
                    target.counted(done);
                }
                tables.add(datasetWide(table));
            } finally {
                a.particle().releasePhotons();
            }
        }
        if (!datasetWide.isEmpty()) {
            target.counted(new ParticleExporter().run(target.exportFolder(), new ExportRequest(s.dir(), tables,
                    options(datasetWide, formats, s, target)), new NullProgressMonitor()));
        }
    }

    /** The grid decays are exported on: the fitted one, else one worked out from the particles' photons. */
    static HistogramBinning decayGrid(List<ParticleAnalysis> particles) throws IOException {
        HistogramBinning fitted = particles.isEmpty() ? null
                : particles.get(0).session().lifetimeSetup().map(LifetimeSetup::binning).orElse(null);
        return fitted != null || particles.stream().allMatch(a -> a.fits().isEmpty()) ? fitted
                : DecayBinning.of(particles.stream().map(ParticleAnalysis::particle).toList());
    }

    /**
     * A particle's export with its photon times (for the per-particle files), or null when its photons cannot be
     * read: then it is left out, with a line in {@code unreadable}, and the other particles are exported. Spectra
     * that cannot be read are left out the same way.
     */
    private static ParticleExport readable(ParticleAnalysis a, HistogramBinning grid, Set<ExportKind> perParticle,
            FolderTarget target) {
        String name = a.particle().name();
        ParticleExport table;
        try {
            table = particleExport(a, grid);
            if (!perParticle.isEmpty()) {
                table = withTimes(table, a.particle().photons().absoluteNs());
            }
        } catch (IOException e) {
            target.unreadable(name + ": not exported: " + e.getMessage());
            return null;
        }
        boolean spectra = perParticle.contains(ExportKind.SPECTRA_2D) || perParticle.contains(ExportKind.PLOT_SPECTRA);
        if (spectra && table.spectra() != null) {
            try {
                table.spectra().values();
            } catch (IOException e) {
                target.unreadable(name + ": spectra not exported: " + e.getMessage());
                table = withSpectra(table, null);
            }
        }
        return table;
    }

    /** The options of a built-in export, with the dataset's level filters and normalisation (saved with it). */
    private static ExportOptions options(Set<ExportKind> kinds, Set<PlotFormat> formats, ExportSettings s,
            FolderTarget target) {
        return ExportOptions.of(kinds).withPlotFormats(formats).withOverwrite(s.overwrite())
                .withUseRoi(target.useRoi()).withFigureSize(s.figure()).withUnit(s.unit())
                .withFiltering(target.particles().isEmpty() ? LevelFiltering.NONE
                        : target.particles().get(0).session().filtering());
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
                p.spectra(), p.rasterScan(), p.rasterPositionUm());
    }

    /**
     * What the dataset-wide files read (levels, groups, fits, raster scans): no photons, histograms, correlations
     * or spectra, so little is held per particle until they are written.
     */
    private static ParticleExport datasetWide(ParticleExport p) {
        return new ParticleExport(p.name(), p.secondary(), p.tcspcCard(), null, p.binSizeMs(), p.changePoints(),
                p.roi(), p.grouping(), p.globalGrouping(), p.lifetimes() == null ? null : p.lifetimes().fitsOnly(),
                null, null, p.rasterScan(), p.rasterPositionUm());
    }

    private static ParticleExport withSpectra(ParticleExport p, Spectra spectra) {
        return new ParticleExport(p.name(), p.secondary(), p.tcspcCard(), p.absoluteNs(), p.binSizeMs(),
                p.changePoints(), p.roi(), p.grouping(), p.globalGrouping(), p.lifetimes(), p.correlation(),
                spectra, p.rasterScan(), p.rasterPositionUm());
    }
}
