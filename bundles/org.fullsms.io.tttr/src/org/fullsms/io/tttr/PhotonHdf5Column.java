package org.fullsms.io.tttr;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;

/**
 * One 1-D integer dataset of a Photon-HDF5 file ({@code timestamps}, {@code detectors}, {@code nanotimes}), read in
 * blocks so that no array of the whole dataset is made: a contiguous dataset is read from jHDF's buffer over the
 * file, a chunked one one decompressed chunk at a time. {@code getData()} is avoided because it turns uint64 into
 * {@code BigInteger} objects and holds everything at once; only small datasets of other storage (compact) go
 * through it.
 */
final class PhotonHdf5Column {

    /** Compact and other storage is read whole; it is small by nature, anything bigger is refused. */
    private static final long MAX_WHOLE_BYTES = 64L << 20;

    private final Path file;
    private final String path;
    private final long length;
    private final int elementBytes;
    private final boolean signed;
    private final ByteBuffer contiguous;
    private final ChunkedDataset chunked;
    private final int chunkLength;
    private final long[] whole;
    private long cachedChunk = -1;
    private ByteBuffer chunk;

    private PhotonHdf5Column(Path file, Dataset dataset, FixedPoint type) throws TttrFormatException {
        this.file = file;
        this.path = dataset.getPath();
        this.length = dataset.getDimensionsAsLong()[0];
        this.elementBytes = type.getSize();
        this.signed = type.isSigned();
        ByteOrder order = type.getByteOrder();
        if (dataset instanceof ContiguousDataset c) {
            ByteBuffer buffer = c.getBuffer();
            if (buffer == null || buffer.capacity() < length * elementBytes) {
                throw new TttrFormatException(file, "dataset " + path + " holds fewer bytes than its " + length
                        + " values need: the file is damaged.");
            }
            contiguous = buffer.order(order);
            chunked = null;
            chunkLength = 0;
            whole = null;
        } else if (dataset instanceof ChunkedDataset c) {
            contiguous = null;
            chunked = c;
            chunkLength = c.getChunkDimensions()[0];
            whole = null;
            if (chunkLength <= 0) {
                throw new TttrFormatException(file, "dataset " + path + " has a chunk length of " + chunkLength
                        + ": the file is damaged.");
            }
        } else {
            if (dataset.getSizeInBytes() > MAX_WHOLE_BYTES) {
                throw new TttrFormatException(file, "dataset " + path + " uses a storage layout that cannot be read"
                        + " piecewise and is too large to read whole.");
            }
            contiguous = null;
            chunked = null;
            chunkLength = 0;
            whole = longs(file, path, dataset.getDataFlat());
        }
    }

    /**
     * Opens an integer dataset of one dimension.
     *
     * @throws TttrFormatException when it has another shape or type
     */
    static PhotonHdf5Column open(Path file, Dataset dataset) throws TttrFormatException {
        DataType type = dataset.getDataType();
        if (!(type instanceof FixedPoint fp) || !(fp.getSize() == 1 || fp.getSize() == 2 || fp.getSize() == 4
                || fp.getSize() == 8)) {
            throw new TttrFormatException(file, "dataset " + dataset.getPath() + " is not an integer array (it is "
                    + type.getClass().getSimpleName() + " of " + type.getSize() + " bytes).");
        }
        if (dataset.isScalar() || dataset.getDimensions().length != 1) {
            throw new TttrFormatException(file, "dataset " + dataset.getPath()
                    + " is not a one-dimensional array, as Photon-HDF5 requires.");
        }
        return new PhotonHdf5Column(file, dataset, fp);
    }

    long length() {
        return length;
    }

    /** Bytes per value, e.g. 2 for {@code uint16} nanotimes. */
    int elementBytes() {
        return elementBytes;
    }

    /** Values {@code start … start + count − 1} into {@code out[0 … count − 1]}. */
    void read(long start, int count, long[] out) throws TttrFormatException {
        if (whole != null) {
            System.arraycopy(whole, (int) start, out, 0, count);
            return;
        }
        int done = 0;
        while (done < count) {
            long index = start + done;
            ByteBuffer buffer;
            int first;
            int n;
            if (contiguous != null) {
                buffer = contiguous;
                first = Math.toIntExact(index);
                n = count - done;
            } else {
                long c = index / chunkLength;
                buffer = chunk(c);
                first = (int) (index - c * chunkLength);
                n = Math.min(count - done, chunkLength - first);
            }
            if ((long) (first + n) * elementBytes > buffer.limit()) {
                throw new TttrFormatException(file, "dataset " + path + " ends before value " + (index + n)
                        + ": the file is damaged.");
            }
            decode(buffer, first, n, out, done);
            done += n;
        }
    }

    private ByteBuffer chunk(long c) {
        if (c != cachedChunk) {
            byte[] bytes = chunked.getDecompressedChunk(new int[] { Math.toIntExact(c * chunkLength) });
            chunk = ByteBuffer.wrap(bytes).order(((FixedPoint) chunked.getDataType()).getByteOrder());
            cachedChunk = c;
        }
        return chunk;
    }

    private void decode(ByteBuffer b, int first, int n, long[] out, int at) {
        switch (elementBytes) {
            case 1 -> {
                for (int i = 0; i < n; i++) {
                    byte v = b.get(first + i);
                    out[at + i] = signed ? v : v & 0xFFL;
                }
            }
            case 2 -> {
                for (int i = 0; i < n; i++) {
                    short v = b.getShort((first + i) * 2);
                    out[at + i] = signed ? v : v & 0xFFFFL;
                }
            }
            case 4 -> {
                for (int i = 0; i < n; i++) {
                    int v = b.getInt((first + i) * 4);
                    out[at + i] = signed ? v : v & 0xFFFF_FFFFL;
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    out[at + i] = b.getLong((first + i) * 8);
                }
            }
        }
    }

    private static long[] longs(Path file, String path, Object flat) throws TttrFormatException {
        if (flat instanceof long[] a) {
            return a;
        }
        if (flat instanceof int[] a) {
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
            return out;
        }
        if (flat instanceof short[] a) {
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
            return out;
        }
        if (flat instanceof byte[] a) {
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i];
            }
            return out;
        }
        if (flat instanceof BigInteger[] a) {
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i].longValue();
            }
            return out;
        }
        throw new TttrFormatException(file, "dataset " + path + " could not be read as integers.");
    }
}
