package org.fullsms.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fullsms.model.ChannelWidth;
import org.fullsms.model.ChannelWidthInference;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reader behaviour on the project's own files: bad inputs, lazy loading, overrides, the unit rules. */
class Hdf5ReaderTest {

    @TempDir
    Path dir;

    private final Hdf5Reader reader = new Hdf5Reader();

    private Path written() throws IOException {
        Path file = dir.resolve("three.h5");
        new Hdf5Writer().write(TestData.threeParticles(5), file, WriteOptions.DEFAULTS, null);
        return file;
    }

    @Test
    void rejectsFilesThatAreNotHdf5() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.h5"));
        Path text = Files.writeString(dir.resolve("text.h5"), "macro,micro\n1,2\n");
        for (Path p : List.of(empty, text)) {
            assertFalse(reader.canRead(p));
            IOException e = assertThrows(Hdf5FormatException.class, () -> reader.open(p));
            assertTrue(e.getMessage().startsWith(p.toString()) && e.getMessage().contains("not an HDF5 file"));
        }
        assertFalse(reader.canRead(dir.resolve("missing.h5")));
        assertThrows(Hdf5FormatException.class, () -> reader.open(dir.resolve("missing.h5")));
    }

    @Test
    void rejectsTruncatedFilesBeforeReadingParticles() throws IOException {
        byte[] full = Files.readAllBytes(written());
        for (int cut : new int[] { 20, full.length / 10, full.length / 2, full.length - 1 }) {
            Path p = Files.write(dir.resolve("cut" + cut + ".h5"), Arrays.copyOf(full, cut));
            IOException e = assertThrows(Hdf5FormatException.class, () -> reader.open(p));
            assertTrue(e.getMessage().contains("truncated file"), e.getMessage());
            assertTrue(reader.canRead(p), "the signature is still there");
        }
    }

    @Test
    void photonsAreLazyReleasableAndThreadSafe() throws Exception {
        try (Dataset ds = reader.open(written())) {
            Particle p = ds.particle("Particle 3").orElseThrow();
            assertFalse(p.arePhotonsLoaded());
            assertEquals(20000, p.photonCount());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Photons>> loads = pool.invokeAll(List.of(p::photons, p::photons, p::photons, p::photons));
                Photons first = loads.get(0).get();
                for (Future<Photons> f : loads) {
                    assertTrue(f.get() == first, "one load shared by all threads");
                }
            } finally {
                pool.shutdown();
            }
            p.releasePhotons();
            assertFalse(p.arePhotonsLoaded());
            assertEquals(20000, p.photons().size());
        }
    }

    @Test
    void zeroAndOnePhotonParticlesWarn() throws IOException {
        try (Dataset ds = reader.open(written())) {
            Particle secondary = ds.particle("Particle 3_2").orElseThrow();
            assertEquals(1, secondary.photons().size());
            ChannelWidth w = secondary.channelWidth();
            assertTrue(w.isFallback());
            assertEquals(ChannelWidth.DEFAULT_NS, w.ns(), 0.0);
            assertTrue(secondary.warnings().stream().anyMatch(s -> s.contains("channel width")));
        }
    }

    @Test
    void channelWidthOverridePerFileAndPerParticle() throws IOException {
        try (Dataset ds = reader.open(written(), new ReadOptions(0.016))) {
            for (Particle p : ds.allParticles()) {
                assertEquals(0.016, p.channelWidth().ns(), 0.0);
                assertEquals(ChannelWidth.Source.OVERRIDE, p.channelWidth().source());
                assertFalse(p.arePhotonsLoaded(), "an override needs no photons");
            }
            Particle p1 = ds.particle("Particle 1").orElseThrow();
            p1.setChannelWidthOverride(null);
            assertEquals(ChannelWidth.Source.INFERRED, p1.channelWidth().source());
            assertEquals(TestData.WIDTH, p1.channelWidth().ns(), 0.0);
        }
        assertThrows(IllegalArgumentException.class, () -> new ReadOptions(-1.0));
    }

    @Test
    void secondsOrNanosecondsRule() {
        double[] seconds = { 1e-9, 2.5e-9, 24e-9 };
        assertTrue(ChannelReader.toNanoseconds(seconds));
        assertEquals(2.5, seconds[1], 1e-12); // 1e-12 ns: the rescaling's rounding
        double[] ns = { 0.5, 2.5, 24 };
        assertFalse(ChannelReader.toNanoseconds(ns));
        assertEquals(2.5, ns[1], 0.0);
        assertFalse(ChannelReader.toNanoseconds(new double[0]));
    }

    @Test
    void channelWidthInferenceFollowsTheOriginalRule() {
        // steps of 2, 3 and 5 channels of 0.25 ns: d = {0.5, 0.75, 1.25}, diff(unique(d)) = {0.25, 0.5}
        double[] micro = { 0, 0.5, 1.25, 2.5, Double.NaN };
        ChannelWidth w = ChannelWidthInference.infer(micro);
        assertEquals(0.25, w.ns(), 0.0);
        assertEquals(2, w.candidates());
        assertTrue(ChannelWidthInference.infer(new double[] { 1, 1, 1 }).isFallback(), "no candidate");
        assertTrue(ChannelWidthInference.infer(new double[] { Double.NaN }).isFallback(), "no finite photon");
    }

    /**
     * The rule works on the distinct micro times: it must give what it gives on all of them sorted (as it did
     * before), bit for bit, for micro times on a lattice (as doubles, with 10 digits, shifted), off any lattice, with
     * −0.0 beside 0.0, with non-finite values, few values and repeats only.
     */
    @Test
    void channelWidthInferenceEqualsTheRuleOnAllMicroTimesSorted() {
        SplittableRandom random = new SplittableRandom(19);
        List<double[]> cases = new ArrayList<>();
        double width = 0.01220703125;
        for (double phase : new double[] { 0, 0.5, 0.3 }) {
            double[] lattice = new double[100_000];
            double[] printed = new double[lattice.length];
            for (int i = 0; i < lattice.length; i++) {
                lattice[i] = (random.nextInt(4096) + phase) * width;
                printed[i] = Double.parseDouble(String.format(Locale.ROOT, "%.10g", lattice[i]));
            }
            cases.add(lattice);
            cases.add(printed);
        }
        double[] floats = new double[20_000];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = random.nextDouble(0, 25);
        }
        cases.add(floats);
        cases.add(new double[] { 0.0, -0.0, 0.5, 0.5, 1.25, Double.NaN, Double.POSITIVE_INFINITY, 2.5 });
        cases.add(new double[] { -0.0, 0.0 });
        cases.add(new double[] { 0, 0.5, 1.25, 2.5, Double.NaN });
        cases.add(new double[] { 3 });
        cases.add(new double[] { 1, 1, 1 });
        cases.add(new double[] { Double.NEGATIVE_INFINITY, Double.NaN });
        cases.add(new double[0]);
        for (double[] micro : cases) {
            double[] before = micro.clone();
            ChannelWidth fast = ChannelWidthInference.infer(micro);
            ChannelWidth sorted = inferredFromAllSorted(micro);
            String what = micro.length + " values from " + (micro.length == 0 ? "-" : micro[0]);
            assertEquals(Double.doubleToRawLongBits(sorted.ns()), Double.doubleToRawLongBits(fast.ns()), what);
            assertEquals(sorted.candidates(), fast.candidates(), what);
            assertEquals(sorted.isFallback(), fast.isFallback(), what);
            assertArrayEquals(before, micro, 0, "the input is not modified");
        }
    }

    /** The original's rule as written: d = diff(sort(micro)), c = unique(diff(unique(d))), the smallest c > 1e-4. */
    private static ChannelWidth inferredFromAllSorted(double[] micro) {
        double[] sorted = Arrays.stream(micro).filter(Double::isFinite).sorted().toArray();
        double[] d = new double[Math.max(0, sorted.length - 1)];
        for (int i = 1; i < sorted.length; i++) {
            d[i - 1] = sorted[i] - sorted[i - 1];
        }
        double[] u = Arrays.stream(d).sorted().distinct().toArray();
        double[] c = new double[Math.max(0, u.length - 1)];
        for (int i = 1; i < u.length; i++) {
            c[i - 1] = u[i] - u[i - 1];
        }
        double[] candidates = Arrays.stream(c).distinct().filter(v -> v > 1e-4).sorted().toArray();
        if (sorted.length == 0 || candidates.length == 0) {
            return new ChannelWidth(ChannelWidth.DEFAULT_NS, ChannelWidth.Source.FALLBACK, 0, "fallback");
        }
        return new ChannelWidth(candidates[0], ChannelWidth.Source.INFERRED, candidates.length, "inferred");
    }

    @Test
    void versionRules() {
        assertEquals("1.0", VersionRules.of(null).version().interpreted());
        assertTrue(VersionRules.of(null).oldNames());
        assertEquals("1.07", VersionRules.of("1.07").version().interpreted());
        assertEquals("1.04", VersionRules.of("1.04\0\0").version().interpreted());
        assertEquals("1.0", VersionRules.of("1.00").version().interpreted());
        assertEquals("1.07", VersionRules.of(1.07).version().interpreted());
        var unknown = VersionRules.of("100").version();
        assertEquals("1.08", unknown.interpreted());
        assertFalse(unknown.known());
        assertEquals("100", unknown.attribute());
        assertEquals(List.of("Micro Times (s)", "Micro Times (ns)"), VersionRules.of("1.02").microNames(1));
        assertEquals(List.of("Micro Times 2 (ns)", "Micro Times 2 (s)"), VersionRules.of("1.03").microNames(2));
    }

    @Test
    void naturalParticleNumbers() {
        assertEquals(12, Hdf5Reader.number("Particle 12"));
        assertEquals(-1, Hdf5Reader.number("Particle x"));
    }
}
