package org.fullsms.analysis.roi;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.fullsms.analysis.grouping.LevelInput;

/**
 * Automatic region of interest: trims a photobleached (dead) end of a trace, which the original left as a stub.
 *
 * <p>Photobleaching is irreversible: after it the trace stays at background until the end. So the method looks
 * for a trailing run of dark levels that is too long to be a blink:
 * <ol>
 * <li>bright intensity I_b = the dwell-weighted {@code brightQuantile} of the level intensities (robust to a
 * long dark tail, which only holds the lower quantiles);</li>
 * <li>a level is dark when its intensity ≤ {@code darkFraction}·I_b;</li>
 * <li>the dark tail (maximal run of dark levels at the end) is trimmed when it lasts at least {@code minDarkS}
 * and at least {@code blinkFactor} times the longest earlier run of dark levels (the longest observed blink),
 * and at least one bright level remains;</li>
 * <li>the region then ends where the last bright level ends; its start is the trace start.</li>
 * </ol>
 * A trace without a qualifying tail, or with no bright level at all, keeps the whole trace.
 */
public final class AutoRoi {

    private AutoRoi() {
    }

    public static RegionOfInterest find(List<LevelInput> levels, AutoRoiParameters params) {
        RegionOfInterest whole = RegionOfInterest.whole(levels);
        double threshold = params.darkFraction() * brightIntensity(levels, params.brightQuantile());
        int last = levels.size() - 1;
        int lastBright = last;
        double tail = 0;
        while (lastBright >= 0 && levels.get(lastBright).intensityCps() <= threshold) {
            tail += levels.get(lastBright).dwellS();
            lastBright--;
        }
        if (lastBright < 0 || lastBright == last) {
            return whole;
        }
        double longestBlink = 0;
        double run = 0;
        for (int j = 0; j <= lastBright; j++) {
            run = levels.get(j).intensityCps() <= threshold ? run + levels.get(j).dwellS() : 0;
            longestBlink = Math.max(longestBlink, run);
        }
        if (tail >= params.minDarkS() && tail >= params.blinkFactor() * longestBlink) {
            return new RegionOfInterest(whole.startS(), levels.get(lastBright).endS());
        }
        return whole;
    }

    /** Dwell-weighted quantile of level intensities. */
    static double brightIntensity(List<LevelInput> levels, double quantile) {
        int count = levels.size();
        double[] intensity = new double[count];
        double total = 0;
        for (int j = 0; j < count; j++) {
            intensity[j] = levels.get(j).intensityCps();
            total += levels.get(j).dwellS();
        }
        // Runs once per particle on at most a few thousand levels: boxing in this sort is harmless.
        int[] order = IntStream.range(0, count).boxed().sorted(Comparator.comparingDouble(j -> intensity[j]))
                .mapToInt(Integer::intValue).toArray();
        double target = quantile * total;
        double cumulative = 0;
        for (int index : order) {
            cumulative += levels.get(index).dwellS();
            if (cumulative >= target) {
                return intensity[index];
            }
        }
        return intensity[order[count - 1]];
    }
}
