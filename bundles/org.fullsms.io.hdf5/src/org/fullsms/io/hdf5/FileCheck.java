package org.fullsms.io.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Checks done before jHDF sees a file: the HDF5 signature (at 0, 512, 1024, 2048 … as HDF5 allows a user
 * block) and the superblock's end-of-file address against the real size. jHDF checks neither: a truncated file
 * fails with a generic error or, worse, returns wrong data.
 */
public final class FileCheck {

    static final byte[] SIGNATURE = { (byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n' };
    private static final long UNDEFINED_ADDRESS = -1L;

    private FileCheck() {
    }

    /** Offset of the HDF5 signature, or -1 when there is none. */
    static long signatureOffset(FileChannel channel) throws IOException {
        long size = channel.size();
        for (long offset = 0; offset + SIGNATURE.length <= size; offset = offset == 0 ? 512 : offset * 2) {
            ByteBuffer b = ByteBuffer.allocate(SIGNATURE.length);
            channel.read(b, offset);
            if (Arrays.equals(b.array(), SIGNATURE)) {
                return offset;
            }
        }
        return -1;
    }

    /** True when the file starts (or has its superblock) with the HDF5 signature; reads only a few bytes. */
    public static boolean hasSignature(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return signatureOffset(channel) >= 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Throws a clear exception for a file that is not HDF5 or is shorter than its superblock says. */
    static void check(Path file) throws IOException {
        String problem = problem(file);
        if (problem != null) {
            throw new Hdf5FormatException(file, problem);
        }
    }

    /**
     * Why the file cannot be read as HDF5 (no signature, or shorter than its superblock says), or null when it can
     * be; every HDF5-based importer checks its files with this before jHDF opens them.
     */
    public static String problem(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long sig = signatureOffset(channel);
            if (sig < 0) {
                return "not an HDF5 file (no HDF5 signature at offset 0, 512, 1024, 2048, …)";
            }
            long size = channel.size();
            long end = superblockEnd(channel, sig);
            if (end != UNDEFINED_ADDRESS && end > size) {
                return "truncated file: the superblock says the file ends at byte " + end + ", but it has only "
                        + size + " bytes";
            }
            return null;
        }
    }

    /** Base address + end-of-file address from superblock versions 0–3, or -1 when not stated. */
    private static long superblockEnd(FileChannel channel, long sig) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(96).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(b, sig);
        b.flip();
        if (b.limit() < 16) {
            return Long.MAX_VALUE; // not even a whole superblock header: truncated
        }
        int version = b.get(8) & 0xff;
        int offsetSize;
        int addressStart;
        switch (version) {
            case 0, 1 -> {
                offsetSize = b.get(13) & 0xff;
                addressStart = version == 0 ? 24 : 28;
            }
            case 2, 3 -> {
                offsetSize = b.get(9) & 0xff;
                addressStart = 12;
            }
            default -> {
                return UNDEFINED_ADDRESS; // unknown superblock: leave it to jHDF
            }
        }
        if (offsetSize != 2 && offsetSize != 4 && offsetSize != 8) {
            return UNDEFINED_ADDRESS;
        }
        // Both layouts: base address, then one other address, then the end-of-file address.
        int eofField = addressStart + 2 * offsetSize;
        if (b.limit() < eofField + offsetSize) {
            return Long.MAX_VALUE;
        }
        long base = readAddress(b, addressStart, offsetSize);
        long eof = readAddress(b, eofField, offsetSize);
        if (eof == UNDEFINED_ADDRESS) {
            return UNDEFINED_ADDRESS;
        }
        return (base == UNDEFINED_ADDRESS ? sig : base) + eof;
    }

    private static long readAddress(ByteBuffer b, int at, int size) {
        long v = 0;
        boolean allOnes = true;
        for (int i = size - 1; i >= 0; i--) {
            int x = b.get(at + i) & 0xff;
            allOnes &= x == 0xff;
            v = (v << 8) | x;
        }
        return allOnes ? UNDEFINED_ADDRESS : v;
    }
}
