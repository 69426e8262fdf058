package org.fullsms.cli.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.runtime.Importers;

/**
 * Reading instrument files (issue 14, item 5: ≥ 200 MB/s of records on one core, memory ≤ 1.2 × the photon
 * arrays). The inputs are the real PicoQuant PTU and Becker &amp; Hickl SPC files of ../shared/data/real with their
 * records repeated to about 400 MB: the records carry only time differences (overflows), so the repeats continue
 * the measurement in time. Opening makes one pass over the records (photons per channel, the scan image); each
 * particle's photons are a second pass. Needs the instrument importers (feature org.fullsms.importers.feature).
 */
public final class InstrumentFileBenchmark implements Benchmark {

    private static final long TARGET_BYTES = 400_000_000L;

    @Override
    public String id() {
        return "tttr";
    }

    @Override
    public String description() {
        return "instrument files: open and read ~400 MB of PTU (PicoHarp T3) and SPC-130 records";
    }

    @Override
    public void run(BenchmarkRun run) throws Exception {
        Path real = SharedDataFolder.find() == null ? null : SharedDataFolder.find().resolve("real");
        if (real == null || !Files.isDirectory(real)) {
            run.note("instrument files", "skipped: ../shared/data/real not found (-Dfullsms.shared.data=DIR)");
            return;
        }
        Path dir = Files.createTempDirectory("fullsms-tttr-bench");
        try {
            Path ptu = dir.resolve("big.ptu");
            repeatPtu(real.resolve("Example_PTU_PicoHarp.ptu"), ptu);
            measure(run, "PTU PicoHarp T3", ptu);
            Files.delete(ptu);
            Path spc = dir.resolve("big.spc");
            repeatRecords(Files.readAllBytes(real.resolve("BH_SPC132.spc")), 4, spc);
            measure(run, "SPC-130", spc);
            Files.delete(spc);
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    private static void measure(BenchmarkRun run, String kind, Path file) throws Exception {
        double mb = Files.size(file) / 1e6;
        run.note(kind + " file", String.format(Locale.ROOT, "%.0f MB", mb));
        double openMs = run.time("open " + kind + " (one pass: channels, image)", 1, 3, () -> {
            try (Dataset ds = Importers.open(file)) {
                if (ds.particles().isEmpty()) {
                    throw new IllegalStateException("no particles in " + file);
                }
            }
        });
        run.note("throughput, open " + kind, String.format(Locale.ROOT, "%.0f MB/s", mb / openMs * 1e3));
        try (Dataset ds = Importers.open(file)) {
            Particle p = ds.particles().get(0);
            double readMs = run.time("read " + kind + " photons of " + p.name() + " (one pass)", 1, 3, () -> {
                p.releasePhotons();
                p.photons();
            });
            run.note("throughput, photons " + kind, String.format(Locale.ROOT, "%.0f MB/s (%d photons)",
                    mb / readMs * 1e3, p.photons().size()));
            p.releasePhotons();
            long before = usedHeap();
            long arrays = p.photons().arrayBytes();
            long after = usedHeap();
            run.note("heap of the loaded photons / their array bytes", String.format(Locale.ROOT,
                    "%.3f (%d MB for %d MB)", (after - before) / (double) arrays, (after - before) >> 20, arrays >> 20));
        }
    }

    /** The PTU's header with its record count raised, then its records repeated to about the target size. */
    private static void repeatPtu(Path source, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        int headerEnd = tagValueOffset(bytes, "Header_End") + 8;
        int records = (bytes.length - headerEnd) / 4;
        int times = (int) Math.max(1, TARGET_BYTES / (records * 4L));
        ByteBuffer header = ByteBuffer.wrap(bytes, 0, headerEnd).slice().order(ByteOrder.LITTLE_ENDIAN);
        header.putLong(tagValueOffset(bytes, "TTResult_NumberOfRecords"), (long) records * times);
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(bytes, 0, headerEnd);
            for (int i = 0; i < times; i++) {
                out.write(bytes, headerEnd, records * 4);
            }
        }
    }

    /** Offset of the 8-byte value of a PTU tag (name of 32 bytes, index and type of 4 bytes each, value). */
    private static int tagValueOffset(byte[] bytes, String name) {
        byte[] key = name.getBytes(StandardCharsets.US_ASCII);
        for (int at = 16; at + 48 <= bytes.length; at += 48) {
            boolean match = bytes[at + key.length] == 0;
            for (int k = 0; k < key.length && match; k++) {
                match = bytes[at + k] == key[k];
            }
            if (match) {
                return at + 40;
            }
            // strings and arrays follow their entry: the entry's value is their length in bytes
            int type = ByteBuffer.wrap(bytes, at + 36, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (type == 0x4001FFFF || type == 0x4002FFFF || type == 0xFFFFFFFF || type == 0x2001FFFF) {
                at += (int) ByteBuffer.wrap(bytes, at + 40, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            }
        }
        throw new IllegalStateException("tag " + name + " not found");
    }

    /** A file of a header of {@code headerBytes} and its records repeated to about the target size. */
    private static void repeatRecords(byte[] bytes, int headerBytes, Path target) throws IOException {
        int body = (bytes.length - headerBytes) / 4 * 4;
        long times = Math.max(1, TARGET_BYTES / body);
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(bytes, 0, headerBytes);
            for (long i = 0; i < times; i++) {
                out.write(bytes, headerBytes, body);
            }
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
