package org.fullsms.io.hdf5;

import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;

/**
 * Checks a dataset's declared size against the file before its values are read. A damaged header can claim
 * billions of values; reading them would allocate gigabytes (or run out of memory) for a file of a few MB. A
 * dataset stored as is cannot hold more bytes than the file; a compressed one not more than
 * {@value #MAX_COMPRESSION} times the file (deflate, the only filter the original writes, compresses at most about
 * 1032:1).
 */
final class DatasetBounds {

    /** How many times the file's size a compressed dataset may expand to. */
    static final long MAX_COMPRESSION = 1100;

    private DatasetBounds() {
    }

    /** Why the dataset's declared size is impossible for its file, or null when it is not. */
    static String problem(Dataset ds) {
        long fileBytes = ds.getHdfFile().size();
        long elements = ds.getSize();
        int elementBytes = Math.max(1, ds.getDataType().getSize());
        boolean compressed = ds instanceof ChunkedDataset c && !c.getFilters().isEmpty();
        long limit = compressed ? saturatedMultiply(fileBytes, MAX_COMPRESSION) : fileBytes;
        long bytes = saturatedMultiply(elements, elementBytes);
        if (elements < 0 || bytes > limit) {
            return "'" + ds.getName() + "' claims " + elements + " values of " + elementBytes + " bytes, more than a "
                    + fileBytes + "-byte file can hold" + (compressed ? " even compressed" : "")
                    + "; the file is damaged";
        }
        return null;
    }

    private static long saturatedMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
    }
}
