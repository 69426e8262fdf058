package org.fullsms.ui.editor;

import java.io.IOException;
import java.util.List;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.grouping.GroupLevel;
import org.fullsms.analysis.grouping.GroupLevels;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.model.IntensityBins;
import org.fullsms.model.IntensityTrace;
import org.fullsms.model.Particle;
import org.fullsms.runtime.DecayHistograms;
import org.fullsms.runtime.GroupingInputs;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.ui.charts.SeriesData;

/**
 * Everything the intensity tab draws, computed off the UI thread from the photons and the state: the binned
 * trace, the second channel and stored trace, the levels and group levels as steps, and the intensity histogram
 * with the dwell-weighted level distribution, every intensity in the unit chosen in the preferences. The
 * histogram is binned on whole counts per bin (its bins never split a count), then labelled in that unit.
 *
 * @param binS          bin width (s)
 * @param unit          the intensity unit of every y value (x of the histograms)
 * @param trace         intensity of each bin at bin starts
 * @param second        channel 2 in the same unit, or null
 * @param stored        the file's "Intensity Trace (cps)" in the same unit, or null
 * @param levels        level intensities as steps, or null when not resolved
 * @param groupLevels   group levels as steps, or null when not grouped
 * @param groupBounds   intensity bounds between groups, or null
 * @param histogram     histogram of the binned trace
 * @param levelHistogram dwell-weighted level intensities on the same bins, scaled to the same area, or null
 * @param startS        first photon (s)
 * @param endS          last photon (s)
 * @param photons       photons in the trace
 */
record IntensityModel(double binS, IntensityUnit unit, SeriesData trace, SeriesData second, SeriesData stored, SeriesData levels,
        SeriesData groupLevels, double[] groupBounds, SeriesData histogram, SeriesData levelHistogram, double startS,
        double endS, long photons) {

    private static final int HISTOGRAM_BINS = 50;

    static IntensityModel compute(ParticleAnalysis a, double binMs, IntensityUnit unit) throws IOException {
        double k = unit.perCount(binMs); // counts per bin → unit
        Particle p = a.particle();
        double binS = binMs / 1e3;
        long[] times = p.photons().absoluteNs();
        if (times.length == 0) {
            throw new IOException(p.name() + " has no photons");
        }
        double[] counts = bin(times, binMs);
        SeriesData second = null;
        if (p.secondary().isPresent() && p.secondary().get().error().isEmpty()) {
            long[] t2 = p.secondary().get().photons().absoluteNs();
            if (t2.length > 0) {
                second = SeriesData.uniform(0, binS, scaled(bin(t2, binMs), k));
            }
        }
        SeriesData stored = p.intensityTrace().map(t -> stored(t, binMs, unit)).orElse(null);
        List<Level> levels = a.levels().map(r -> r.levels()).orElse(List.of());
        SeriesData levelSteps = null;
        SeriesData groupSteps = null;
        double[] bounds = null;
        double max = 0;
        for (double c : counts) {
            max = Math.max(max, c);
        }
        if (!levels.isEmpty()) {
            double[] edges = new double[levels.size() + 1];
            double[] values = new double[levels.size()];
            double traceMax = max;
            for (int i = 0; i < levels.size(); i++) {
                edges[i] = levels.get(i).startS();
                values[i] = levels.get(i).intensityCps() * binS;
                if (levels.get(i).dwellS() < binS && values[i] > traceMax) {
                    // a level shorter than a bin (a few photons at the end of a blink) would scale the axis to
                    // 50× the trace; the cursor info still gives its true intensity
                    values[i] = traceMax;
                }
                max = Math.max(max, Double.isFinite(values[i]) ? values[i] : 0);
            }
            edges[levels.size()] = levels.get(levels.size() - 1).endS();
            levelSteps = SeriesData.steps(edges, scaled(values, k));
            GroupingStep step = DecayHistograms.step(a).orElse(null);
            if (step != null) {
                bounds = GroupLevels.intensityBounds(step);
                for (int i = 0; i < bounds.length; i++) {
                    bounds[i] = unit.fromCps(bounds[i], binMs);
                }
                if (DecayHistograms.coversLevels(a, step)) {
                    groupSteps = groupSteps(GroupLevels.apply(GroupingInputs.levelInputs(levels), step), binMs, unit);
                }
            }
        }
        double width = Math.max(1, Math.ceil(max * 1.02 / HISTOGRAM_BINS));
        double[] hist = new double[HISTOGRAM_BINS];
        for (double c : counts) {
            hist[Math.min(HISTOGRAM_BINS - 1, (int) (c / width))]++;
        }
        double[] edges = new double[HISTOGRAM_BINS + 1];
        for (int i = 0; i <= HISTOGRAM_BINS; i++) {
            edges[i] = i * width * k;
        }
        SeriesData levelHist = null;
        if (!levels.isEmpty()) {
            double[] lh = new double[HISTOGRAM_BINS];
            double total = 0;
            for (Level l : levels) {
                double v = l.intensityCps() * binS;
                if (Double.isFinite(v)) {
                    lh[Math.max(0, Math.min(HISTOGRAM_BINS - 1, (int) (v / width)))] += l.dwellS();
                    total += l.dwellS();
                }
            }
            double scale = total > 0 ? counts.length / total : 0; // same area as the trace histogram
            for (int i = 0; i < lh.length; i++) {
                lh[i] *= scale;
            }
            levelHist = SeriesData.steps(edges, lh);
        }
        return new IntensityModel(binS, unit, SeriesData.uniform(0, binS, scaled(counts, k)), second, stored, levelSteps, groupSteps,
                bounds, SeriesData.steps(edges, hist), levelHist, times[0] / 1e9, times[times.length - 1] / 1e9,
                times.length);
    }

    /** Counts per bin, binned as the CSV export and exported figures bin them ({@link IntensityBins}). */
    static double[] bin(long[] times, double binMs) throws IOException {
        long[] counts;
        try {
            counts = IntensityBins.of(times, binMs).counts();
        } catch (IllegalArgumentException tooMany) {
            throw new IOException(tooMany.getMessage(), tooMany);
        }
        double[] out = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = counts[i];
        }
        return out;
    }

    /** A copy of {@code values} times {@code k}. */
    private static double[] scaled(double[] values, double k) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * k;
        }
        return out;
    }

    private static SeriesData stored(IntensityTrace t, double binMs, IntensityUnit unit) {
        double[] cps = t.cps();
        if (cps == null || cps.length == 0) {
            return null;
        }
        double[] y = new double[cps.length];
        for (int i = 0; i < cps.length; i++) {
            y[i] = unit.fromCps(cps[i], binMs);
        }
        if (t.timesS() != null && t.timesS().length == cps.length) {
            return SeriesData.of(t.timesS(), y);
        }
        return SeriesData.uniform(0, 0.1, y); // the original plots a one-row trace at 0.1 s spacing
    }

    private static SeriesData groupSteps(List<GroupLevel> runs, double binMs, IntensityUnit unit) {
        double[] edges = new double[runs.size() + 1];
        double[] values = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            edges[i] = runs.get(i).startS();
            values[i] = unit.fromCps(runs.get(i).intensityCps(), binMs);
        }
        edges[runs.size()] = runs.get(runs.size() - 1).endS();
        return SeriesData.steps(edges, values);
    }
}
