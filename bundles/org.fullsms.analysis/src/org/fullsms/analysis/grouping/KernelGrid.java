package org.fullsms.analysis.grouping;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * One EM iteration for very many groups, in time linear in levels plus groups instead of their product. Global
 * grouping starts with one group per level, and on real data every level's responsibilities are spread over
 * thousands of groups (its Poisson kernel is far wider than the spacing of the groups' intensities), so the exact
 * E-step costs levels × groups per iteration.
 *
 * <p>In u = ln I − ln(n/t) the responsibility of group m for level j is p_mj = T̂_m·κ_j(ln I_m) / Z_j with the
 * kernel κ_j(u) = exp(−n_j·(e^u − 1 − u)) (peak 1, width 1/√n_j) and Z_j = Σ_m T̂_m·κ_j(ln I_m). The kernel is
 * smooth, so it is interpolated from equally spaced nodes in ln I (16-point Lagrange, spacing at most 0.1/√n_j):
 * the group weights T̂_m are spread onto the nodes once (Ŵ_k), each level's Z_j = Σ_k κ_j(ξ_k)·Ŵ_k is a short
 * dot product over the nodes of its window (where κ_j ≥ e^-40), each level adds t_j·κ_j(ξ_k)/Z_j (and n_j, 1) to
 * the nodes, and each group reads its new T̂, n̂ and Σ_j p_mj back through the same Lagrange weights. The kernel
 * values at the nodes never change, so they are computed once per grouping. Spreading and reading back with the
 * same weights keeps Σ_m p_mj = 1 for every level.
 *
 * <p>Accuracy: the interpolated kernel is within about 3e-15 of its peak (rounding) near the peak and relatively
 * better in its tails. A level whose Z_j could be off by more than {@link #ACCURACY} relative (its nearest groups
 * far out in its tails) uses a grid four times finer, where the interpolation is accurate relative to the kernel
 * everywhere in the window; a level with little weight in its window, or a group whose read-back could be off by
 * more than ACCURACY, is computed exactly. Groups whose stencil leaves every window get nothing (their kernel is
 * below e^-40 for every level), as the exact E-step drops responsibilities below e^-50 of the largest.
 *
 * <p>Levels (sorted by grid and node) and groups are processed in fixed chunks in parallel; each chunk of levels
 * gathers into its own slice of the grids, and slices are added in chunk order, so results do not depend on the
 * number of threads. Owns large work arrays (the kernel values: about 260 doubles per level); one iteration at a
 * time.
 */
final class KernelGrid {

    /** Relative error allowed in any level's Z_j and any group's sums. */
    static final double ACCURACY = 1e-10;
    /** Largest node spacing in units of a level's kernel width 1/√n. */
    private static final double SPACING = 0.1;
    /** A level's window: n·(e^u − 1 − u) ≤ 40. */
    private static final double WINDOW = 40;
    /** Bands between a level's grid and its fine grid (spacing ÷ 4). */
    private static final int FINER = 2;
    /** Bound on the interpolated kernel's error relative to its peak on the normal grids. */
    private static final double ROUNDING = 3e-15;
    private static final byte ON_GRID = 0;
    private static final byte PENDING = 1;
    private static final byte ON_FINE_GRID = 2;
    private static final byte EXACT = 3;

    private final LevelKernels levels;
    private final GridBand[] bands;
    private final LevelChunk[] levelChunks;
    private final double[][] fineKernels;
    private final double[] normaliser;
    private final byte[] mode;
    private final double[] scale = new double[GridBand.QUANTITIES];

    private double[] rankedPosition = new double[0];
    private double[] rankedWeight = new double[0];
    private double totalWeight;
    private double[] exact = new double[0];

    KernelGrid(double[] photons, double[] dwell) {
        this.levels = new LevelKernels(photons, dwell, SPACING, WINDOW, FINER);
        int count = photons.length;
        this.bands = levels.bands();
        this.fineKernels = new double[count][];
        this.normaliser = new double[count];
        this.mode = new byte[count];
        int[] order = levels.gridOrder();
        this.levelChunks = new LevelChunk[(count + ExactEStep.CHUNK - 1) / ExactEStep.CHUNK];
        for (int c = 0; c < levelChunks.length; c++) {
            levelChunks[c] = new LevelChunk(Arrays.copyOfRange(order, c * ExactEStep.CHUNK,
                    Math.min(count, (c + 1) * ExactEStep.CHUNK)));
        }
    }

    /**
     * One E-step and M-step: with group m's weight T̂_m = {@code weight[m]} and ln I_m from {@code index}, sets
     * {@code out[0][m]} = Σ_j p_mj·t_j, {@code out[1][m]} = Σ_j p_mj·n_j and {@code out[2][m]} = Σ_j p_mj for
     * every group (0 for groups not in the index).
     */
    void iterate(IntensityIndex index, double[] weight, int groups, double[][] out) {
        int live = index.size();
        rank(index, weight, live);
        IntStream.range(0, bands.length).parallel().filter(b -> bands[b] != null).forEach(b -> {
            bands[b].clear();
            if (levels.hasStandardLevels(b)) {
                bands[b].spreadAll(rankedPosition, rankedWeight, live);
            }
        });
        if (exact.length < GridBand.QUANTITIES * groups) {
            exact = new double[GridBand.QUANTITIES * groups];
        }
        Arrays.fill(exact, 0, GridBand.QUANTITIES * groups, 0);
        IntStream.range(0, levelChunks.length).parallel().forEach(c -> levelChunks[c].gatherOnGrids());
        for (LevelChunk chunk : levelChunks) {
            chunk.addTo();
        }
        for (int j = 0; j < mode.length; j++) {
            if (mode[j] == PENDING) {
                mode[j] = onFineGridOrExactly(j, index, live);
            }
        }
        IntStream.range(0, bands.length).parallel().filter(b -> bands[b] != null)
                .forEach(b -> bands[b].finishGathering());
        for (double[] o : out) {
            Arrays.fill(o, 0, groups, 0);
        }
        int chunks = (live + ExactEStep.CHUNK - 1) / ExactEStep.CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            ReadBack reader = new ReadBack();
            for (int r = c * ExactEStep.CHUNK; r < Math.min(live, (c + 1) * ExactEStep.CHUNK); r++) {
                reader.read(index.group(r), rankedPosition[r], rankedWeight[r], out);
            }
        });
    }

    /** The neglected-mass test: groups outside the level's nodes (κ &lt; e^-40) must not matter. */
    private boolean windowHolds(int j, GridBand standard, double z) {
        int last = levels.node(j) + levels.count(j) - 1;
        double neglected = (totalWeight - standard.mass(levels.node(j), last + 1)) * Math.exp(-WINDOW);
        return z > 0 && neglected <= ACCURACY * z;
    }

    /** A level the normal grid cannot serve: its fine grid, or exactly. */
    private byte onFineGridOrExactly(int j, IntensityIndex index, int live) {
        GridBand fine = bands[levels.band(j) - FINER];
        if (!fine.isSpread()) {
            fine.spreadAll(rankedPosition, rankedWeight, live);
        }
        int first = levels.firstNode(j, fine.spacing);
        if (fineKernels[j] == null) {
            fineKernels[j] = levels.kernel(j, fine.spacing, first);
        }
        double[] values = fineKernels[j];
        double z = fine.normaliser(first, values.length, values, 0);
        if (!windowHolds(j, bands[levels.band(j)], z)) {
            return exactLevel(j, index, live);
        }
        scale(j, z);
        fine.gather(first, values.length, values, 0, scale);
        return ON_FINE_GRID;
    }

    private void scale(int j, double z) {
        normaliser[j] = z;
        scale[0] = levels.dwell(j) / z;
        scale[1] = levels.photons(j) / z;
        scale[2] = 1 / z;
    }

    /** The exact responsibilities of one level over all groups (log-sum-exp), added to the exact sums. */
    private byte exactLevel(int j, IntensityIndex index, int live) {
        double n = levels.photons(j);
        double t = levels.dwell(j);
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < live; r++) {
            max = Math.max(max, logAlpha(index, r, n, t));
        }
        double sum = 0;
        for (int r = 0; r < live; r++) {
            sum += Math.exp(logAlpha(index, r, n, t) - max);
        }
        for (int r = 0; r < live; r++) {
            double p = Math.exp(logAlpha(index, r, n, t) - max) / sum;
            int m = index.group(r);
            exact[GridBand.QUANTITIES * m] += p * t;
            exact[GridBand.QUANTITIES * m + 1] += p * n;
            exact[GridBand.QUANTITIES * m + 2] += p;
        }
        return EXACT;
    }

    private static double logAlpha(IntensityIndex index, int r, double n, double t) {
        return index.logWeight(r) + n * index.logIntensity(r) - index.intensity(r) * t;
    }

    /** The live groups' positions and weights in ascending ln intensity. */
    private void rank(IntensityIndex index, double[] weight, int live) {
        if (rankedPosition.length < live) {
            rankedPosition = new double[live];
            rankedWeight = new double[live];
        }
        totalWeight = 0;
        for (int r = 0; r < live; r++) {
            rankedPosition[r] = index.logIntensity(r);
            rankedWeight[r] = weight[index.group(r)];
            totalWeight += rankedWeight[r];
        }
    }

    /** Levels in grid order gathered into private slices of the grids (one slice per grid they touch). */
    private final class LevelChunk {
        private final int[] members;
        /** The slice of each member's grid. */
        private final int[] memberSlice;
        private final int[] sliceBand;
        private final int[] sliceFirst;
        private final double[][][] slices;
        private final double[] a = new double[GridBand.QUANTITIES];

        LevelChunk(int[] members) {
            this.members = members;
            int[] low = new int[bands.length];
            int[] high = new int[bands.length];
            Arrays.fill(low, Integer.MAX_VALUE);
            Arrays.fill(high, Integer.MIN_VALUE);
            int used = 0;
            for (int j : members) {
                int b = levels.band(j);
                used += low[b] == Integer.MAX_VALUE ? 1 : 0;
                low[b] = Math.min(low[b], levels.node(j));
                high[b] = Math.max(high[b], levels.node(j) + levels.count(j));
            }
            sliceBand = new int[used];
            sliceFirst = new int[used];
            slices = new double[used][][];
            int[] sliceOfBand = new int[bands.length];
            int s = 0;
            for (int b = 0; b < bands.length; b++) {
                if (low[b] != Integer.MAX_VALUE) {
                    sliceOfBand[b] = s;
                    sliceBand[s] = b;
                    sliceFirst[s] = low[b];
                    slices[s++] = new double[GridBand.QUANTITIES][high[b] - low[b]];
                }
            }
            memberSlice = new int[members.length];
            for (int i = 0; i < members.length; i++) {
                memberSlice[i] = sliceOfBand[levels.band(members[i])];
            }
        }

        /** Z_j on each member's grid; members the grid serves are gathered, the others left pending. */
        void gatherOnGrids() {
            for (double[][] slice : slices) {
                for (double[] q : slice) {
                    Arrays.fill(q, 0);
                }
            }
            for (int i = 0; i < members.length; i++) {
                int j = members[i];
                GridBand standard = bands[levels.band(j)];
                int node = levels.node(j);
                int count = levels.count(j);
                double z = standard.normaliser(node, count, levels.kernels(), levels.offset(j));
                double touching = standard.mass(node - Lagrange.POINTS, node + count + Lagrange.POINTS);
                if (!windowHolds(j, standard, z) || ROUNDING * touching > ACCURACY * z) {
                    mode[j] = PENDING;
                    continue;
                }
                mode[j] = ON_GRID;
                normaliser[j] = z;
                a[0] = levels.dwell(j) / z;
                a[1] = levels.photons(j) / z;
                a[2] = 1 / z;
                int s = memberSlice[i];
                GridBand.gather(node, count, levels.kernels(), levels.offset(j), a, slices[s], sliceFirst[s]);
            }
        }

        /** Adds the slices and the served members' windows to the grids. */
        void addTo() {
            for (int s = 0; s < slices.length; s++) {
                bands[sliceBand[s]].add(slices[s], sliceFirst[s], slices[s][0].length);
            }
            for (int j : members) {
                if (mode[j] == ON_GRID) {
                    double z = normaliser[j];
                    a[0] = levels.dwell(j) / z;
                    a[1] = levels.photons(j) / z;
                    a[2] = 1 / z;
                    bands[levels.band(j)].window(levels.node(j), levels.count(j), a);
                }
            }
        }
    }

    /** Reads groups' new sums back from the grids; scratch for one thread. */
    private final class ReadBack {
        private final double[] weights = new double[Lagrange.POINTS];
        private final double[] value = new double[GridBand.QUANTITIES];
        private final double[] reach = new double[GridBand.QUANTITIES];

        void read(int m, double position, double w, double[][] out) {
            Arrays.fill(value, 0);
            Arrays.fill(reach, 0);
            for (GridBand b : bands) {
                if (b != null && b.isGathered()) {
                    b.interpolate(position, weights, value, reach);
                }
            }
            boolean accurate = true;
            for (int q = 0; q < GridBand.QUANTITIES; q++) {
                accurate &= ROUNDING * reach[q] <= ACCURACY * value[q];
            }
            if (!accurate) {
                exactly(position);
            }
            for (int q = 0; q < GridBand.QUANTITIES; q++) {
                out[q][m] = w * value[q] + exact[GridBand.QUANTITIES * m + q];
            }
        }

        /** The sums at {@code position} from the kernels themselves instead of the grids. */
        private void exactly(double position) {
            Arrays.fill(value, 0);
            for (int j = 0; j < mode.length; j++) {
                if (mode[j] != EXACT) {
                    double k = levels.kernelAt(j, position);
                    if (k > 0) {
                        k /= normaliser[j];
                        value[0] += k * levels.dwell(j);
                        value[1] += k * levels.photons(j);
                        value[2] += k;
                    }
                }
            }
        }
    }
}
