package org.fullsms.analysis.grouping;

import java.util.Arrays;

/**
 * The levels as {@link KernelGrid} sees them: level j's kernel κ_j(u) = exp(−n_j·(e^u − 1 − u)) in
 * u = ln I − ln(n_j/t_j), its window (κ_j ≥ e^-window), its grid (band b: node spacing finest·2^b, the coarsest
 * at most spacing/√n_j) and the kernel's values at the nodes covering the window, which never change and are
 * computed once. Band b − finer is the level's fine grid. The bands' node ranges cover every window on them plus
 * a Lagrange stencil.
 */
final class LevelKernels {

    private final double[] photons;
    private final double[] dwell;
    private final double[] peak;
    private final double[] below;
    private final double[] above;
    private final int[] band;
    private final int[] node;
    private final int[] count;
    private final int[] offset;
    private final double[] kernels;
    private final GridBand[] bands;
    private final boolean[] standard;

    LevelKernels(double[] photons, double[] dwell, double spacing, double window, int finer) {
        this.photons = photons;
        this.dwell = dwell;
        int levels = photons.length;
        peak = new double[levels];
        below = new double[levels];
        above = new double[levels];
        band = new int[levels];
        node = new int[levels];
        count = new int[levels];
        offset = new int[levels];
        double maxPhotons = 0;
        for (double n : photons) {
            maxPhotons = Math.max(maxPhotons, n);
        }
        double finest = spacing / Math.sqrt(maxPhotons) / (1 << finer);
        int bandCount = finer + 1;
        for (int j = 0; j < levels; j++) {
            double n = photons[j];
            peak[j] = Math.log(n / dwell[j]);
            below[j] = windowEdge(n, -1, window);
            above[j] = windowEdge(n, 1, window);
            int b = finer + (int) Math.floor(0.5 * Math.log(maxPhotons / n) / Math.log(2));
            while (finest * Math.scalb(1.0, b) > spacing / Math.sqrt(n)) {
                b--;
            }
            band[j] = b;
            bandCount = Math.max(bandCount, b + 1);
        }
        int[] low = new int[bandCount];
        int[] high = new int[bandCount];
        Arrays.fill(low, Integer.MAX_VALUE);
        Arrays.fill(high, Integer.MIN_VALUE);
        standard = new boolean[bandCount];
        long total = 0;
        for (int j = 0; j < levels; j++) {
            for (int b : new int[] { band[j], band[j] - finer }) {
                double h = finest * Math.scalb(1.0, b);
                int first = firstNode(j, h);
                low[b] = Math.min(low[b], first - Lagrange.POINTS);
                high[b] = Math.max(high[b], first + nodeCount(j, h) + Lagrange.POINTS);
            }
            double h = finest * Math.scalb(1.0, band[j]);
            standard[band[j]] = true;
            node[j] = firstNode(j, h);
            count[j] = nodeCount(j, h);
            offset[j] = (int) total;
            total += count[j];
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many levels to group at once: " + levels);
        }
        bands = new GridBand[bandCount];
        for (int b = 0; b < bandCount; b++) {
            if (low[b] <= high[b]) {
                bands[b] = new GridBand(finest * Math.scalb(1.0, b), low[b], high[b] - low[b]);
            }
        }
        kernels = new double[(int) total];
        for (int j = 0; j < levels; j++) {
            fill(j, bands[band[j]].spacing, node[j], count[j], kernels, offset[j]);
        }
    }

    GridBand[] bands() {
        return bands;
    }

    /** True when some level has band b as its normal grid (not only as its fine grid). */
    boolean hasStandardLevels(int b) {
        return standard[b];
    }

    /** The levels sorted by grid, then first node: neighbours in this order touch neighbouring nodes. */
    int[] gridOrder() {
        int levels = photons.length;
        double[] key = new double[levels];
        for (int j = 0; j < levels; j++) {
            key[j] = (double) band[j] * (1L << 32) + node[j];
        }
        GroupSorter sorter = new GroupSorter();
        int[] order = sorter.buffer(levels);
        for (int j = 0; j < levels; j++) {
            order[j] = j;
        }
        sorter.sort(order, levels, key);
        return Arrays.copyOf(order, levels);
    }

    double photons(int j) {
        return photons[j];
    }

    double dwell(int j) {
        return dwell[j];
    }

    int band(int j) {
        return band[j];
    }

    /** First node of level j's window on its grid. */
    int node(int j) {
        return node[j];
    }

    /** Number of nodes of level j's window on its grid. */
    int count(int j) {
        return count[j];
    }

    /** Where level j's kernel values start in {@link #kernels()}. */
    int offset(int j) {
        return offset[j];
    }

    double[] kernels() {
        return kernels;
    }

    /** First node, at node spacing h, of the nodes covering level j's window with one to spare on each side. */
    int firstNode(int j, double h) {
        return (int) Math.floor((peak[j] + below[j]) / h) - 1;
    }

    /** Level j's kernel at the nodes of its window at node spacing h, from node {@code first}. */
    double[] kernel(int j, double h, int first) {
        double[] values = new double[nodeCount(j, h)];
        fill(j, h, first, values.length, values, 0);
        return values;
    }

    /** κ_j at ln intensity x inside the window, else 0. */
    double kernelAt(int j, double x) {
        double u = x - peak[j];
        return u < below[j] || u > above[j] ? 0 : Math.exp(-photons[j] * (Math.expm1(u) - u));
    }

    private int nodeCount(int j, double h) {
        return (int) Math.ceil((peak[j] + above[j]) / h) + 2 - firstNode(j, h);
    }

    private void fill(int j, double h, int first, int nodes, double[] into, int from) {
        double n = photons[j];
        for (int i = 0; i < nodes; i++) {
            double u = (first + i) * h - peak[j];
            into[from + i] = Math.exp(-n * (Math.expm1(u) - u));
        }
    }

    /** u on the given side of 0 with n·(e^u − 1 − u) = window (bisection; monotone on each side). */
    private static double windowEdge(double n, int side, double window) {
        double inside = 0;
        double outside = side;
        while (n * (Math.expm1(outside) - outside) < window) {
            outside *= 2;
        }
        for (int i = 0; i < 100; i++) {
            double mid = 0.5 * (inside + outside);
            if (n * (Math.expm1(mid) - mid) < window) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return outside;
    }
}
