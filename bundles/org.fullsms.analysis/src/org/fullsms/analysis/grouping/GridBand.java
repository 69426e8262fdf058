package org.fullsms.analysis.grouping;

import java.util.Arrays;

/**
 * One interpolation grid of {@link KernelGrid}: nodes ξ_k = k·spacing in ln intensity for k in
 * [first, first + length), with the group weights spread onto the nodes and the levels' kernel sums gathered on
 * them. Besides the sums it keeps, per node, the sums of the levels whose windows start and end there, so that
 * the levels touching any stencil (and hence the error bound of a group's interpolated sums) are known.
 */
final class GridBand {

    /** Sums per level: dwell t_j/Z_j, photons n_j/Z_j and count 1/Z_j. */
    static final int QUANTITIES = 3;

    final double spacing;
    final int first;
    final int length;
    private final double[] weight;
    /** massBelow[i]: total weight of the groups below node first + i. */
    private final double[] massBelow;
    private final double[][] sum = new double[QUANTITIES][];
    private final double[][] starts = new double[QUANTITIES][];
    private final double[][] ends = new double[QUANTITIES][];
    private final double[] lagrange = new double[Lagrange.POINTS];
    private boolean spread;
    private boolean gathered;

    GridBand(double spacing, int first, int length) {
        this.spacing = spacing;
        this.first = first;
        this.length = length;
        this.weight = new double[length];
        this.massBelow = new double[length + 1];
        for (int q = 0; q < QUANTITIES; q++) {
            sum[q] = new double[length];
            starts[q] = new double[length];
            ends[q] = new double[length];
        }
    }

    /** Forgets the previous iteration. */
    void clear() {
        if (spread) {
            Arrays.fill(weight, 0);
            spread = false;
        }
        if (gathered) {
            for (int q = 0; q < QUANTITIES; q++) {
                Arrays.fill(sum[q], 0);
                Arrays.fill(starts[q], 0);
                Arrays.fill(ends[q], 0);
            }
            gathered = false;
        }
    }

    boolean isSpread() {
        return spread;
    }

    boolean isGathered() {
        return gathered;
    }

    /** Spreads all groups, given in ascending ln intensity, and tallies their weight below every node. */
    void spreadAll(double[] positions, double[] weights, int count) {
        int r = 0;
        double below = 0;
        for (int i = 0; i <= length; i++) {
            double node = (first + i) * spacing;
            while (r < count && positions[r] < node) {
                below += weights[r++];
            }
            massBelow[i] = below;
        }
        for (int q = 0; q < count; q++) {
            int start = stencilStart(positions[q], lagrange);
            if (start >= 0) {
                for (int k = 0; k < Lagrange.POINTS; k++) {
                    weight[start + k] += weights[q] * lagrange[k];
                }
            }
        }
        spread = true;
    }

    /** Weight of the groups at ln I in [ξ_from, ξ_to) (absolute node indices, clamped to the grid). */
    double mass(int from, int to) {
        int a = Math.max(0, Math.min(length, from - first));
        int b = Math.max(0, Math.min(length, to - first));
        return massBelow[b] - massBelow[a];
    }

    /** Σ_k κ_k·Ŵ_k over nodes [node, node + count) (absolute node indices), κ from {@code kernel[offset..]}. */
    double normaliser(int node, int count, double[] kernel, int offset) {
        int base = node - first;
        double z = 0;
        for (int i = 0; i < count; i++) {
            z += kernel[offset + i] * weight[base + i];
        }
        return z;
    }

    /**
     * Adds a level's kernel on nodes [node, node + count) scaled by a = (t/Z, n/Z, 1/Z) to {@code into}, arrays
     * whose index 0 is node {@code intoFirst}.
     */
    static void gather(int node, int count, double[] kernel, int offset, double[] a, double[][] into, int intoFirst) {
        int base = node - intoFirst;
        double[] t = into[0];
        double[] n = into[1];
        double[] c = into[2];
        double at = a[0];
        double an = a[1];
        double ac = a[2];
        for (int i = 0; i < count; i++) {
            double k = kernel[offset + i];
            t[base + i] += at * k;
            n[base + i] += an * k;
            c[base + i] += ac * k;
        }
    }

    /** Gathers a level directly into this band, with its window. */
    void gather(int node, int count, double[] kernel, int offset, double[] a) {
        gather(node, count, kernel, offset, a, sum, first);
        window(node, count, a);
    }

    /** Adds sums gathered elsewhere ({@code from} index 0 is node {@code fromFirst}). */
    void add(double[][] from, int fromFirst, int fromLength) {
        int base = fromFirst - first;
        for (int q = 0; q < QUANTITIES; q++) {
            double[] s = sum[q];
            double[] f = from[q];
            for (int i = 0; i < fromLength; i++) {
                s[base + i] += f[i];
            }
        }
    }

    /** Records a gathered level's window [node, node + count) with its scale a. */
    void window(int node, int count, double[] a) {
        int base = node - first;
        for (int q = 0; q < QUANTITIES; q++) {
            starts[q][base] += a[q];
            ends[q][base + count - 1] += a[q];
        }
        gathered = true;
    }

    /** After all levels: prefix sums of the window starts and ends. */
    void finishGathering() {
        if (!gathered) {
            return;
        }
        for (int q = 0; q < QUANTITIES; q++) {
            for (int k = 1; k < length; k++) {
                starts[q][k] += starts[q][k - 1];
                ends[q][k] += ends[q][k - 1];
            }
        }
    }

    /**
     * Adds to {@code value[q]} the interpolated sums at ln intensity x and to {@code reach[q]} the sums of a of
     * every level whose window overlaps the stencil (each of whose interpolated kernels is off by at most the
     * rounding level times its peak, 1). {@code weights} is scratch for the Lagrange weights.
     */
    void interpolate(double x, double[] weights, double[] value, double[] reach) {
        int start = stencilStart(x, weights);
        if (start < 0) {
            return;
        }
        int last = start + Lagrange.POINTS - 1;
        for (int q = 0; q < QUANTITIES; q++) {
            double[] s = sum[q];
            double v = 0;
            for (int k = 0; k < Lagrange.POINTS; k++) {
                v += weights[k] * s[start + k];
            }
            value[q] += v;
            reach[q] += starts[q][last] - (start > 0 ? ends[q][start - 1] : 0);
        }
    }

    /** Index into this band's arrays of the stencil's first node for x, with its weights; −1 outside. */
    private int stencilStart(double x, double[] weights) {
        double position = x / spacing;
        if (!(Math.abs(position) < 1e9)) {
            return -1;
        }
        double cell = Math.floor(position);
        int start = (int) cell - Lagrange.BEFORE - first;
        if (start < 0 || start + Lagrange.POINTS > length) {
            return -1;
        }
        Lagrange.weights(position - cell, weights);
        return start;
    }
}
