package org.fullsms.analysis.cpa;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Seeded Monte Carlo generator of the critical values τ_a(n) and τ_b(n) for the engine's own test.
 * <p>
 * Null hypothesis: n photons of one constant-intensity Poisson process (exponential gaps; the WLR only
 * sees the uniform order statistics V_k, so the rate does not matter). For each replicate the WLR of all
 * k is computed with {@link SegmentTest#evaluate} — the very code the engine runs. Let A = {k : offset ≤ k
 * ≤ n − offset} be the positions where a change point may be accepted (boundary offset 7).
 * <ul>
 * <li>τ_a(n, p) is the p-quantile of Y = max_k WLR_k if the arg-max k* lies in A, else 0. The engine
 * splits a change-free segment exactly when k* ∈ A and max ≥ τ_a, so its type-I error per test is 1 − p
 * (Watkins &amp; Yang's α). The plain maximum is not used: the original's sums belong to n+1 photons, which
 * inflates the WLR at the last two positions of every segment; those positions are never accepted, and
 * calibrating on them would make the test far too strict (99 % quantile of the plain maximum ≈ 10.5
 * against ≈ 8 for Y).</li>
 * <li>τ_b(n, p) is the p-quantile of max_{k∈A} WLR_k − WLR_{k0}, k0 uniform on A: the confidence region
 * {k : WLR_k ≥ max − τ_b} then contains a true change point k0 with probability p in the limit of a
 * vanishing intensity jump (Worsley's likelihood-ratio confidence set), the least favourable case.</li>
 * </ul>
 * When A is empty (n &lt; 2·offset) it is replaced by 2 … n−2. Quantiles are taken for every n from 4 to
 * 40 (kept as they are, with 5× the replicates) and then at nodes every ~5 % up to {@code maxN}, where each level is smoothed by a
 * least-squares polynomial of degree 6 in ln n (the curves are smooth; the published tables fit such a
 * polynomial to 1e-5), which cuts the Monte Carlo noise by about √(nodes/7) ≈ 3. Levels whose quantile is
 * 0 somewhere above n = 40 (an atom of Y at 0, levels below ~20 %) are interpolated linearly in ln n
 * instead. Deterministic: the same settings give the same tables on any number of threads.
 */
public final class CriticalValueGenerator {

    /** Levels of the committed tables, in percent. */
    public static final double[] DEFAULT_LEVELS = {10, 20, 30, 40, 50, 60, 69, 75, 80, 85, 90, 92.5, 95, 97.5, 99,
            99.5, 99.9};

    private static final int CHUNKS = 16;
    private static final int RAW_BELOW = 40;
    private static final int DEGREE = 6;
    /** Photon gaps are Exp(1) × this many ns: fine enough that equal times (a tie) practically never occur. */
    private static final double GAP_SCALE_NS = 1e6;

    /**
     * @param seed       random seed
     * @param replicates simulated traces per node
     * @param maxN       largest n tabulated (≤ {@link WlrTable#MAX_N})
     * @param levels     confidence levels in percent, ascending
     * @param boundaryOffset the engine's boundary offset the tables are made for (default 7)
     */
    public record Settings(long seed, int replicates, int maxN, double[] levels, int boundaryOffset) {
        public Settings {
            if (replicates < 100 || maxN < 4 || maxN > WlrTable.MAX_N || levels.length == 0) {
                throw new IllegalArgumentException("need ≥ 100 replicates, 4 ≤ maxN ≤ " + WlrTable.MAX_N
                        + " and at least one level");
            }
            for (double p : levels) {
                ChangePointParameters.checkConfidence(p);
            }
            levels = levels.clone();
        }

        /** The settings that made the committed resource. */
        public static Settings committed() {
            return new Settings(20261125L, 100_000, WlrTable.MAX_N, DEFAULT_LEVELS,
                    ChangePointParameters.DEFAULT_BOUNDARY_OFFSET);
        }
    }

    /**
     * Generated tables: {@code tauA[level][n]}, {@code tauB[level][n]} (entries below n = 4 are 0), and the
     * largest estimated standard error of a raw node quantile, per kind.
     */
    public record Tables(Settings settings, double[][] tauA, double[][] tauB, double maxStdErrA, double maxStdErrB) {

        public CriticalValues forLevel(int levelIndex) {
            return new CriticalValues(settings.levels()[levelIndex], tauA[levelIndex], tauB[levelIndex],
                    "generated, seed " + settings.seed() + ", " + settings.replicates() + " replicates");
        }
    }

    /** Node sizes: every n from 4 to 40, then steps of about 5 %, always including {@code maxN}. */
    static int[] nodes(int maxN) {
        int[] out = new int[200];
        int m = 0;
        for (int n = 4; n <= Math.min(40, maxN); n++) {
            out[m++] = n;
        }
        double x = 40;
        while (true) {
            x *= 1.05;
            int n = (int) Math.round(x);
            if (n >= maxN) {
                break;
            }
            out[m++] = n;
        }
        if (out[m - 1] != maxN) {
            out[m++] = maxN;
        }
        return Arrays.copyOf(out, m);
    }

    /** Runs the simulation (CPU heavy: about replicates × 23 000 WLR terms for maxN = 1001). */
    public Tables generate(Settings settings, IProgressMonitor monitor) {
        int[] nodes = nodes(settings.maxN());
        double[] levels = settings.levels();
        SubMonitor progress = SubMonitor.convert(monitor, "Critical values", nodes.length);
        double[][] nodeA = new double[levels.length][nodes.length];
        double[][] nodeB = new double[levels.length][nodes.length];
        double maxErrA = 0;
        double maxErrB = 0;
        for (int i = 0; i < nodes.length; i++) {
            int n = nodes[i];
            // raw (unsmoothed) small-n nodes are cheap: give them 5× the replicates
            int replicates = n < RAW_BELOW ? 5 * settings.replicates() : settings.replicates();
            double[] maxima = new double[replicates];
            double[] drops = new double[replicates];
            simulate(settings, n, maxima, drops);
            Arrays.sort(maxima);
            Arrays.sort(drops);
            for (int l = 0; l < levels.length; l++) {
                double p = levels[l] / 100.0;
                nodeA[l][i] = quantile(maxima, p);
                nodeB[l][i] = quantile(drops, p);
                if (n >= 20) {
                    maxErrA = Math.max(maxErrA, standardError(maxima, p));
                    maxErrB = Math.max(maxErrB, standardError(drops, p));
                }
            }
            progress.split(1);
        }
        double[][] tauA = new double[levels.length][];
        double[][] tauB = new double[levels.length][];
        for (int l = 0; l < levels.length; l++) {
            tauA[l] = smooth(nodes, nodeA[l], settings.maxN());
            tauB[l] = smooth(nodes, nodeB[l], settings.maxN());
        }
        return new Tables(settings, tauA, tauB, maxErrA, maxErrB);
    }

    /** Fills max WLR and max − WLR(k0) for every replicate; chunks run in parallel with fixed seeds. */
    private static void simulate(Settings settings, int n, double[] maxima, double[] drops) {
        int m = maxima.length;
        IntStream.range(0, CHUNKS).parallel().forEach(chunk -> {
            SplittableRandom random = new SplittableRandom(settings.seed() * 1_000_003L + n * 131L + chunk);
            SegmentTest test = new SegmentTest();
            long[] times = new long[n];
            for (int r = chunk * m / CHUNKS; r < (chunk + 1) * m / CHUNKS; r++) {
                long t = 0;
                times[0] = 0;
                for (int j = 1; j < n; j++) {
                    t += 1 + (long) (-Math.log1p(-random.nextDouble()) * GAP_SCALE_NS);
                    times[j] = t;
                }
                int kStar = test.evaluate(times, 0, n);
                int lo = settings.boundaryOffset();
                int hi = n - settings.boundaryOffset();
                if (lo > hi || lo < 2 || hi > n - 2) {
                    lo = Math.max(lo, 2);
                    hi = Math.min(hi, n - 2);
                    if (lo > hi) {
                        lo = 2;
                        hi = n - 2;
                    }
                }
                double maxInA = Double.NEGATIVE_INFINITY;
                for (int k = lo; k <= hi; k++) {
                    maxInA = Math.max(maxInA, test.wlr(k));
                }
                int k0 = lo + random.nextInt(hi - lo + 1);
                maxima[r] = kStar >= lo && kStar <= hi ? test.maxWlr : 0.0;
                drops[r] = maxInA - test.wlr(k0);
            }
        });
    }

    /** Quantile of sorted data with linear interpolation (NumPy's default, "type 7"). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Standard error of the p-quantile from the binomial spread of order statistics (±1 σ). */
    static double standardError(double[] sorted, double p) {
        double s = Math.sqrt(p * (1 - p) / sorted.length);
        return (quantile(sorted, Math.min(1, p + s)) - quantile(sorted, Math.max(0, p - s))) / 2;
    }

    /** Raw values below n = 40; above, the degree-6 fit in ln n (or linear interpolation, see class doc). */
    static double[] smooth(int[] nodes, double[] values, int maxN) {
        double[] out = new double[maxN + 1];
        boolean positive = true;
        for (int i = 0; i < nodes.length; i++) {
            positive &= nodes[i] < RAW_BELOW || values[i] > 0;
        }
        double[] coef = positive ? PolynomialFit.fit(nodes, values, RAW_BELOW, DEGREE) : null;
        int node = 0;
        for (int n = 4; n <= maxN; n++) {
            while (nodes[node] < n) {
                node++;
            }
            if (n < RAW_BELOW || nodes[node] == n && coef == null) {
                out[n] = values[node];
            } else if (coef != null) {
                out[n] = Math.max(0, PolynomialFit.eval(coef, Math.log(n)));
            } else {
                double f = (Math.log(n) - Math.log(nodes[node - 1])) / (Math.log(nodes[node]) - Math.log(nodes[node - 1]));
                out[n] = values[node - 1] + f * (values[node] - values[node - 1]);
            }
        }
        return out;
    }
}
