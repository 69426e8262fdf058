package org.fullsms.analysis.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fullsms.model.ChannelInfo;
import org.fullsms.model.Dataset;
import org.fullsms.model.IntensityTrace;
import org.fullsms.model.Particle;
import org.fullsms.model.ParticleAttributes;
import org.fullsms.model.PhotonDataException;
import org.fullsms.model.Photons;
import org.fullsms.model.RasterScan;

/**
 * Simulates blinking single emitters with known truth (see {@link ParticleGenerator} for the physics).
 * Stateless and thread-safe; the output depends only on the parameters (each particle has its own random
 * stream derived from the seed and its number).
 */
public final class Simulator {

    public static final String ENGINE_ID = "simulation";
    public static final String ENGINE_VERSION = "1.0";

    /** Bin of the stored "Intensity Trace (cps)", as in the original's files. */
    static final double TRACE_BIN_S = 0.1;

    public SimulationResult run(SimulationParameters params, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Simulating " + params.particles() + " particles",
                params.particles() + 1);
        SplittableRandom sceneRng = new SplittableRandom(mix(params.seed(), 0));
        double[][] positions = SceneExtras.positions(params.particles(), sceneRng);
        RasterScan raster = params.rasterScan() ? SceneExtras.raster(positions, sceneRng) : null;
        List<Particle> particles = new ArrayList<>();
        List<ParticleTruth> truths = new ArrayList<>();
        for (int i = 1; i <= params.particles(); i++) {
            sub.split(1).setTaskName("Particle " + i);
            SplittableRandom rng = new SplittableRandom(mix(params.seed(), i));
            List<EmitterState> states = params.states().isEmpty()
                    ? StateDraw.draw(params.stateCount(), params.exponentials(), rng)
                    : params.states();
            ParticleGenerator.Output out = new ParticleGenerator(params, rng).generate(states);
            double[] rs = positions[i - 1];
            particles.add(particle(params, i, states, out, rs, raster, rng));
            truths.add(truth(i, states, out, rs, params.secondChannel()));
        }
        sub.split(1);
        Dataset dataset = Dataset.inMemory(particles, raster == null ? List.of() : List.of(raster), List.of());
        double[] irfCurve = params.irf().sampled(params.channels(), params.channelWidthNs());
        return new SimulationResult(dataset,
                new SimulationTruth(ENGINE_ID, ENGINE_VERSION, params, irfCurve, List.copyOf(truths)));
    }

    private static Particle particle(SimulationParameters p, int number, List<EmitterState> states,
            ParticleGenerator.Output out, double[] rs, RasterScan raster, SplittableRandom rng) {
        String description = "Simulated: " + states.size() + " states, seed " + p.seed();
        ParticleAttributes attrs = ParticleAttributes.of(p.date(), description, "Full SMS simulator")
                .withRsCoordinates(rs).withSpectraFlag(p.spectra());
        Photons ch1 = photons(out.ch1(), p.channelWidthNs());
        var spectra = p.spectra() ? SceneExtras.spectra(p, states, out.levels(), rng) : null;
        Particle secondary = null;
        if (p.secondChannel()) {
            Photons ch2 = photons(out.ch2(), p.channelWidthNs());
            secondary = Particle.builder(number, 2).attributes(attrs)
                    .channelInfo(ChannelInfo.inMemory(2, ch2.size(), "simulated card 2")).photons(ch2)
                    .declaredChannelWidth(p.channelWidthNs()).spectra(spectra).rasterScan(raster).build();
        }
        IntensityTrace trace = trace(ch1, p.durationS());
        return Particle.builder(number, 1).attributes(attrs)
                .channelInfo(ChannelInfo.inMemory(1, ch1.size(), "simulated card 1")).photons(ch1)
                .declaredChannelWidth(p.channelWidthNs()).spectra(spectra).rasterScan(raster).intensityTrace(trace)
                .secondary(secondary).build();
    }

    private static Photons photons(PhotonBuffer b, double channelWidthNs) {
        try {
            return Photons.of(b.absolute(), b.micro(), channelWidthNs);
        } catch (PhotonDataException e) {
            throw new IllegalStateException("simulator produced inconsistent photons", e); // a bug, not input
        }
    }

    /** Counts per second in 100 ms bins (row 0) and bin end times (row 1). */
    static IntensityTrace trace(Photons ph, double durationS) {
        int bins = Math.max(1, (int) Math.ceil(durationS / TRACE_BIN_S - 1e-9));
        double[] cps = new double[bins];
        double[] ends = new double[bins];
        long binNs = Math.round(TRACE_BIN_S * 1e9);
        for (long t : ph.absoluteNs()) {
            cps[(int) Math.min(bins - 1, t / binNs)] += 1 / TRACE_BIN_S;
        }
        for (int i = 0; i < bins; i++) {
            ends[i] = (i + 1) * TRACE_BIN_S;
        }
        return new IntensityTrace(cps, ends, 2, bins);
    }

    private static ParticleTruth truth(int number, List<EmitterState> states, ParticleGenerator.Output out,
            double[] rs, boolean twoChannels) {
        List<LevelTruth> levels = out.levels();
        int[] cps1 = new int[Math.max(0, levels.size() - 1)];
        int[] cps2 = new int[twoChannels ? cps1.length : 0];
        for (int k = 1; k < levels.size(); k++) {
            cps1[k - 1] = levels.get(k).firstPhoton();
            if (cps2.length > 0) {
                cps2[k - 1] = levels.get(k).firstPhoton2();
            }
        }
        return new ParticleTruth("Particle " + number, List.copyOf(states), List.copyOf(levels), cps1, cps2,
                out.ch1().size(), out.ch2().size(), rs.clone());
    }

    /** A well-mixed seed for stream {@code k} (SplitMix64 finaliser). */
    static long mix(long seed, long k) {
        long z = seed + 0x9E3779B97F4A7C15L * (k + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
