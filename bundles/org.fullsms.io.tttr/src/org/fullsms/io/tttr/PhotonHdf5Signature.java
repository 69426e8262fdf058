package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Checks made before jHDF opens a file: the HDF5 signature (at byte 0, 512, 1024, 2048 … since HDF5 allows a user
 * block before it) and the end-of-file address in the superblock against the real size, because jHDF checks
 * neither and a truncated file can open without error and return wrong values.
 */
final class PhotonHdf5Signature {

    private static final byte[] SIGNATURE = { (byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n' };

    private PhotonHdf5Signature() {
    }

    /** Offset of the HDF5 signature, or -1 when the file has none. */
    static long offset(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return offset(channel);
        }
    }

    private static long offset(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer b = ByteBuffer.allocate(SIGNATURE.length);
        for (long at = 0; at + SIGNATURE.length <= size; at = at == 0 ? 512 : at * 2) {
            b.clear();
            channel.read(b, at);
            if (Arrays.equals(b.array(), SIGNATURE)) {
                return at;
            }
        }
        return -1;
    }

    /** Throws a one-sentence exception when the file is not HDF5 or is shorter than its superblock says. */
    static void check(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long at = offset(channel);
            if (at < 0) {
                throw new TttrFormatException(file, "not an HDF5 file (no HDF5 signature), so not Photon-HDF5.");
            }
            long end = declaredEnd(channel, at);
            if (end > channel.size()) {
                throw new TttrFormatException(file, "truncated HDF5 file: its superblock says it ends at byte " + end
                        + ", but it has only " + channel.size() + " bytes.");
            }
        }
    }

    /**
     * Base address + end-of-file address from a version 0–3 superblock, or -1 when it does not say. In every
     * version the end-of-file address is the third address after the fixed fields (v0: byte 24, v1: 28, v2/v3:
     * 12, with the size of offsets at byte 13 resp. 9).
     */
    private static long declaredEnd(FileChannel channel, long at) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(b, at);
        if (b.position() < 16) {
            return Long.MAX_VALUE;
        }
        int version = b.get(8) & 0xFF;
        int offsetBytes;
        int addresses;
        switch (version) {
            case 0, 1 -> {
                offsetBytes = b.get(13) & 0xFF;
                addresses = version == 0 ? 24 : 28;
            }
            case 2, 3 -> {
                offsetBytes = b.get(9) & 0xFF;
                addresses = 12;
            }
            default -> {
                return -1;
            }
        }
        if (offsetBytes != 2 && offsetBytes != 4 && offsetBytes != 8) {
            return -1;
        }
        int eofAt = addresses + 2 * offsetBytes;
        if (b.position() < eofAt + offsetBytes) {
            return Long.MAX_VALUE;
        }
        long base = address(b, addresses, offsetBytes);
        long eof = address(b, eofAt, offsetBytes);
        if (eof < 0) {
            return -1;
        }
        return (base < 0 ? at : base) + eof;
    }

    /** A little-endian address; -1 for the "undefined" address (all bits set). */
    private static long address(ByteBuffer b, int at, int bytes) {
        long value = 0;
        boolean undefined = true;
        for (int i = bytes - 1; i >= 0; i--) {
            int x = b.get(at + i) & 0xFF;
            undefined &= x == 0xFF;
            value = (value << 8) | x;
        }
        return undefined ? -1 : value;
    }
}
