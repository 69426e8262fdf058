package org.fullsms.io.tttr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fullsms.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;

/**
 * Photon-HDF5 files written here with jHDF's writer (no h5py on the build machines). jHDF 0.13 writes the layout
 * the specification describes, including scalar datasets for the units; the one-element-array and attribute forms
 * that other writers use are tested too.
 */
class PhotonHdf5DecoderTest {

    private static final DatasetCreationOptions UNSIGNED = DatasetCreationOptions.builder().unsigned().build();

    private final PhotonHdf5Decoder decoder = new PhotonHdf5Decoder();

    @TempDir
    Path dir;

    private boolean recognises(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return decoder.recognises(file,
                ByteBuffer.wrap(all, 0, Math.min(all.length, 4096)).slice().order(ByteOrder.LITTLE_ENDIAN));
    }

    private SpcCollectedRecords decode(Path file, TttrHeader header, List<String> warnings) throws IOException {
        SpcCollectedRecords got = new SpcCollectedRecords();
        DecodeSummary summary = decoder.decode(file, header, got);
        assertEquals(got.photons, summary.photons());
        assertEquals(0, summary.markers());
        warnings.addAll(summary.warnings());
        return got;
    }

    private static void identity(WritableHdfFile hdf) {
        hdf.putAttribute("format_name", "Photon-HDF5");
        hdf.putAttribute("format_version", "0.4");
        WritableGroup identity = hdf.putGroup("identity");
        identity.putDataset("software", "jHDF test writer");
    }

    @Test
    void timestampsDetectorsAndNanotimes() throws IOException {
        Path file = dir.resolve("tcspc.h5");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            identity(hdf);
            WritableGroup pd = hdf.putGroup("photon_data");
            pd.putDataset("timestamps", new long[] { 10, 20, 20, 35, 1L << 40 });
            pd.putDataset("detectors", new byte[] { 0, 1, 0, (byte) 200, 1 }, UNSIGNED);
            pd.putDataset("nanotimes", new short[] { 100, 4095, 5, 0, (short) 5000 }, UNSIGNED);
            pd.putGroup("timestamps_specs").putDataset("timestamps_unit", 12.5e-9);
            WritableGroup nano = pd.putGroup("nanotimes_specs");
            nano.putDataset("tcspc_unit", 16e-12);
            nano.putDataset("tcspc_num_bins", 4096);
            nano.putDataset("tcspc_range", 4096 * 16e-12);
            WritableGroup measurement = pd.putGroup("measurement_specs");
            measurement.putDataset("laser_repetition_rate", 80e6);
            measurement.putDataset("measurement_type", "generic");
        }
        try (HdfFile written = new HdfFile(file)) {
            assertTrue(written.getDatasetByPath("/photon_data/timestamps_specs/timestamps_unit").isScalar(),
                    "jHDF writes a boxed number as a scalar dataset, as Photon-HDF5 files have it");
        }
        assertTrue(recognises(file));
        TttrHeader header = decoder.readHeader(file);
        assertEquals("Photon-HDF5 0.4 (timestamps and nanotimes)", header.format());
        assertEquals(12.5, header.macroUnitNs(), 1e-9);
        assertEquals(0.016, header.microResolutionNs(), 1e-12);
        assertEquals(4096, header.microChannels());
        assertEquals(12.5, header.syncPeriodNs(), 1e-9);
        assertEquals(5, header.declaredRecords());
        assertEquals("jHDF test writer", header.tags().get("Software"));
        assertEquals("generic", header.tags().get("Measurement type"));
        assertEquals(List.of(), header.warnings());

        List<String> warnings = new ArrayList<>();
        SpcCollectedRecords got = decode(file, header, warnings);
        assertEquals(4, got.photons);
        assertArrayEquals(new long[] { 10, 20, 20, 35 }, Arrays.copyOf(got.macro, 4));
        assertArrayEquals(new int[] { 0, 1, 0, 200 }, Arrays.copyOf(got.channels, 4));
        assertArrayEquals(new int[] { 100, 4095, 5, 0 }, Arrays.copyOf(got.micro, 4));
        assertEquals(List.of("tcspc.h5: 1 photons have a nanotime outside 0 … 4095 (tcspc_num_bins = 4096): they"
                + " were skipped."), warnings);
    }

    @Test
    void timestampsAloneAreT2DataOnChannel0() throws IOException {
        Path file = dir.resolve("t2.hdf5");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            WritableGroup pd = hdf.putGroup("photon_data");
            pd.putDataset("timestamps", new long[] { 1, 2, 3 });
            // A one-element array, as some writers store scalars.
            pd.putGroup("timestamps_specs").putDataset("timestamps_unit", new double[] { 1e-8 });
        }
        assertTrue(recognises(file), "recognised by its photon_data group without format_name");
        TttrHeader header = decoder.readHeader(file);
        assertEquals("Photon-HDF5 (timestamps only)", header.format());
        assertFalse(header.hasMicroTimes());
        assertEquals(0, header.microChannels());
        assertTrue(Double.isNaN(header.syncPeriodNs()));
        SpcCollectedRecords got = decode(file, header, new ArrayList<>());
        assertEquals(3, got.photons);
        assertArrayEquals(new int[] { 0, 0, 0 }, Arrays.copyOf(got.channels, 3));
        assertArrayEquals(new int[] { TttrRecordVisitor.NO_MICRO, TttrRecordVisitor.NO_MICRO,
                TttrRecordVisitor.NO_MICRO }, Arrays.copyOf(got.micro, 3));
    }

    @Test
    void chunkedCompressedDataAcrossManyBlocks() throws IOException {
        int n = 150_000;
        long[] timestamps = new long[n];
        short[] nanotimes = new short[n];
        short[] detectors = new short[n];
        for (int i = 0; i < n; i++) {
            timestamps[i] = 1000L * i + (i % 7);
            nanotimes[i] = (short) ((i * 31) % 1024);
            detectors[i] = (short) (i % 3);
        }
        Path file = dir.resolve("chunked.h5");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            identity(hdf);
            WritableGroup pd = hdf.putGroup("photon_data");
            pd.putDataset("timestamps", timestamps,
                    DatasetCreationOptions.builder().chunkDimensions(10_000).deflate().build());
            pd.putDataset("nanotimes", nanotimes,
                    DatasetCreationOptions.builder().unsigned().chunkDimensions(7_000).shuffle().deflate().build());
            pd.putDataset("detectors", detectors, UNSIGNED);
            pd.putGroup("timestamps_specs").putDataset("timestamps_unit", 25e-9);
            WritableGroup nano = pd.putGroup("nanotimes_specs");
            nano.putDataset("tcspc_unit", 50e-12);
            nano.putDataset("tcspc_range", 1024 * 50e-12); // bins from range / unit
        }
        TttrHeader header = decoder.readHeader(file);
        assertEquals(1024, header.microChannels());
        SpcCollectedRecords got = decode(file, header, new ArrayList<>());
        assertEquals(n, got.photons);
        for (int i = 0; i < n; i++) {
            assertEquals(timestamps[i], got.macro[i]);
            assertEquals(nanotimes[i], got.micro[i]);
            assertEquals(detectors[i], got.channels[i]);
        }
    }

    @Test
    void multiSpotChannelsAreSpotTimes256PlusDetector() throws IOException {
        Path file = dir.resolve("multispot.h5");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            identity(hdf);
            for (int spot = 0; spot < 2; spot++) {
                WritableGroup pd = hdf.putGroup("photon_data" + spot);
                pd.putDataset("timestamps", new long[] { 5 + spot, 9 + spot, 12 + spot });
                pd.putDataset("detectors", new short[] { 0, 1, (short) (spot == 1 ? 300 : 2) }, UNSIGNED);
                WritableGroup specs = pd.putGroup("timestamps_specs");
                specs.putAttribute("timestamps_unit", 10e-9); // an attribute instead of a dataset
            }
        }
        assertTrue(recognises(file));
        TttrHeader header = decoder.readHeader(file);
        assertEquals("spot × 256 + detector", header.tags().get("Channel numbering"));
        assertEquals(10, header.macroUnitNs(), 1e-9);
        List<String> warnings = new ArrayList<>();
        SpcCollectedRecords got = decode(file, header, warnings);
        assertEquals(5, got.photons);
        assertArrayEquals(new int[] { 0, 1, 2, 256, 257 }, Arrays.copyOf(got.channels, 5));
        assertArrayEquals(new long[] { 5, 9, 12, 6, 10 }, Arrays.copyOf(got.macro, 5));
        assertEquals(List.of("multispot.h5: 1 photons have a detector id that cannot be a channel (negative, or above"
                + " 255 in a multi-spot file): they were skipped."), warnings);
    }

    @Test
    void fullSmsAndOtherFilesAreNotPhotonHdf5() throws IOException {
        Path fullSms = SharedData.require("hdf5/v1_08_twelve_particles.h5");
        assertFalse(recognises(fullSms));
        TttrFormatException e = assertThrows(TttrFormatException.class, () -> decoder.readHeader(fullSms));
        assertTrue(e.getMessage().startsWith("v1_08_twelve_particles.h5: a Full SMS HDF5 file"), e.getMessage());

        Path other = dir.resolve("other.h5");
        try (WritableHdfFile hdf = HdfFile.write(other)) {
            hdf.putGroup("data").putDataset("x", new long[] { 1, 2 });
        }
        assertFalse(recognises(other));
        assertThrows(TttrFormatException.class, () -> decoder.readHeader(other));

        Path spc = SharedData.require("real/BH_SPC132.spc");
        assertFalse(recognises(spc));

        Path text = Files.writeString(dir.resolve("notes.h5"), "photon_data\n");
        assertFalse(recognises(text));
        e = assertThrows(TttrFormatException.class, () -> decoder.readHeader(text));
        assertEquals("notes.h5: not an HDF5 file (no HDF5 signature at offset 0, 512, 1024, 2048, …).",
                e.getMessage());
    }

    @Test
    void aTruncatedFileIsRefusedWithASentence() throws IOException {
        Path file = dir.resolve("whole.h5");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            identity(hdf);
            WritableGroup pd = hdf.putGroup("photon_data");
            pd.putDataset("timestamps", new long[1000]);
            pd.putGroup("timestamps_specs").putDataset("timestamps_unit", 1e-8);
        }
        byte[] all = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.h5"), Arrays.copyOf(all, all.length - 100));
        TttrFormatException e = assertThrows(TttrFormatException.class, () -> decoder.readHeader(cut));
        assertTrue(e.getMessage().startsWith("cut.h5: truncated file: the superblock says"), e.getMessage());
    }

    @Test
    void aMissingUnitIsAFormatError() throws IOException {
        Path file = dir.resolve("nounit.h5");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            identity(hdf);
            hdf.putGroup("photon_data").putDataset("timestamps", new long[] { 1 });
        }
        TttrFormatException e = assertThrows(TttrFormatException.class, () -> decoder.readHeader(file));
        assertEquals("nounit.h5: photon_data has no positive timestamps_specs/timestamps_unit (seconds per"
                + " timestamp tick).", e.getMessage());
    }
}
