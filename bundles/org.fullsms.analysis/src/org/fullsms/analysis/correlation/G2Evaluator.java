package org.fullsms.analysis.correlation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Turns a {@link Correlogram} into a {@link CorrelationResult}: normalisation, g²(0), fit. */
final class G2Evaluator {

    private final CorrelationParameters params;
    private final CorrelationHistogram histogram;
    private final double[] background;
    private final double[] signal;
    private final List<String> warnings = new ArrayList<>();

    G2Evaluator(Correlogram correlogram, CorrelationParameters params) {
        if (params.difftimeNs() != correlogram.difftimeNs()) {
            throw new IllegalArgumentException("difftime changed from " + correlogram.difftimeNs() + " to "
                    + params.difftimeNs() + " ns: correlate again");
        }
        this.params = params;
        this.histogram = correlogram.histogram(params.binNs(), params.windowNs());
        if (histogram.size() < 2 * params.halfBins() + 1) {
            warnings.add("window ±" + params.windowNs() + " ns is wider than the counted ±"
                    + correlogram.coverageNs() + " ns: showing ±" + histogram.edgesNs()[histogram.size()]
                    + " ns (correlate again for more)");
        }
        Exposure exposure = correlogram.exposure();
        double b1 = params.backgroundCps1() * 1e-9;
        double b2 = params.backgroundCps2() * 1e-9;
        checkBackground(b1, exposure.minRate1(), 1);
        checkBackground(b2, exposure.minRate2(), 2);
        int n = histogram.size();
        double[] edges = histogram.edgesNs();
        background = new double[n];
        signal = new double[n];
        for (int i = 0; i < n; i++) {
            double all = exposure.expected(edges[i], edges[i + 1]);
            background[i] = params.backgroundCorrected()
                    ? exposure.expectedBackground(edges[i], edges[i + 1], b1, b2)
                    : 0;
            signal[i] = all - background[i];
        }
    }

    private static void checkBackground(double perNs, double minRatePerNs, int channel) {
        if (perNs > 0 && perNs >= minRatePerNs) {
            throw new IllegalArgumentException("background of channel " + channel + " (" + perNs * 1e9
                    + " counts/s) is not below the count rate of the dimmest particle in that channel ("
                    + minRatePerNs * 1e9 + " counts/s)");
        }
    }

    CorrelationResult evaluate(Exposure exposure) {
        long[] counts = histogram.counts();
        double[] g2 = new double[counts.length];
        long pairs = 0;
        for (int i = 0; i < g2.length; i++) {
            g2[i] = (counts[i] - background[i]) / signal[i];
            pairs += counts[i];
        }
        double[] zero = params.pulsed() ? peakAreaRatio() : centreBin();
        G2Fit fit = null;
        if (params.fit()) {
            fit = params.pulsed() ? fitPulsed() : fitCw();
            if (!fit.converged()) {
                warnings.add("g² fit: " + fit.message());
            }
        }
        return new CorrelationResult(CorrelationAnalysis.ID, CorrelationAnalysis.VERSION, params,
                histogram.binCentresNs(), counts, g2, zero[0], zero[1],
                params.pulsed() ? CorrelationResult.PEAK_AREA_RATIO : CorrelationResult.CENTRE_BIN, fit,
                exposure.particles(), exposure.photons1(), exposure.photons2(), exposure.durationNs(), pairs,
                warnings);
    }

    /** Zero bin: (C − B)/S ± √max(C, 1)/S (a count of 0 is given an error of 1 count). */
    private double[] centreBin() {
        int z = histogram.zeroIndex();
        long c = histogram.counts()[z];
        return new double[] { (c - background[z]) / signal[z], Math.sqrt(Math.max(c, 1)) / signal[z] };
    }

    /**
     * Pulsed: r = (C₀ − B₀) / ((C_side − B_side)/n_side) with each peak taken over [kP − P/2, kP + P/2) (bins
     * by their centre) and n_side all whole side peaks inside the window; σ² = (max(C₀,1) + r²·C_side/n_side²)
     * / D², D the background-corrected mean side-peak area.
     */
    private double[] peakAreaRatio() {
        double period = params.periodNs();
        double[] centres = histogram.binCentresNs();
        double coverage = histogram.edgesNs()[centres.length];
        int sidePeaks = (int) Math.floor(coverage / period - 0.5 + 1e-9);
        if (sidePeaks < 1) {
            throw new IllegalArgumentException("pulsed g²(0) needs a whole side peak: the window ±" + coverage
                    + " ns is shorter than 1.5 × the period " + period + " ns");
        }
        double c0 = 0;
        double b0 = 0;
        double cs = 0;
        double bs = 0;
        for (int i = 0; i < centres.length; i++) {
            int k = (int) Math.floor(centres[i] / period + 0.5);
            if (k == 0) {
                c0 += histogram.counts()[i];
                b0 += background[i];
            } else if (Math.abs(k) <= sidePeaks) {
                cs += histogram.counts()[i];
                bs += background[i];
            }
        }
        int n = 2 * sidePeaks;
        double d = (cs - bs) / n;
        if (!(d > 0)) {
            warnings.add("g²(0) undefined: no correlated pairs left in the side peaks (" + (long) cs
                    + " pairs" + (params.backgroundCorrected() ? ", background correction too large?" : "") + ")");
            return new double[] { Double.NaN, Double.NaN };
        }
        double r = (c0 - b0) / d;
        double err = Math.sqrt(Math.max(c0, 1) + r * r * cs / ((double) n * n)) / d;
        return new double[] { r, err };
    }

    private G2Fit fitCw() {
        double bin = params.binNs();
        double window = histogram.edgesNs()[histogram.size()];
        double plateau = meanG2(i -> Math.abs(histogram.binCentresNs()[i]) > window / 2, 1);
        double maxTau = window / 2;
        double[] tauStarts = { 2 * bin, 8 * bin, 32 * bin };
        double[][] starts = new double[tauStarts.length][];
        for (int s = 0; s < starts.length; s++) {
            starts[s] = new double[] { plateau, 0.5, Math.min(tauStarts[s], maxTau / 2) };
        }
        return new G2Fitter(new CwDipModel(bin / 20, maxTau), histogram, background, signal).fit(starts);
    }

    private G2Fit fitPulsed() {
        double period = params.periodNs();
        double[] centres = histogram.binCentresNs();
        double floor = meanG2(i -> distanceToPeak(centres[i]) >= 0.35 * period, 0);
        // Mean g² over the side peaks is ≈ floor + 2·A·τ/P (the area of a two-sided exponential is 2Aτ).
        double peaks = meanG2(i -> Math.abs(centres[i]) >= period / 2, 1);
        double[] tauStarts = { period / 25, period / 10, period / 5 };
        double[][] starts = new double[tauStarts.length][];
        for (int s = 0; s < starts.length; s++) {
            double tau = Math.max(tauStarts[s], params.binNs());
            double amplitude = Math.max((peaks - floor) * period / (2 * tau), 1e-3);
            starts[s] = new double[] { amplitude, 0.5, tau, floor };
        }
        return new G2Fitter(new PulseTrainModel(period, params.binNs() / 20, period), histogram, background,
                signal).fit(starts);
    }

    private double distanceToPeak(double tau) {
        double period = params.periodNs();
        return Math.abs(tau - period * Math.rint(tau / period));
    }

    /** Σ(C − B)/ΣS over the bins selected, or {@code fallback} when they hold no signal. */
    private double meanG2(IntPredicate select, double fallback) {
        double c = 0;
        double s = 0;
        for (int i = 0; i < signal.length; i++) {
            if (select.test(i)) {
                c += histogram.counts()[i] - background[i];
                s += signal[i];
            }
        }
        return s > 0 ? c / s : fallback;
    }
}
