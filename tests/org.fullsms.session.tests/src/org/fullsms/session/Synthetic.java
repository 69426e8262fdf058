package org.fullsms.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fullsms.runtime.state.LifetimeSetup;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.FitStatus;
import org.fullsms.analysis.lifetime.LifetimeFitter;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.runtime.state.FitTarget;

/**
 * Hand-made session content without an HDF5 file behind it (the "data file" is a few bytes): for the format tests,
 * where only the file matters, with the awkward values a session must keep — NaN, ±Infinity, −0.0, huge longs.
 */
final class Synthetic {

    private Synthetic() {
    }

    /** A stand-in data file (sessions only read its size and checksum when saving). */
    static Path dataFile(Path dir) throws IOException {
        Path file = dir.resolve("measurement.h5");
        if (!Files.exists(file)) {
            Files.write(file, new byte[] { 1, 2, 3, 4, 5 });
        }
        return file;
    }

    /** Change points over {@code photons} photons with a zero-dwell level (infinite intensity). */
    static ChangePointResult changePoints(int photons) {
        List<Level> levels = new ArrayList<>();
        levels.add(new Level(0, 9, 1_000_000_000_000L, 1_000_000_000_000L, 10, Double.POSITIVE_INFINITY));
        int step = (photons - 10) / 20;
        int[] cps = new int[20];
        for (int i = 0; i < 20; i++) {
            int first = 10 + i * step;
            int last = i == 19 ? photons - 1 : first + step - 1;
            cps[i] = first;
            levels.add(new Level(first, last, 1_000_000_000_000L + first * 100_000L,
                    1_000_000_000_000L + last * 100_000L, last - first + 1, 1e4 / 3 + i));
        }
        int[] first = cps.clone();
        int[] last = cps.clone();
        for (int i = 0; i < cps.length; i++) {
            first[i] -= 3;
            last[i] += 2;
        }
        return new ChangePointResult("cpa", "1.0.0", ChangePointParameters.of(95).withEndTimeNs(Long.MAX_VALUE - 1),
                photons, true, cps, first, last, levels, 1234.5, Double.NaN, List.of("a warning with \"quotes\""));
    }

    /** A fit with every kind of non-finite value. */
    static FitResult fit(int channels) {
        double[] counts = new double[channels];
        double[] residuals = new double[channels];
        for (int i = 0; i < channels; i++) {
            counts[i] = Math.exp(-i / 300.0) * 1e3 / 7;
            residuals[i] = i % 97 == 0 ? Double.NaN : Math.sin(i) / 3;
        }
        residuals[1] = -0.0;
        residuals[2] = Double.NEGATIVE_INFINITY;
        return new FitResult(LifetimeFitter.ID, LifetimeFitter.VERSION, FitStatus.NOT_CONVERGED, "stopped", List.of("IRF padded"),
                "LEAST_SQUARES", "MIGHELL", 2, new double[] { 0.5, 3.25 }, new double[] { Double.NaN, 0.01 },
                new double[] { 0.3, 0.7 }, new double[] { 0.02, Double.POSITIVE_INFINITY }, 2.4, Double.NaN, 3.0,
                0.1, -0.0, 0.001, 12.5, Double.NaN, 3.0, Double.NaN, Double.NaN, 1.02, 1.97,
                new double[] { 1.8, 1.7, 1.6, 1.5 }, 40, 40 + channels, 0.4882, 25.0, 123456, counts, residuals, 77,
                Double.MIN_VALUE);
    }

    /** One particle with change points and {@code fits} fits of {@code channels} channels each. */
    static ParticleState particle(String name, int fits, int channels, boolean withLevels) {
        Map<FitTarget, FitResult> map = new LinkedHashMap<>();
        map.put(FitTarget.WHOLE, fit(channels));
        for (int i = 1; i < fits; i++) {
            map.put(new FitTarget(FitTarget.Kind.LEVEL, i - 1), fit(channels));
        }
        return new ParticleState(name, true, 100, new RegionOfInterest(1000.25, 1030.5),
                withLevels ? changePoints(20_000) : null, null, null, false, map, null, null, Map.of(),
                List.of());
    }

    /** {@code count} particles in a snapshot of {@code data}. */
    static SessionSnapshot snapshot(Path data, int count, int fits, int channels) {
        return snapshot(data, count, fits, channels, true);
    }

    /**
     * As above; without change points when {@code withLevels} is false (then the engine's critical-value tables
     * are not needed, e.g. in a child JVM whose class path lacks the analysis bundle's resources).
     */
    static SessionSnapshot snapshot(Path data, int count, int fits, int channels, boolean withLevels) {
        List<ParticleState> particles = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ParticleState p = particle("Particle " + i, fits, channels, withLevels);
            particles.add(p);
        }
        LifetimeSetup setup = new LifetimeSetup(FitParameters.defaults(2),
                FitSettings.defaults().withBackgrounds(Double.NaN, 3.5), null, null);
        return new SessionSnapshot(data, particles, null, setup, Map.of("k", "v"),
                Map.of("currentParticle", "Particle 1", "ünïcødé", "✓"));
    }
}
