package org.fullsms.io.tttr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fullsms.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The two real SPC files in {@code shared/data/real} against third-party numbers ({@code expected.json}: tttrlib's
 * test results for BH_SPC132, B&amp;H's own ASCII export for test_noise).
 */
class BeckerHicklSpcRealFileTest {

    private final BeckerHicklSpcDecoder decoder = new BeckerHicklSpcDecoder();

    private static JsonObject expected(String file) throws IOException {
        try (Reader r = Files.newBufferedReader(SharedData.require("real/expected.json"))) {
            return JsonParser.parseReader(r).getAsJsonObject().getAsJsonObject("files").getAsJsonObject(file);
        }
    }

    private static ByteBuffer head(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return ByteBuffer.wrap(all, 0, Math.min(all.length, 4096)).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void bhSpc132MatchesTttrlib(@TempDir Path dir) throws IOException {
        Path shared = SharedData.require("real/BH_SPC132.spc");
        JsonObject ex = expected("BH_SPC132.spc");
        // A copy alone in a fresh folder, so no .set file can be found beside it.
        Path file = Files.copy(shared, dir.resolve("BH_SPC132.spc"));
        assertTrue(decoder.recognises(file, head(file)));

        TttrHeader header = decoder.readHeader(file);
        assertEquals(SpcRecordLayout.SPC_130.format(), header.format());
        assertEquals(13.5, header.macroUnitNs(), 1e-12);
        assertEquals(13.5 / 4096, header.microResolutionNs(), 1e-15);
        assertEquals(ex.get("micro_resolution_s_tttrlib_convention").getAsDouble() * 1e9,
                header.microResolutionNs(), 1e-15);
        assertEquals(4096, header.microChannels());
        assertEquals(4, header.dataOffset());
        assertEquals(List.of("no .set file beside BH_SPC132.spc: micro-time channel width taken as clock/4096 = "
                + "3.2958984375 ps."), header.warnings());

        SpcCollectedRecords got = new SpcCollectedRecords();
        DecodeSummary summary = decoder.decode(file, header, got);
        assertEquals(ex.get("records_after_header").getAsLong(), summary.records());
        assertEquals(ex.get("photons").getAsLong(), summary.photons());
        assertEquals(183_657, got.photons);
        assertEquals(0, summary.markers());
        assertEquals(List.of(), summary.warnings());

        Map<Integer, Integer> perChannel = new TreeMap<>();
        for (int i = 0; i < got.photons; i++) {
            perChannel.merge(got.channels[i], 1, Integer::sum);
        }
        assertEquals(Map.of(0, 56_499, 1, 23_038, 8, 79_468, 9, 24_652), perChannel);

        JsonArray routing = ex.getAsJsonArray("first6_routing");
        JsonArray micro = ex.getAsJsonArray("first6_micro");
        JsonArray macro = ex.getAsJsonArray("first6_macro_ticks");
        for (int i = 0; i < 6; i++) {
            assertEquals(routing.get(i).getAsInt(), got.channels[i], "routing of photon " + i);
            assertEquals(micro.get(i).getAsInt(), got.micro[i], "micro of photon " + i);
            assertEquals(macro.get(i).getAsLong(), got.macro[i], "macro of photon " + i);
        }
        assertEquals(4_616_948_462L, got.macro[got.photons - 1]);
        assertEquals(ex.get("last_macro_ticks").getAsLong(), got.macro[got.photons - 1]);

        int[] histogram = new int[4096];
        for (int i = 0; i < got.photons; i++) {
            histogram[got.micro[i]]++;
        }
        int peak = 0;
        for (int c = 1; c < histogram.length; c++) {
            if (histogram[c] > histogram[peak]) {
                peak = c;
            }
        }
        assertEquals(814, peak);
        assertEquals(676, histogram[peak]);
        JsonArray coarse = ex.getAsJsonArray("micro_hist_coarsened_by_32_128_bins");
        int[] expectedCoarse = new int[128];
        int[] gotCoarse = new int[128];
        for (int b = 0; b < 128; b++) {
            expectedCoarse[b] = coarse.get(b).getAsInt();
            for (int c = 0; c < 32; c++) {
                gotCoarse[b] += histogram[b * 32 + c];
            }
        }
        assertArrayEquals(expectedCoarse, gotCoarse);
    }

    @Test
    void testNoiseMatchesTheVendorsAsciiExport() throws IOException {
        Path file = SharedData.require("real/test_noise.spc");
        Path asc = SharedData.require("real/test_noise.asc");
        SharedData.require("real/test_noise.set");
        assertTrue(decoder.recognises(file, head(file)));

        TttrHeader header = decoder.readHeader(file);
        assertEquals(9.5, header.macroUnitNs(), 1e-12);
        assertEquals(2.4430455e-3, header.microResolutionNs(), 1e-15);
        assertEquals(List.of(), header.warnings());
        assertEquals("SPC-150", header.tags().get("Module"));
        assertEquals("test_noise.set", header.tags().get("Channel width source"));

        SpcCollectedRecords got = new SpcCollectedRecords();
        DecodeSummary summary = decoder.decode(file, header, got);
        assertEquals(26_111, summary.records());
        assertEquals(List.of(), summary.warnings());

        List<String> rows = Files.readAllLines(asc).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(6_114, rows.size());
        assertEquals(rows.size(), got.photons);
        for (int i = 0; i < rows.size(); i++) {
            String[] columns = rows.get(i).trim().split("\\s+");
            assertEquals(Long.parseLong(columns[0]), got.macro[i], "macro ticks of row " + (i + 1));
            assertEquals(Integer.parseInt(columns[1]), got.micro[i], "micro of row " + (i + 1));
            assertEquals(0, got.channels[i], "channel of row " + (i + 1));
        }
    }
}
