package org.fullsms.io.hdf5;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import org.fullsms.model.Dataset;
import org.fullsms.model.IntensityTrace;
import org.fullsms.model.Lazy;
import org.fullsms.model.Particle;
import org.fullsms.model.ParticleAttributes;
import org.fullsms.model.PhotonDataException;
import org.fullsms.model.Photons;
import org.fullsms.model.RasterScan;
import org.fullsms.model.Spectra;

/** Small in-memory datasets with every optional part, made from a seed, for writer and reader tests. */
final class TestData {

    static final double WIDTH = 0.01220703125;

    private TestData() {
    }

    /** Random increasing photons with micro times on the default channel grid. */
    static Photons photons(int n, SplittableRandom rng) throws PhotonDataException {
        long[] abs = new long[n];
        double[] micro = new double[n];
        long t = 0;
        for (int i = 0; i < n; i++) {
            t += 1 + (long) (rng.nextExponential() * 50_000);
            abs[i] = t;
            micro[i] = rng.nextInt(2048) * WIDTH;
        }
        return Photons.of(abs, micro);
    }

    /**
     * Three particles: 1 plain; 2 with a second channel, spectra and power measurement; 3 with a second channel
     * of one photon. All share one raster scan; 1 and 3 have intensity traces.
     */
    static Dataset threeParticles(long seed) throws PhotonDataException {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] raster = new double[16 * 16];
        for (int i = 0; i < raster.length; i++) {
            raster[i] = rng.nextInt(1000);
        }
        RasterScan scan = new RasterScan(0, 16, 16, raster, 1.5, 16, 8, 5, 6, "SPC-150");
        double[] spectra = new double[4 * 10];
        for (int i = 0; i < spectra.length; i++) {
            spectra[i] = rng.nextDouble() * 100;
        }
        Spectra sp = new Spectra(4, 10, 0.25, new double[] { 0.25, 0.5, 0.75, 1.0 },
                new double[] { 500, 510, 520, 530, 540, 550, 560, 570, 580, 590 }, Lazy.ofValue(spectra));
        ParticleAttributes base = new ParticleAttributes("Tuesday, June 27, 2023 11:22 AM", "first", "Description",
                "Tester", true, false, new double[] { 1.5, 2.5 }, false, null);
        Particle p1 = Particle.builder(1, 1).attributes(base).photons(photons(5000, rng)).rasterScan(scan)
                .intensityTrace(new IntensityTrace(new double[] { 10, 20, 30 }, new double[] { 0.1, 0.2, 0.3 }, 2, 3))
                .build();
        ParticleAttributes a2 = new ParticleAttributes("Wednesday", "second, two cards", "Description", "Tester",
                true, true, new double[] { 3, 4 }, true, new double[] { 0.63, 0.64 });
        Particle s2 = Particle.builder(2, 2).attributes(a2).photons(photons(3000, rng)).spectra(sp).rasterScan(scan)
                .build();
        Particle p2 = Particle.builder(2, 1).attributes(a2).photons(photons(4000, rng)).spectra(sp).rasterScan(scan)
                .secondary(s2).build();
        Particle s3 = Particle.builder(3, 2).attributes(base).photons(photons(1, rng)).rasterScan(scan).build();
        Particle p3 = Particle.builder(3, 1).attributes(base).photons(photons(20000, rng)).rasterScan(scan)
                .intensityTrace(new IntensityTrace(new double[] { 5 }, null, 1, 1)).secondary(s3).build();
        return Dataset.inMemory(List.of(p1, p2, p3), List.of(scan), List.of());
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0;) {
                md.update(buf, 0, r);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
