package org.fullsms.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.fullsms.runtime.state.LifetimeSetup;
import org.fullsms.analysis.correlation.CorrelationAnalysis;
import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.analysis.correlation.TwoChannelPhotons;
import org.fullsms.analysis.cpa.BurstRemoval;
import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.cpa.PhotonBursts;
import org.fullsms.analysis.grouping.GlobalGrouping;
import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.analysis.grouping.GroupingAnalysis;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.analysis.lifetime.LifetimeFitter;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Reader;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.fullsms.runtime.DecayBinning;
import org.fullsms.runtime.GroupingInputs;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;

/**
 * A real analysis for the session tests, made once per test run: three simulated particles with a second channel
 * (six channels) written to an HDF5 file and opened again, then change points, a burst removal, ROIs, grouping
 * (one with another step selected and applied), lifetime fits (including a failed one, full of NaN), correlation
 * and a global grouping, all by the real engines.
 */
final class AnalysedFixture {

    /** The analysed session and what went into it. */
    record Analysed(Path dataFile, AnalysisSession session, LifetimeSetup setup) {

        SessionSnapshot snapshot() {
            return SessionCapture.capture(session, Map.of("cpa.confidence", "99", "grouping.useRoi", "true"),
                    Map.of("currentParticle", "Particle 2", "openEditors", "Particle 1;Particle 2_2"));
        }
    }

    private static Analysed shared;

    private AnalysedFixture() {
    }

    /** The shared analysis (its files live in a temporary folder removed when the JVM ends). */
    static synchronized Analysed shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("fullsms-session-fixture");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                shared = build(dir.resolve("data").resolve("sim.h5"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Simulates, writes and re-opens the data, then analyses it. */
    static Analysed build(Path h5) throws IOException {
        Files.createDirectories(h5.getParent());
        SimulationParameters p = SimulationParameters.builder().particles(3).durationS(6).seed(7).secondChannel(true)
                .stateCount(3).build();
        Dataset simulated = new Simulator().run(p, null).dataset();
        new Hdf5Writer().write(simulated, h5, WriteOptions.DEFAULTS, null);
        Dataset dataset = new Hdf5Reader().open(h5);
        AnalysisSession session = new AnalysisSession(dataset);
        HistogramBinning binning = DecayBinning.of(dataset.allParticles());
        double width = binning.channelWidthNs();
        Irf irf = new Irf(width, Irf.gaussian(2048, 2 / width, 0.15 / width), "simulated Gaussian");
        LifetimeSetup setup = new LifetimeSetup(FitParameters.defaults(1), FitSettings.defaults(), binning, irf);
        LifetimeFits.Request request = new LifetimeFits.Request(binning, irf, setup.parameters(), setup.settings());
        List<GroupingInput> globalInputs = new ArrayList<>();
        List<ParticleAnalysis> globalMembers = new ArrayList<>();
        int k = 0;
        for (ParticleAnalysis a : session.particles()) {
            analyse(a, k++, request);
            if (a.particle().isSecondary()) {
                continue;
            }
            globalInputs.add(GroupingInputs.of(a).orElseThrow());
            globalMembers.add(a);
            correlate(a);
        }
        GlobalGroupingResult global = new GlobalGrouping().run(globalInputs, GroupingParameters.DEFAULTS, null);
        session.setGlobalGrouping(global.withSelectedStep(Math.max(0, global.combined().bestStep() - 1)),
                globalMembers);
        session.setLifetimeSetup(setup);
        return new Analysed(h5, session, setup);
    }

    private static void analyse(ParticleAnalysis a, int k, LifetimeFits.Request request) throws IOException {
        Photons photons = a.particle().photons();
        long[] times = photons.absoluteNs();
        if (k == 1) {
            a.setSelected(false);
            a.setBinSizeMs(12.5);
        }
        ChangePointParameters cpaParams = ChangePointParameters.of(k % 2 == 0 ? 99 : 95).withMinPhotons(25);
        ChangePointResult cpa = new ChangePointAnalysis().run(times, cpaParams, null);
        a.setChangePoints(cpa);
        if (k == 2 && cpa.numChangePoints() > 1) {
            // Exercise the burst record even when the simulation has no bursts: take out the shortest level.
            List<Level> levels = cpa.levels();
            int shortest = 0;
            for (int i = 1; i < levels.size(); i++) {
                shortest = levels.get(i).dwellNs() < levels.get(shortest).dwellNs() ? i : shortest;
            }
            BurstRemoval removal = PhotonBursts.remove(times, cpa, new int[] { shortest });
            a.setBurstRemoval(removal);
        }
        if (k == 3) {
            a.setRoi(new RegionOfInterest(times[0] / 1e9 + 0.5, times[times.length - 1] / 1e9 - 1.0));
        }
        GroupingInput input = GroupingInputs.of(a).orElseThrow();
        GroupingResult grouping = new GroupingAnalysis().run(input, GroupingParameters.DEFAULTS, null);
        boolean otherStep = k % 2 == 0 && grouping.steps().size() > 1;
        a.setGrouping(otherStep ? grouping.withSelectedStep(grouping.steps().size() - 2) : grouping, otherStep);
        List<Level> levels = a.levels().orElseThrow().levels();
        Map<FitTarget, FitResult> fits = new LinkedHashMap<>();
        LifetimeFits.fit(times, photons.micro(), levels, a.roi().isEmpty() ? a.grouping().orElseThrow().selected()
                : null, a.roi().orElse(null), request, null).forEach((target, fit) -> fits.put(target, fit.result()));
        if (k == 0) {
            // A failed fit: every value NaN, empty arrays.
            DecayHistogram empty = DecayHistogram.of(request.binning().channelWidthNs(), new double[64]);
            fits.put(new FitTarget(FitTarget.Kind.GROUP_LEVEL, 0),
                    new LifetimeFitter().fit(empty, request.irf(), request.parameters(), request.settings()));
        }
        a.putFits(fits);
        if (k == 1) {
            a.setFailure(Stage.CORRELATION, "needs two channels (this particle has one)");
        }
    }

    private static void correlate(ParticleAnalysis a) throws IOException {
        Particle p = a.particle();
        Particle second = p.secondary().orElseThrow();
        TwoChannelPhotons both = TwoChannelPhotons.of(p.name(), p.photons().absoluteNs(), p.photons().micro().toNs(),
                second.photons().absoluteNs(), second.photons().micro().toNs());
        CorrelationParameters params = CorrelationParameters.of(200, 1, 0);
        Correlogram counted = new CorrelationAnalysis().correlate(both, params);
        a.setCorrelation(new CorrelationAnalysis().evaluate(counted, params), counted);
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // temporary files only
        }
    }
}
