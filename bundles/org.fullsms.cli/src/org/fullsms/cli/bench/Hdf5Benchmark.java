package org.fullsms.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.fullsms.analysis.simulation.EmitterState;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.SimulationResult;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Reader;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;

/**
 * HDF5 goals of issue 3: open a 1000-particle file (metadata) in ≤ 1 s; read 10<sup>7</sup> photons (absolute +
 * micro) at ≥ 300 MB/s from contiguous datasets, and what chunked + gzip costs; heap per loaded particle
 * ≤ 1.2 × the raw array bytes. Also times the simulator (10<sup>7</sup> photons) and the writer. Inputs are
 * simulated into a temporary folder that is deleted afterwards.
 */
public final class Hdf5Benchmark implements Benchmark {

    private static final int PHOTONS = 10_000_000;

    @Override
    public String id() {
        return "hdf5";
    }

    @Override
    public String description() {
        return "HDF5: open 1000 particles, read 1e7 photons (contiguous, gzip), heap per particle, simulate, write";
    }

    @Override
    public void run(BenchmarkRun run) throws Exception {
        Path dir = Files.createTempDirectory("fullsms-hdf5-bench");
        try {
            openThousandParticles(run, dir);
            readTenMillion(run, dir);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void openThousandParticles(BenchmarkRun run, Path dir) throws Exception {
        SimulationParameters p = SimulationParameters.builder().particles(1000).durationS(0.5).seed(1)
                .secondChannel(true).rasterScan(true).build();
        SimulationResult sim = new Simulator().run(p, null);
        Path file = dir.resolve("thousand.h5");
        new Hdf5Writer().write(sim.dataset(), file, WriteOptions.DEFAULTS, null);
        run.note("1000-particle file (2 channels, raster scan)", String.format(Locale.ROOT, "%.1f MB",
                Files.size(file) / 1e6));
        Hdf5Reader reader = new Hdf5Reader();
        run.time("open 1000-particle file (metadata only)", 2, 5, () -> {
            try (Dataset ds = reader.open(file)) {
                if (ds.particles().size() != 1000) {
                    throw new IllegalStateException("expected 1000 particles");
                }
            }
        });
    }

    private static void readTenMillion(BenchmarkRun run, Path dir) throws Exception {
        // two states of 100 and 50 kcps over 130 s give about 1e7 photons
        SimulationParameters p = SimulationParameters.builder().particles(1).durationS(130).seed(2)
                .states(List.of(EmitterState.single(100_000, 3), EmitterState.single(50_000, 1)))
                .backgroundCps(0).build();
        Simulator simulator = new Simulator();
        double simMs = run.time("simulate ~1e7 photons (1 particle)", 1, 3, () -> simulator.run(p, null));
        SimulationResult sim = simulator.run(p, null);
        int n = sim.dataset().particles().get(0).photons().size();
        run.note("photons simulated", n + String.format(Locale.ROOT, " (%.1f Mphotons/s)", n / simMs / 1e3));
        Hdf5Writer writer = new Hdf5Writer();
        Path contiguous = dir.resolve("contiguous.h5");
        Path gzip = dir.resolve("gzip.h5");
        run.time("write 1e7 photons, contiguous", 0, 3,
                () -> writer.write(sim.dataset(), contiguous, new WriteOptions(false, true), null));
        run.time("write 1e7 photons, chunked + shuffle + gzip", 0, 1,
                () -> writer.write(sim.dataset(), gzip, new WriteOptions(true, true), null));
        run.note("file sizes", String.format(Locale.ROOT, "contiguous %.1f MB, gzip %.1f MB", Files.size(contiguous) / 1e6,
                Files.size(gzip) / 1e6));
        double mb = 16.0 * n / 1e6;
        Hdf5Reader reader = new Hdf5Reader();
        for (Path file : List.of(contiguous, gzip)) {
            String kind = file == contiguous ? "contiguous" : "chunked+gzip";
            double ms = run.time("read " + n + " photons (abs + micro), " + kind, 2, 5, () -> {
                try (Dataset ds = reader.open(file)) {
                    if (ds.particles().get(0).photons().size() != n) {
                        throw new IllegalStateException("photon count differs");
                    }
                }
            });
            run.note("throughput " + kind, String.format(Locale.ROOT, "%.0f MB/s (%.0f MB of arrays)", mb / ms * 1e3, mb));
        }
        heapPerParticle(run, reader, contiguous, n);
    }

    private static void heapPerParticle(BenchmarkRun run, Hdf5Reader reader, Path file, int n) throws IOException {
        try (Dataset ds = reader.open(file)) {
            Particle particle = ds.particles().get(0);
            long before = usedHeap();
            long arrayBytes = load(particle);
            long after = usedHeap();
            double ratio = (after - before) / (double) arrayBytes;
            run.note("heap per loaded particle / raw array bytes", String.format(Locale.ROOT, "%.3f (%d MB for %d MB)",
                    ratio, (after - before) >> 20, arrayBytes >> 20));
            particle.releasePhotons();
            long released = usedHeap();
            run.note("heap after releasePhotons()", String.format(Locale.ROOT, "%+d MB vs before loading",
                    (released - before) >> 20));
        }
    }

    /** Loads the photons (kept by the particle) and returns their array bytes, holding no reference here. */
    private static long load(Particle particle) throws IOException {
        Photons photons = particle.photons();
        return photons.arrayBytes();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
