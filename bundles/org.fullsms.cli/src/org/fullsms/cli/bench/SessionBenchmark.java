package org.fullsms.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.grouping.GroupingAnalysis;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.model.ChannelInfo;
import org.fullsms.model.Dataset;
import org.fullsms.model.Lazy;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.fullsms.runtime.DecayBinning;
import org.fullsms.runtime.GroupingInputs;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.session.ParticleState;
import org.fullsms.session.SessionSnapshot;
import org.fullsms.session.SessionWriter;
import org.fullsms.session.SessionApplier;
import org.fullsms.session.SessionReader;
import org.fullsms.session.SessionCapture;

/**
 * Times saving and reloading a session of 1000 analysed particles (goal: ≤ 2 s each). Ten simulated 60 s
 * particles are analysed by the real engines (change points at 99 %, grouping, lifetime fits of the whole trace,
 * every level and every group, 2048 channels); their analyses are repeated over 1000 particle names. Reloading is
 * reading the file plus restoring an {@link AnalysisSession} of a 1000-particle dataset. The HDF5 checksum is
 * reported separately: it is computed once per file and remembered.
 */
public final class SessionBenchmark implements Benchmark {

    private static final int PARTICLES = 1000;
    private static final int ANALYSED = 10;

    @Override
    public String id() {
        return "session";
    }

    @Override
    public String description() {
        return "save and reload a session of 1000 analysed particles (levels, grouping, fits)";
    }

    @Override
    public void run(BenchmarkRun run) throws Exception {
        Path dir = Files.createTempDirectory("fullsms-session-bench");
        try {
            List<ParticleState> analysed = analyse();
            List<ParticleState> withoutLevelFits = new ArrayList<>();
            for (ParticleState s : analysed) {
                Map<FitTarget, FitResult> fits = new LinkedHashMap<>(s.fits());
                fits.keySet().removeIf(t -> t.kind() == FitTarget.Kind.LEVEL);
                withoutLevelFits.add(new ParticleState(s.name(), s.selected(), s.binSizeMs(), s.roi(),
                        s.changePoints(), s.burstRemoval(), s.grouping(), s.groupsApplied(), fits, s.correlation(),
                        s.counted(), s.failures(), s.extensions()));
            }
            measure(run, dir, "levels, grouping, whole-trace + group fits", withoutLevelFits, PARTICLES);
            // Every level fitted as well: 2047-channel curves dominate; 100 particles, scale ×10 for 1000.
            measure(run, dir, "as above + a fit of every level", analysed, PARTICLES / 10);
            run.note("SHA-256 of the HDF5 file (once per file)", String.format(Locale.ROOT, "%.0f MB/s",
                    sha256MegabytesPerSecond()));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Times saving and reloading {@code count} particles that repeat {@code analysed}. */
    private static void measure(BenchmarkRun run, Path dir, String what, List<ParticleState> analysed, int count)
            throws Exception {
        List<ParticleState> states = new ArrayList<>();
        long[] photons = new long[count];
        int levels = 0;
        int fits = 0;
        for (int i = 0; i < count; i++) {
            ParticleState s = analysed.get(i % analysed.size());
            states.add(s.withName("Particle " + (i + 1)));
            photons[i] = s.changePoints().numPhotons();
            levels += s.changePoints().levels().size();
            fits += s.fits().size();
        }
        Path data = Files.write(dir.resolve("data.h5"), new byte[] { 0 });
        SessionSnapshot snapshot = new SessionSnapshot(data, states, null, null, Map.of(),
                Map.of("currentParticle", "Particle 1"));
        Path file = dir.resolve("bench.smsa");
        String label = count + " particles: ";
        run.note(label + what, String.format(Locale.ROOT, "%d levels, %d fits", levels, fits));
        run.time("  save", 2, 5, () -> SessionWriter.write(snapshot, file));
        Dataset dataset = Dataset.inMemory(placeholders(photons), List.of(), List.of());
        run.time("  reload (read + restore)", 2, 5,
                () -> SessionApplier.apply(SessionReader.read(file), new AnalysisSession(dataset)));
        run.note("  session file", String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6));
    }

    /** Ten simulated particles analysed by the engines, as a workbench would hold them. */
    private static List<ParticleState> analyse() throws IOException {
        SimulationParameters p = SimulationParameters.builder().particles(ANALYSED).durationS(60).seed(11)
                .stateCount(4).build();
        Dataset dataset = new Simulator().run(p, null).dataset();
        AnalysisSession session = new AnalysisSession(dataset);
        HistogramBinning binning = DecayBinning.of(dataset.allParticles());
        double width = binning.channelWidthNs();
        Irf irf = new Irf(width, Irf.gaussian(2048, 2 / width, 0.15 / width), "simulated");
        LifetimeFits.Request request = new LifetimeFits.Request(binning, irf, FitParameters.defaults(1),
                FitSettings.defaults());
        for (ParticleAnalysis a : session.particles()) {
            Photons photons = a.particle().photons();
            a.setChangePoints(new ChangePointAnalysis().run(photons.absoluteNs(), ChangePointParameters.of(99), null));
            a.setGrouping(new GroupingAnalysis().run(GroupingInputs.of(a).orElseThrow(), GroupingParameters.DEFAULTS,
                    null), false);
            Map<FitTarget, FitResult> fits = new LinkedHashMap<>();
            LifetimeFits.fit(photons.absoluteNs(), photons.micro(), a.levels().orElseThrow().levels(),
                    a.grouping().orElseThrow().selected(), null, request, null)
                    .forEach((target, fit) -> fits.put(target, fit.result()));
            a.putFits(fits);
        }
        return session.particles().stream().map(SessionCapture::of).toList();
    }

    /** Particles with the right photon counts whose photons are never read. */
    private static List<Particle> placeholders(long[] photons) {
        List<Particle> particles = new ArrayList<>();
        for (int i = 0; i < photons.length; i++) {
            particles.add(Particle.builder(i + 1, 1).channelInfo(ChannelInfo.inMemory(1, photons[i], null))
                    .photons(Lazy.of(() -> {
                        throw new IOException("not needed by the benchmark");
                    })).build());
        }
        return particles;
    }

    private static double sha256MegabytesPerSecond() throws Exception {
        byte[] block = new byte[1 << 24];
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(block);
        long t0 = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            digest.update(block);
        }
        digest.digest();
        return 8 * block.length / 1e6 / ((System.nanoTime() - t0) / 1e9);
    }
}
