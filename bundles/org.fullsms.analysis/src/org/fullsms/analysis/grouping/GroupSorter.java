package org.fullsms.analysis.grouping;

import java.util.Arrays;

/**
 * Sorts group indices by a key, ascending, equal keys by index (a stable sort of indices given in ascending
 * order), on primitive arrays: grouping sorts up to one group per level, tens of thousands, every EM iteration.
 *
 * <p>Owns its buffers; not thread-safe.
 */
final class GroupSorter {

    private static final int INSERTION = 24;

    private int[] buffer = new int[0];
    private int[] scratch = new int[0];

    /** A buffer of at least {@code size} indices, for the caller to fill before {@link #sort}. */
    int[] buffer(int size) {
        if (buffer.length < size) {
            buffer = new int[size];
            scratch = new int[size];
        }
        return buffer;
    }

    /** Sorts {@code indices[0..count)} by {@code key[index]}. */
    void sort(int[] indices, int count, double[] key) {
        if (scratch.length < count) {
            scratch = Arrays.copyOf(scratch, count);
        }
        sort(indices, 0, count, key);
    }

    private void sort(int[] a, int from, int to, double[] key) {
        if (to - from <= INSERTION) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i;
                while (j > from && before(v, a[j - 1], key)) {
                    a[j] = a[j - 1];
                    j--;
                }
                a[j] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, from, mid, key);
        sort(a, mid, to, key);
        System.arraycopy(a, from, scratch, from, to - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            a[k++] = before(scratch[j], scratch[i], key) ? scratch[j++] : scratch[i++];
        }
        System.arraycopy(scratch, i, a, k, mid - i);
        System.arraycopy(scratch, j, a, k + mid - i, to - j);
    }

    private static boolean before(int x, int y, double[] key) {
        return key[x] < key[y] || (key[x] == key[y] && x < y);
    }
}
