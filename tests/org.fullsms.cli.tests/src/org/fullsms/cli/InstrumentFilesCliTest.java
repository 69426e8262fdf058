package org.fullsms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

import org.fullsms.io.hdf5.Hdf5Reader;
import org.fullsms.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 3: the third-party numbers of ../shared/data/real/expected.json hold through {@code fullsms info}
 * for the three real instrument files (skipped with a message when the shared data are absent). Times: the
 * model's absolute ns are macro ticks × the macro unit rounded to the nearest ns, so first/last photon times hold
 * to 0.5 ns.
 */
class InstrumentFilesCliTest {

    @TempDir
    Path dir;

    private static JsonObject expected(String file) throws IOException {
        return JsonParser.parseString(Files.readString(SharedData.require("real/expected.json"))).getAsJsonObject()
                .getAsJsonObject("files").getAsJsonObject(file);
    }

    private static JsonObject info(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "info";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRun run = CliRun.of(all);
        assertEquals(0, run.exitCode(), run.err());
        return run.json();
    }

    private static List<JsonObject> particles(JsonObject info) {
        return info.getAsJsonArray("particles").asList().stream().map(JsonElement::getAsJsonObject).toList();
    }

    private static long[] counts(JsonObject particle) {
        JsonArray a = particle.getAsJsonObject("micro_histogram").getAsJsonArray("counts");
        return a.asList().stream().mapToLong(JsonElement::getAsLong).toArray();
    }

    @Test
    void picoHarpPtuImageScan() throws IOException {
        Path ptu = SharedData.require("real/Example_PTU_PicoHarp.ptu");
        JsonObject e = expected("Example_PTU_PicoHarp.ptu");
        JsonObject info = info(ptu.toString());
        assertEquals("org.fullsms.io.tttr.picoquant", info.get("importer").getAsString());
        List<JsonObject> ps = particles(info);
        assertEquals(1, ps.size(), "one particle: all photons are on channel 1");
        JsonObject p = ps.get(0);
        assertEquals(e.get("photons").getAsLong(), p.get("photons").getAsLong());
        assertTrue(p.get("description").getAsString().startsWith("channel 1 of"), p.get("description").toString());
        assertEquals(e.get("first_photon_s").getAsDouble() * 1e9, p.get("abs_first_ns").getAsLong(), 0.5);
        assertEquals(e.get("last_photon_s").getAsDouble() * 1e9, p.get("abs_last_ns").getAsLong(), 0.5);
        assertEquals(e.get("MeasDesc_Resolution_s").getAsDouble() * 1e9, p.get("channel_width_ns").getAsDouble(),
                1e-12);
        JsonObject h = p.getAsJsonObject("micro_histogram");
        assertEquals(e.get("micro_peak_bin").getAsInt(), h.get("peak_channel").getAsInt());
        assertEquals(e.get("micro_peak_count").getAsLong(), h.get("peak_count").getAsLong());
        long[] counts = counts(p);
        assertEquals(e.get("micro_hist_bins_used").getAsInt(), counts.length);
        JsonArray first20 = e.getAsJsonArray("micro_hist_first_20");
        for (int i = 0; i < 20; i++) {
            assertEquals(first20.get(i).getAsLong(), counts[i], "micro-time channel " + i);
        }
        assertEquals(e.get("photons_with_dtime_132").getAsLong(), counts[132]);
        JsonObject scan = p.getAsJsonObject("raster_scan");
        assertEquals("[256,256]", scan.get("shape").toString());
        assertEquals(e.getAsJsonObject("third_party_results").get("symphotime_photon_count_image_sum").getAsDouble(),
                scan.get("sum").getAsDouble(), 0.0, "SymPhoTime's image counts photons in full TCSPC channels only");
    }

    @Test
    void beckerHicklSpc132WithoutASetFile() throws IOException {
        Path spc = Files.copy(SharedData.require("real/BH_SPC132.spc"), dir.resolve("BH_SPC132.spc"));
        JsonObject e = expected("BH_SPC132.spc");
        JsonObject info = info(spc.toString());
        assertEquals("org.fullsms.io.tttr.beckerhickl", info.get("importer").getAsString());
        assertTrue(info.get("warnings").toString().contains("no .set file beside BH_SPC132.spc"),
                info.get("warnings").toString());
        Map<String, Long> listed = new HashMap<>();
        info.getAsJsonArray("detector_channels").forEach(c -> listed.put(c.getAsJsonObject().get("id").getAsString(),
                c.getAsJsonObject().get("photons").getAsLong()));
        assertEquals("each", info.get("channel_layout").getAsString());
        Map<String, Long> perChannel = new HashMap<>();
        long[] all = new long[4096];
        long last = 0;
        for (JsonObject p : particles(info)) {
            String channel = p.get("description").getAsString().replaceAll("^channel (\\d+) of.*$", "$1");
            perChannel.put(channel, p.get("photons").getAsLong());
            long[] c = counts(p);
            for (int i = 0; i < c.length; i++) {
                all[i] += c[i];
            }
            last = Math.max(last, p.get("abs_last_ns").getAsLong());
            assertEquals(e.get("micro_resolution_s_tttrlib_convention").getAsDouble() * 1e9,
                    p.get("channel_width_ns").getAsDouble(), 1e-15);
        }
        Map<String, Long> expectedPerChannel = new HashMap<>();
        e.getAsJsonObject("photons_per_routing_channel").entrySet()
                .forEach(x -> expectedPerChannel.put(x.getKey(), x.getValue().getAsLong()));
        assertEquals(expectedPerChannel, perChannel);
        assertEquals(expectedPerChannel, listed, "the file's channels as listed");
        assertEquals(e.get("last_macro_ticks").getAsLong() * 13.5, last, 0.5);
        JsonArray coarse = e.getAsJsonArray("micro_hist_coarsened_by_32_128_bins");
        for (int bin = 0; bin < 128; bin++) {
            long sum = 0;
            for (int i = bin * 32; i < bin * 32 + 32; i++) {
                sum += all[i];
            }
            assertEquals(coarse.get(bin).getAsLong(), sum, "tttrlib's histogram, bin " + bin);
        }
        assertEquals(e.get("micro_peak_count_full_res").getAsLong(), all[e.get("micro_peak_bin_full_res").getAsInt()]);
    }

    @Test
    void twoRoutingChannelsAsOneParticlesChannelsOneAndTwo() throws IOException {
        Path spc = Files.copy(SharedData.require("real/BH_SPC132.spc"), dir.resolve("BH_SPC132.spc"));
        List<JsonObject> ps = particles(info(spc.toString(), "--channels", "8,9"));
        assertEquals(2, ps.size());
        assertEquals("Particle 1", ps.get(0).get("name").getAsString());
        assertEquals(79_468, ps.get(0).get("photons").getAsLong());
        assertEquals("Particle 1_2", ps.get(1).get("name").getAsString());
        assertEquals(24_652, ps.get(1).get("photons").getAsLong());
        CliRun wrong = CliRun.of("info", spc.toString(), "--channels", "3");
        assertEquals(2, wrong.exitCode(), wrong.err());
        assertTrue(wrong.err().contains("channel 3 has no photons (channels with photons: [0, 1, 8, 9])"), wrong.err());
    }

    @Test
    void beckerHicklSpc150EqualsTheVendorsAsciiExportPhotonForPhoton() throws IOException {
        Path spc = SharedData.require("real/test_noise.spc");
        JsonObject e = expected("test_noise.spc");
        JsonObject info = info(spc.toString(), "--photons");
        List<JsonObject> ps = particles(info);
        assertEquals(1, ps.size(), "all photons on routing channel 0");
        JsonObject p = ps.get(0);
        assertEquals(e.get("tcspc_channel_width_s_from_set").getAsDouble() * 1e9,
                p.get("channel_width_ns").getAsDouble(), 1e-15);
        List<String> rows = Files.readAllLines(SharedData.require("real/test_noise.asc")).stream()
                .filter(l -> !l.isBlank()).toList();
        JsonArray photons = p.getAsJsonArray("photon_list");
        assertEquals(rows.size(), photons.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] cols = rows.get(i).trim().split("\\s+");
            JsonArray photon = photons.get(i).getAsJsonArray();
            assertEquals(Math.round(Long.parseLong(cols[0]) * 9.5), photon.get(0).getAsLong(), "macro, row " + i);
            assertEquals(Integer.parseInt(cols[1]), photon.get(1).getAsInt(), "micro, row " + i);
        }
    }

    @Test
    void convertWritesAnInstrumentFileAsFullSmsHdf5() throws IOException {
        Path ptu = SharedData.require("real/Example_PTU_PicoHarp.ptu");
        Path h5 = dir.resolve("converted.h5");
        CliRun run = CliRun.of("convert", ptu.toString(), "--out", h5.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonObject info = info(h5.toString());
        assertEquals("org.fullsms.io.hdf5", info.get("importer").getAsString());
        JsonObject p = particles(info).get(0);
        assertEquals(722_402, p.get("photons").getAsLong());
        assertEquals(15, p.getAsJsonObject("micro_histogram").get("peak_channel").getAsInt());
        assertEquals(23_561, p.getAsJsonObject("micro_histogram").get("peak_count").getAsLong());
    }

    @Test
    void aSessionReopensTheChannelLayoutItWasSavedWith() throws IOException {
        Path spc = Files.copy(SharedData.require("real/BH_SPC132.spc"), dir.resolve("BH_SPC132.spc"));
        Path session = dir.resolve("pair.smsa");
        CliRun saved = CliRun.of("analyze", spc.toString(), "--channels", "8,9", "--session", session.toString(),
                "--json", dir.resolve("pair.json").toString());
        assertEquals(0, saved.exitCode(), saved.err());
        assertTrue(Files.readString(session).contains("\"channels\":\"8,9\""), "the layout is saved");
        Path out = dir.resolve("pair-export");
        CliRun export = CliRun.of("export", session.toString(), "--out", out.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(Files.exists(out.resolve("Particle 1_2 trace.csv")), "channel 9 is Particle 1's channel 2");
    }

    @Test
    void aPhotonHdf5FileIsReadByItsImporterNotAsAnEmptyFullSmsFile() throws Exception {
        Path file = dir.resolve("smfret.hdf5");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            hdf.putAttribute("format_name", "Photon-HDF5");
            WritableGroup pd = hdf.putGroup("photon_data");
            pd.putDataset("timestamps", new long[] { 80, 160, 160, 400, 800, 8_000 });
            pd.putDataset("detectors", new byte[] { 0, 1, 0, 1, 0, 0 });
            pd.putDataset("nanotimes", new short[] { 100, 200, 300, 400, 500, 600 });
            pd.putGroup("timestamps_specs").putDataset("timestamps_unit", 12.5e-9);
            WritableGroup nano = pd.putGroup("nanotimes_specs");
            nano.putDataset("tcspc_unit", 16e-12);
            nano.putDataset("tcspc_num_bins", 4096);
        }
        JsonObject info = info(file.toString());
        assertEquals("org.fullsms.io.tttr.photonhdf5", info.get("importer").getAsString());
        List<JsonObject> ps = particles(info);
        assertEquals(2, ps.size(), "detectors 0 and 1");
        assertEquals(4, ps.get(0).get("photons").getAsLong());
        assertEquals(1_000, ps.get(0).get("abs_first_ns").getAsLong(), "80 ticks of 12.5 ns");
        assertEquals(100_000, ps.get(0).get("abs_last_ns").getAsLong());
        assertEquals(0.016, ps.get(0).get("channel_width_ns").getAsDouble(), 1e-12);
        // the Full SMS reader alone refuses it in a sentence instead of opening a file of no particles
        IOException refused = assertThrows(IOException.class, () -> new Hdf5Reader().open(file));
        assertTrue(refused.getMessage().contains("a Photon-HDF5 file, not a Full SMS file"), refused.getMessage());
    }
}
