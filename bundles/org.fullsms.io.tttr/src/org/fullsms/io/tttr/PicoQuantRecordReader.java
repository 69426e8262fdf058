package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the 32-bit records after a PicoQuant header through a {@link PicoQuantRecords} in chunks of up to 4 MiB
 * of one reused direct buffer (smaller for small files): no per-record allocation and no copy into the Java heap. Reads what the file holds when
 * that differs from the declared record count and says so in the summary's warnings.
 */
final class PicoQuantRecordReader {

    static final int CHUNK_BYTES = 4 << 20;
    private static final int RECORD_BYTES = 4;

    private PicoQuantRecordReader() {
    }

    static DecodeSummary read(Path file, PicoQuantFileHeader parsed, TttrRecordVisitor visitor) throws IOException {
        String name = file.getFileName().toString();
        TttrHeader header = parsed.header();
        PicoQuantRecords records = parsed.recordType().newDecoder();
        List<String> warnings = new ArrayList<>();
        long read = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long dataBytes = Math.max(0, channel.size() - header.dataOffset());
            long whole = dataBytes / RECORD_BYTES;
            long declared = header.declaredRecords();
            long wanted = declared < 0 ? whole : Math.min(declared, whole);
            warnings.addAll(sizeWarnings(name, declared, dataBytes));
            int chunkBytes = (int) Math.min(CHUNK_BYTES, wanted * RECORD_BYTES);
            ByteBuffer chunk = ByteBuffer.allocateDirect(chunkBytes).order(ByteOrder.LITTLE_ENDIAN);
            long position = header.dataOffset();
            while (read < wanted) {
                chunk.clear().limit((int) Math.min(chunkBytes, (wanted - read) * RECORD_BYTES));
                int filled = fill(channel, chunk, position);
                int count = filled / RECORD_BYTES;
                records.decode(chunk, count, visitor);
                read += count;
                position += filled;
                if (filled < chunk.limit()) {
                    warnings.add(name + ": the file shrank while being read; " + read + " records were read.");
                    break;
                }
            }
        }
        warnings.addAll(records.warnings(name));
        return new DecodeSummary(read, records.photons(), records.markers(), warnings);
    }

    private static List<String> sizeWarnings(String name, long declared, long dataBytes) {
        long whole = dataBytes / RECORD_BYTES;
        long partialBytes = dataBytes % RECORD_BYTES;
        List<String> warnings = new ArrayList<>();
        if (declared >= 0 && whole < declared) {
            warnings.add(name + ": the header declares " + declared + " records but the file holds " + whole
                    + ": read those.");
        }
        if (declared >= 0 && whole >= declared) {
            long extraBytes = dataBytes - declared * RECORD_BYTES;
            if (extraBytes > 0) {
                warnings.add(name + ": " + extraBytes + " bytes after the " + declared
                        + " records the header declares were ignored.");
            }
        } else if (partialBytes > 0) {
            warnings.add(name + ": the last " + partialBytes + " bytes are a partial record and were ignored.");
        }
        return warnings;
    }

    /** Reads until the buffer's limit or the end of the file; returns the bytes read. */
    private static int fill(FileChannel channel, ByteBuffer chunk, long position) throws IOException {
        while (chunk.hasRemaining()) {
            if (channel.read(chunk, position + chunk.position()) < 0) {
                break;
            }
        }
        return chunk.position();
    }
}
