package org.fullsms.io.hdf5;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.fullsms.model.PhotonDataException;

import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;

/**
 * Reads 1-D photon datasets into primitive arrays. 64-bit integers and floats come straight from jHDF's raw
 * buffer (contiguous: the mapped data; chunked: each decompressed chunk), because {@code getData()} turns
 * uint64 into {@code BigInteger} objects (seconds and hundreds of MB for 10<sup>7</sup> values). Other numeric
 * types go through {@code getDataFlat()}.
 */
final class PhotonArrays {

    private PhotonArrays() {
    }

    /** "32-bit float (IEEE, little-endian)" and the like, for messages. */
    static String describe(DataType type) {
        if (type instanceof FixedPoint fp) {
            return (fp.getSize() * 8) + "-bit " + (fp.isSigned() ? "signed" : "unsigned") + " integer ("
                    + order(fp.getByteOrder()) + ")";
        }
        if (type instanceof FloatingPoint fl) {
            return (fl.getSize() * 8) + "-bit float (IEEE, " + order(fl.getByteOrder()) + ")";
        }
        return type.getClass().getSimpleName() + " of " + type.getSize() + " bytes";
    }

    private static String order(ByteOrder o) {
        return o == ByteOrder.BIG_ENDIAN ? "big-endian" : "little-endian";
    }

    /** Checks that a dataset can hold absolute times exactly (an integer type); the message says why not. */
    static String absoluteTypeProblem(Dataset ds) {
        DataType t = ds.getDataType();
        if (t instanceof FixedPoint fp && fp.getSize() <= 8) {
            return null;
        }
        String why = t instanceof FloatingPoint && t.getSize() < 8
                ? ". A " + (t.getSize() * 8) + "-bit float cannot hold ns times exactly"
                : "";
        return "'" + ds.getName() + "' has datatype " + describe(t) + "; expected 64-bit unsigned integer" + why
                + "; the particle is rejected, not silently converted";
    }

    /** Checks that a dataset holds numbers usable as micro times (float or integer). */
    static String microTypeProblem(Dataset ds) {
        DataType t = ds.getDataType();
        if (t instanceof FloatingPoint || t instanceof FixedPoint) {
            return null;
        }
        return "'" + ds.getName() + "' has datatype " + describe(t) + "; expected 64-bit float";
    }

    /** Absolute times as longs; rejects values beyond the signed 64-bit range and negative values. */
    static long[] readLongs(Dataset ds, int n) throws PhotonDataException {
        if (n == 0) {
            return new long[0];
        }
        DataType t = ds.getDataType();
        long[] out;
        if (t instanceof FixedPoint fp && fp.getSize() == 8) {
            out = new long[n];
            ByteOrder order = fp.getByteOrder();
            if (ds instanceof ContiguousDataset c) {
                c.getBuffer().order(order).asLongBuffer().get(out, 0, n);
            } else if (ds instanceof ChunkedDataset c) {
                int chunk = c.getChunkDimensions()[0];
                for (int start = 0; start < n; start += chunk) {
                    ByteBuffer b = ByteBuffer.wrap(c.getDecompressedChunk(new int[] { start })).order(order);
                    b.asLongBuffer().get(out, start, Math.min(chunk, n - start));
                }
            } else {
                out = viaFlat(ds, n);
            }
        } else {
            out = viaFlat(ds, n);
        }
        for (int i = 0; i < n; i++) {
            if (out[i] < 0) {
                throw new PhotonDataException("'" + ds.getName() + "' has a value out of range at index " + i
                        + " (negative, or above 2^63 - 1 ns)");
            }
        }
        return out;
    }

    private static long[] viaFlat(Dataset ds, int n) throws PhotonDataException {
        Object flat = ds.getDataFlat();
        long[] out = new long[n];
        if (flat instanceof long[] l) {
            System.arraycopy(l, 0, out, 0, n);
        } else if (flat instanceof int[] a) {
            for (int i = 0; i < n; i++) {
                out[i] = a[i];
            }
        } else if (flat instanceof short[] a) {
            for (int i = 0; i < n; i++) {
                out[i] = a[i];
            }
        } else if (flat instanceof byte[] a) {
            for (int i = 0; i < n; i++) {
                out[i] = a[i];
            }
        } else if (flat instanceof BigInteger[] a) {
            for (int i = 0; i < n; i++) {
                out[i] = a[i].bitLength() < 64 ? a[i].longValue() : -1;
            }
        } else {
            throw new PhotonDataException("'" + ds.getName() + "' could not be read as integers");
        }
        return out;
    }

    /** Micro times as doubles (float32 and integers are widened exactly). */
    static double[] readDoubles(Dataset ds, int n) throws PhotonDataException {
        if (n == 0) {
            return new double[0];
        }
        DataType t = ds.getDataType();
        if (t instanceof FloatingPoint fl && fl.getSize() == 8) {
            double[] out = new double[n];
            if (ds instanceof ContiguousDataset c) {
                c.getBuffer().order(fl.getByteOrder()).asDoubleBuffer().get(out, 0, n);
                return out;
            }
            if (ds instanceof ChunkedDataset c) {
                int chunk = c.getChunkDimensions()[0];
                for (int start = 0; start < n; start += chunk) {
                    ByteBuffer b = ByteBuffer.wrap(c.getDecompressedChunk(new int[] { start }))
                            .order(fl.getByteOrder());
                    b.asDoubleBuffer().get(out, start, Math.min(chunk, n - start));
                }
                return out;
            }
        }
        double[] out = AttributeValues.toDoubles(ds.getDataFlat());
        if (out == null || out.length != n) {
            throw new PhotonDataException("'" + ds.getName() + "' could not be read as numbers");
        }
        return out;
    }
}
