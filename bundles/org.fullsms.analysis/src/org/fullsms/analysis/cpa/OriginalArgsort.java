package org.fullsms.analysis.cpa;

/**
 * An argsort with exactly the tie order of NumPy 1.24's default (introsort) {@code argsort}: median-of-three
 * quicksort that recurses into the smaller part, insertion sort below 16 elements and heapsort when the
 * depth limit 2·⌊log2 n⌋ is exceeded. The original sorts its change points this way before de-duplicating
 * them, so when a change point was found by two overlapping windows, which of its two confidence regions
 * survives depends on this (unstable) order. Reproducing it makes the regions equal the original's.
 */
final class OriginalArgsort {

    private static final int SMALL = 15;

    private OriginalArgsort() {
    }

    static int[] argsort(int[] v) {
        int num = v.length;
        int[] a = new int[num];
        for (int i = 0; i < num; i++) {
            a[i] = i;
        }
        if (num < 2) {
            return a;
        }
        int[] stack = new int[3 * 64];
        int sp = 0;
        int pl = 0;
        int pr = num - 1;
        int depth = 2 * (31 - Integer.numberOfLeadingZeros(num));
        while (true) {
            if (depth < 0) {
                heapsort(v, a, pl, pr - pl + 1);
            } else {
                while (pr - pl > SMALL) {
                    int pm = pl + ((pr - pl) >> 1);
                    if (v[a[pm]] < v[a[pl]]) {
                        swap(a, pm, pl);
                    }
                    if (v[a[pr]] < v[a[pm]]) {
                        swap(a, pr, pm);
                    }
                    if (v[a[pm]] < v[a[pl]]) {
                        swap(a, pm, pl);
                    }
                    int pivot = v[a[pm]];
                    int pi = pl;
                    int pj = pr - 1;
                    swap(a, pm, pj);
                    while (true) {
                        do {
                            pi++;
                        } while (v[a[pi]] < pivot);
                        do {
                            pj--;
                        } while (pivot < v[a[pj]]);
                        if (pi >= pj) {
                            break;
                        }
                        swap(a, pi, pj);
                    }
                    swap(a, pi, pr - 1);
                    // keep the larger part for later, continue with the smaller one
                    if (pi - pl < pr - pi) {
                        stack[sp++] = pi + 1;
                        stack[sp++] = pr;
                        pr = pi - 1;
                    } else {
                        stack[sp++] = pl;
                        stack[sp++] = pi - 1;
                        pl = pi + 1;
                    }
                    stack[sp++] = --depth;
                    if (depth < 0) {
                        break;
                    }
                }
                if (depth >= 0) {
                    insertionSort(v, a, pl, pr);
                } else {
                    heapsort(v, a, pl, pr - pl + 1);
                }
            }
            if (sp == 0) {
                return a;
            }
            depth = stack[--sp];
            pr = stack[--sp];
            pl = stack[--sp];
        }
    }

    private static void insertionSort(int[] v, int[] a, int pl, int pr) {
        for (int pi = pl + 1; pi <= pr; pi++) {
            int vi = a[pi];
            int value = v[vi];
            int pj = pi;
            while (pj > pl && value < v[a[pj - 1]]) {
                a[pj] = a[pj - 1];
                pj--;
            }
            a[pj] = vi;
        }
    }

    /** Heapsort of {@code a[off, off+n)} with 1-based heap indices, as NumPy's fallback. */
    private static void heapsort(int[] v, int[] a, int off, int n) {
        int base = off - 1;
        for (int l = n >> 1; l > 0; l--) {
            sift(v, a, base, l, n);
        }
        for (; n > 1;) {
            int tmp = a[base + n];
            a[base + n] = a[base + 1];
            n--;
            a[base + 1] = tmp;
            sift(v, a, base, 1, n);
        }
    }

    private static void sift(int[] v, int[] a, int base, int l, int n) {
        int tmp = a[base + l];
        int i = l;
        int j = l << 1;
        while (j <= n) {
            if (j < n && v[a[base + j]] < v[a[base + j + 1]]) {
                j++;
            }
            if (v[tmp] < v[a[base + j]]) {
                a[base + i] = a[base + j];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        a[base + i] = tmp;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
