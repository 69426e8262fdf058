package org.fullsms.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.fullsms.model.ChannelWidth;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;
import org.fullsms.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every file of ../shared/data/hdf5 reads as its *.expected.json says. Exact equality for integers, stored
 * doubles and inferred channel widths (they are exact float64 results); relative 1e-12 for sums of micro
 * times, 1e-9 for sums over raster/spectra matrices (summation order differs from numpy's pairwise sum).
 */
class Hdf5ReaderConformanceTest {

    private static final double SUM_REL = 1e-12;
    private static final double MATRIX_SUM_REL = 1e-9;

    @ParameterizedTest
    @ValueSource(strings = { "v1_0_converter", "v1_07_two_channels", "v1_08_twelve_particles",
            "count_mismatch_5_vs_4", "bad_truncated_10pct", "bad_truncated_50pct", "bad_not_hdf5",
            "bad_missing_abs_times", "bad_abs_times_float32", "bad_micro_nan", "bad_abs_decreasing" })
    void readsAsExpected(String name) throws IOException {
        Path h5 = SharedData.require("hdf5/" + name + ".h5");
        JsonObject exp = json(SharedData.require("hdf5/" + name + ".expected.json"));
        String outcome = exp.get("file_outcome").getAsString();
        Hdf5Reader reader = new Hdf5Reader();
        if (outcome.startsWith("error")) {
            Hdf5FormatException e = assertThrows(Hdf5FormatException.class, () -> reader.open(h5));
            assertTrue(e.getMessage().contains(h5.toString()), e.getMessage());
            String key = outcome.contains("truncated") ? "truncated file" : "not an HDF5 file";
            assertTrue(e.getMessage().contains(key), e.getMessage());
            if (outcome.contains("truncated")) {
                assertTrue(e.getMessage().contains("613505") && e.getMessage().contains(String.valueOf(Files.size(h5))),
                        e.getMessage());
            } else {
                assertFalse(reader.canRead(h5));
            }
            return;
        }
        assertTrue(reader.canRead(h5));
        try (Dataset ds = reader.open(h5)) {
            checkFile(exp, ds);
            for (JsonElement p : exp.getAsJsonArray("particles")) {
                checkParticle(p.getAsJsonObject(), ds);
            }
        }
    }

    private static void checkFile(JsonObject exp, Dataset ds) {
        String interpreted = exp.get("version_interpreted").getAsString().split(" ")[0];
        assertEquals(interpreted, ds.version().interpreted());
        JsonElement attr = exp.get("version_attribute");
        assertEquals(attr.isJsonNull() ? null : attr.getAsString(), ds.version().attribute());
        assertEquals(exp.get("num_particles_attribute").getAsInt(), ds.declaredParticleCount());
        List<String> names = new ArrayList<>();
        ds.particles().forEach(p -> names.add(p.name()));
        List<String> expectedNames = new ArrayList<>();
        exp.getAsJsonArray("particle_names").forEach(e -> expectedNames.add(e.getAsString()));
        assertEquals(expectedNames, names);
        assertEquals(exp.getAsJsonArray("file_warnings").size(), ds.warnings().size(), ds.warnings().toString());
        if (exp.has("raster_scans_unique")) {
            assertEquals(exp.get("raster_scans_unique").getAsInt(), ds.rasterScans().size());
        }
    }

    private static void checkParticle(JsonObject exp, Dataset ds) throws IOException {
        Particle p = ds.particle(exp.get("name").getAsString()).orElseThrow();
        String outcome = exp.get("outcome").getAsString();
        for (Particle q : Stream.concat(Stream.of(p), p.secondary().stream()).toList()) {
            try {
                q.photons();
                q.channelWidth();
            } catch (IOException e) {
                // the outcome is checked below
            }
        }
        if (outcome.startsWith("error")) {
            assertEquals(Particle.Outcome.ERROR, p.outcome());
            String dataset = outcome.contains("'Absolute Times (ns)'") ? "Absolute Times (ns)" : "";
            assertTrue(p.error().orElseThrow().contains(dataset), p.error().orElseThrow());
            assertThrows(IOException.class, p::photons);
            return;
        }
        assertTrue(p.error().isEmpty(), () -> p.error().orElse(""));
        List<String> allWarnings = new ArrayList<>(p.warnings());
        p.secondary().ifPresent(s -> allWarnings.addAll(s.warnings()));
        boolean warned = outcome.startsWith("warning") || exp.getAsJsonArray("warnings").size() > 0;
        assertEquals(warned, !allWarnings.isEmpty(), allWarnings.toString());
        if (exp.has("attributes")) {
            checkAttributes(exp.getAsJsonObject("attributes"), p);
        }
        for (JsonElement c : exp.getAsJsonArray("channels")) {
            checkChannel(c.getAsJsonObject(), ds.particle(c.getAsJsonObject().get("unique_name").getAsString())
                    .orElseThrow());
        }
        checkTrace(exp.get("intensity_trace"), p);
        checkSpectra(exp.get("spectra"), p);
        checkRaster(exp.get("raster_scan"), p);
        p.secondary().ifPresent(s -> assertEquals(p.rasterScan(), s.rasterScan()));
    }

    private static void checkAttributes(JsonObject a, Particle p) {
        var attrs = p.attributes();
        assertEquals(a.get("description_attribute_name").getAsString(), attrs.descriptionAttributeName());
        // the JSON key is "Description" whatever the attribute's spelling
        assertEquals(a.get("Description").getAsString(), attrs.description());
        assertEquals(a.get("Date").getAsString(), attrs.date());
        assertEquals(a.get("User").getAsString(), attrs.user());
        assertEquals(truth(a.get("Intensity?")), attrs.intensityFlag());
        assertEquals(truth(a.get("Spectra?")), attrs.spectraFlag());
        assertArrayEquals(doubles(a.get("RS Coord. (um)")), attrs.rsCoordinatesUm());
        if (a.has("Has Power Measurement?")) {
            assertEquals(truth(a.get("Has Power Measurement?")), attrs.hasPowerMeasurement());
        }
        if (a.has("Power Measurement")) {
            assertArrayEquals(doubles(a.get("Power Measurement")), attrs.powerMeasurement());
        }
    }

    private static void checkChannel(JsonObject c, Particle q) throws IOException {
        assertEquals(c.get("channel").getAsInt(), q.channel());
        assertEquals(c.get("abs_dataset").getAsString(), q.channelInfo().absDataset());
        assertEquals(c.get("micro_dataset").getAsString(), q.channelInfo().microDataset());
        if (c.has("bh_card")) {
            assertEquals(c.get("bh_card").isJsonNull() ? null : c.get("bh_card").getAsString(),
                    q.channelInfo().bhCard());
        }
        int n = c.get("photons").getAsInt();
        assertEquals(n, q.photonCount());
        Photons ph = q.photons();
        assertEquals(n, ph.size());
        long sum = 0;
        for (long t : ph.absoluteNs()) {
            sum += t;
        }
        assertEquals(c.get("abs_sum_ns").getAsLong(), sum);
        if (n > 0) {
            assertEquals(c.get("abs_first_ns").getAsLong(), ph.firstAbsoluteNs());
            assertEquals(c.get("abs_last_ns").getAsLong(), ph.lastAbsoluteNs());
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double microSum = 0;
            for (double m : ph.micro().toNs()) {
                if (Double.isFinite(m)) {
                    min = Math.min(min, m);
                    max = Math.max(max, m);
                    microSum += m;
                }
            }
            assertEquals(c.get("micro_min_ns").getAsDouble(), min, 0.0);
            assertEquals(c.get("micro_max_ns").getAsDouble(), max, 0.0);
            double expSum = c.get("micro_sum_ns_finite_only").getAsDouble();
            assertEquals(expSum, microSum, Math.abs(expSum) * SUM_REL);
            double[] first3 = doubles(c.get("micro_first3_ns"));
            for (int i = 0; i < first3.length; i++) {
                assertEquals(first3[i], ph.micro().ns(i), 0.0);
            }
            long[] absFirst3 = longs(c.get("abs_first3_ns"));
            for (int i = 0; i < absFirst3.length; i++) {
                assertEquals(absFirst3[i], ph.absoluteNs()[i]);
            }
        }
        int nonFinite = c.has("micro_nonfinite_indices") ? c.getAsJsonArray("micro_nonfinite_indices").size() : 0;
        assertEquals(nonFinite, ph.nonFiniteMicroCount());
        if (nonFinite > 0) {
            String idx = c.getAsJsonArray("micro_nonfinite_indices").get(0).getAsString();
            assertTrue(q.warnings().stream().anyMatch(w -> w.contains("NaN") && w.contains(idx)), q.warnings()::toString);
        }
        ChannelWidth w = q.channelWidth();
        assertEquals(c.get("channel_width_ns_inferred").getAsDouble(), w.ns(), 0.0);
        boolean fallback = c.get("channel_width_inference").getAsString().startsWith("fallback");
        assertEquals(fallback, w.isFallback());
        if (!fallback) {
            assertEquals(c.get("channel_width_candidates_above_1e-4").getAsInt(), w.candidates());
        } else {
            assertTrue(q.warnings().stream().anyMatch(s -> s.contains("channel width")), q.warnings()::toString);
        }
    }

    private static void checkTrace(JsonElement e, Particle p) {
        if (e == null || e.isJsonNull()) {
            assertTrue(p.intensityTrace().isEmpty());
            return;
        }
        JsonObject t = e.getAsJsonObject();
        var trace = p.intensityTrace().orElseThrow();
        long[] shape = longs(t.get("shape"));
        assertEquals(shape[0], trace.rows());
        assertEquals(shape[1], trace.cols());
        assertEquals(t.get("row0_len").getAsInt(), trace.cps().length);
        double sum = 0;
        for (double v : trace.cps()) {
            sum += v;
        }
        assertEquals(t.get("row0_sum").getAsDouble(), sum, Math.abs(sum) * SUM_REL);
        double[] first3 = doubles(t.get("row0_first3"));
        for (int i = 0; i < first3.length; i++) {
            assertEquals(first3[i], trace.cps()[i], 0.0);
        }
    }

    private static void checkSpectra(JsonElement e, Particle p) throws IOException {
        if (e == null || e.isJsonNull()) {
            assertTrue(p.spectra().isEmpty());
            return;
        }
        JsonObject s = e.getAsJsonObject();
        var sp = p.spectra().orElseThrow();
        long[] shape = longs(s.get("shape"));
        assertEquals(shape[0], sp.times());
        assertEquals(shape[1], sp.wavelengths());
        assertEquals(s.get("exposure_time_s").getAsDouble(), sp.exposureS(), 0.0);
        double[] t = doubles(s.get("abs_times_first_last_s"));
        assertEquals(t[0], sp.timesS()[0], 0.0);
        assertEquals(t[1], sp.timesS()[sp.timesS().length - 1], 0.0);
        double[] wl = doubles(s.get("wavelengths_first_last_nm"));
        assertEquals(wl[0], sp.wavelengthsNm()[0], 0.0);
        assertEquals(wl[1], sp.wavelengthsNm()[sp.wavelengthsNm().length - 1], 0.0);
        double sum = 0;
        for (double v : sp.values()) {
            sum += v;
        }
        assertEquals(s.get("data_sum").getAsDouble(), sum, Math.abs(sum) * MATRIX_SUM_REL);
        assertEquals(s.get("data_00").getAsDouble(), sp.value(0, 0), 0.0);
    }

    private static void checkRaster(JsonElement e, Particle p) {
        if (e == null || e.isJsonNull()) {
            assertTrue(p.rasterScan().isEmpty());
            return;
        }
        JsonObject r = e.getAsJsonObject();
        var rs = p.rasterScan().orElseThrow();
        long[] shape = longs(r.get("shape"));
        assertEquals(shape[0], rs.rows());
        assertEquals(shape[1], rs.cols());
        assertEquals(r.get("int_time_ms_per_um").getAsDouble(), rs.integrationTimeMsPerUm(), 0.0);
        assertEquals(r.get("pixels_per_line").getAsInt(), rs.pixelsPerLine());
        assertEquals(r.get("range_um").getAsDouble(), rs.rangeUm(), 0.0);
        assertEquals(r.get("xstart_um").getAsDouble(), rs.xStartUm(), 0.0);
        assertEquals(r.get("ystart_um").getAsDouble(), rs.yStartUm(), 0.0);
        assertEquals(r.get("bh_card").getAsString(), rs.bhCard());
        assertEquals(r.get("unique_index").getAsInt(), rs.index());
        double[] axis = rs.axisUm(rs.xStartUm());
        double[] expAxis = doubles(r.get("axis_um_first_last"));
        assertEquals(expAxis[0], axis[0], 0.0);
        assertEquals(expAxis[1], axis[axis.length - 1], 1e-12);
        double sum = 0;
        for (double v : rs.values()) {
            sum += v;
        }
        assertEquals(r.get("data_sum").getAsDouble(), sum, Math.abs(sum) * MATRIX_SUM_REL);
        assertEquals(r.get("data_00").getAsDouble(), rs.value(0, 0), 0.0);
    }

    private static Boolean truth(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        JsonElement v = e;
        return v.getAsJsonPrimitive().isBoolean() ? v.getAsBoolean() : v.getAsDouble() != 0;
    }

    private static double[] doubles(JsonElement e) {
        var a = e.getAsJsonArray();
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsDouble();
        }
        return out;
    }

    private static long[] longs(JsonElement e) {
        var a = e.getAsJsonArray();
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsLong();
        }
        return out;
    }

    private static JsonObject json(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p)) {
            JsonObject o = JsonParser.parseReader(r).getAsJsonObject();
            assertNotNull(o);
            return o;
        }
    }
}
