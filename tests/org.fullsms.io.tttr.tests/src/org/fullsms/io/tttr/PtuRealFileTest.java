package org.fullsms.io.tttr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fullsms.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The real SymPhoTime 64 image scan {@code Example_PTU_PicoHarp.ptu} against the third-party numbers in
 * {@code shared/data/real/expected.json} (tttrlib, SymPhoTime). Skipped when the shared data are absent.
 */
class PtuRealFileTest {

    private static final String FILE = "real/Example_PTU_PicoHarp.ptu";

    private static Path file;
    private static JsonObject expected;
    private static TttrHeader header;
    private static Tally tally;
    private static DecodeSummary summary;

    /** Counts what a 722 402-photon file holds without keeping the events. */
    private static final class Tally implements TttrRecordVisitor {
        final Map<Integer, Long> photonsPerChannel = new HashMap<>();
        final Map<Integer, Long> markersPerBits = new HashMap<>();
        final long[] micro = new long[4096];
        long firstTicks = -1;
        int firstMicro;
        int firstChannel;
        long lastPhotonTicks;
        long previousTicks;
        boolean photonTicksAscending = true;

        @Override
        public void photon(int channel, long macroTicks, int microChannel) {
            if (firstTicks < 0) {
                firstTicks = macroTicks;
                firstMicro = microChannel;
                firstChannel = channel;
            }
            photonTicksAscending &= macroTicks >= previousTicks;
            previousTicks = macroTicks;
            lastPhotonTicks = macroTicks;
            photonsPerChannel.merge(channel, 1L, Long::sum);
            micro[microChannel]++;
        }

        @Override
        public void marker(long macroTicks, int bits) {
            markersPerBits.merge(bits, 1L, Long::sum);
        }
    }

    @BeforeAll
    static void decode() throws IOException {
        file = SharedData.require(FILE);
        try (Reader reader = Files.newBufferedReader(SharedData.require("real/expected.json"))) {
            expected = JsonParser.parseReader(reader).getAsJsonObject().getAsJsonObject("files")
                    .getAsJsonObject("Example_PTU_PicoHarp.ptu");
        }
        PtuDecoder decoder = new PtuDecoder();
        header = decoder.readHeader(file);
        tally = new Tally();
        summary = decoder.decode(file, header, tally);
    }

    @Test
    void headerGivesLayoutResolutionsAndImage() {
        assertEquals("PicoQuant PTU, PicoHarp T3", header.format());
        assertEquals(4584, header.dataOffset());
        assertEquals(expected.get("TTResult_NumberOfRecords").getAsLong(), header.declaredRecords());
        assertEquals(expected.get("MeasDesc_GlobalResolution_s").getAsDouble() * 1e9, header.macroUnitNs(), 1e-9);
        assertEquals(12.8172, header.syncPeriodNs(), 1e-4);
        assertEquals(expected.get("MeasDesc_Resolution_s").getAsDouble() * 1e9, header.microResolutionNs(), 1e-12);
        assertEquals(0.09697, header.microResolutionNs(), 1e-5);
        assertEquals(4096, header.microChannels());
        assertTrue(header.hasMicroTimes());
        assertEquals(new TttrHeader.ImageLayout(256, 256, 1, 2, 4), header.image());
        assertEquals("SymPhoTime 64", header.tags().get("CreatorSW_Name"));
        assertEquals("00.0.1", header.tags().get("PTU_Version"));
        assertEquals("PicoHarp T3 (0x00010303)", header.tags().get("TTResultFormat_TTTRRecType"));
        assertEquals(List.of(), header.warnings());
    }

    @Test
    void countsPhotonsMarkersAndOverflows() {
        assertEquals(723_240, summary.records());
        assertEquals(expected.get("photons").getAsLong(), summary.photons());
        assertEquals(722_402, summary.photons());
        assertEquals(Map.of(1, 722_402L), tally.photonsPerChannel);
        assertEquals(513, summary.markers());
        assertEquals(Map.of(1, 256L, 2, 256L, 4, 1L), tally.markersPerBits);
        assertEquals(325, summary.records() - summary.photons() - summary.markers(), "overflow records");
        assertEquals(List.of(), summary.warnings());
    }

    @Test
    void firstAndLastPhotonMatchTheReference() {
        JsonArray first = expected.getAsJsonArray("first5_photons_sync_dtime_channel").get(0).getAsJsonArray();
        assertEquals(1300, tally.firstTicks);
        assertEquals(first.get(0).getAsLong(), tally.firstTicks);
        assertEquals(33, tally.firstMicro);
        assertEquals(1, tally.firstChannel);
        assertEquals(21_297_250, tally.lastPhotonTicks);
        assertEquals(expected.get("last_photon_nsync").getAsLong(), tally.lastPhotonTicks);
        assertEquals(0.272972, tally.lastPhotonTicks * header.macroUnitNs() * 1e-9, 1e-6);
        assertTrue(tally.photonTicksAscending);
    }

    @Test
    void microTimeHistogramMatchesTheReference() {
        int peak = 0;
        for (int bin = 1; bin < tally.micro.length; bin++) {
            if (tally.micro[bin] > tally.micro[peak]) {
                peak = bin;
            }
        }
        assertEquals(15, peak);
        assertEquals(23_561, tally.micro[peak]);
        JsonArray first20 = expected.getAsJsonArray("micro_hist_first_20");
        long[] expectedBins = new long[first20.size()];
        for (int i = 0; i < expectedBins.length; i++) {
            expectedBins[i] = first20.get(i).getAsLong();
        }
        long[] decodedBins = new long[expectedBins.length];
        System.arraycopy(tally.micro, 0, decodedBins, 0, decodedBins.length);
        assertArrayEquals(expectedBins, decodedBins);
        assertEquals(expected.get("photons_with_dtime_132").getAsLong(), tally.micro[132]);
    }
}
