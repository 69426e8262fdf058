package org.example.fullsms.blinking;

import java.util.List;

/**
 * The on/off dwells of one particle: maximal runs of consecutive levels on the same side of the threshold.
 *
 * @param thresholdCps the intensity from which a level is on, counts/s
 * @param edgesCounted whether the first and last dwell count in {@link #meanDwellS}
 * @param dwells       the dwells in time order, alternating between on and off
 */
public record BlinkingResult(double thresholdCps, boolean edgesCounted, List<Dwell> dwells) {

    /**
     * One dwell.
     *
     * @param on      whether the particle is on
     * @param startNs start, ns since the start of the measurement
     * @param endNs   end, ns
     * @param photons photons detected during the dwell
     */
    public record Dwell(boolean on, long startNs, long endNs, long photons) {

        public double durationS() {
            return (endNs - startNs) * 1e-9;
        }
    }

    public BlinkingResult {
        dwells = List.copyOf(dwells);
    }

    /** The fraction of the analysed time the particle is on (0 … 1). */
    public double onFraction() {
        double on = 0;
        double all = 0;
        for (Dwell d : dwells) {
            all += d.durationS();
            on += d.on() ? d.durationS() : 0;
        }
        return all > 0 ? on / all : 0;
    }

    /** How often the particle switches between on and off. */
    public int switches() {
        return Math.max(0, dwells.size() - 1);
    }

    /**
     * The mean duration of the on (or off) dwells in s; NaN when there is none to average (the first and last
     * dwell are left out unless {@link #edgesCounted}).
     */
    public double meanDwellS(boolean on) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < dwells.size(); i++) {
            boolean edge = i == 0 || i == dwells.size() - 1;
            Dwell d = dwells.get(i);
            if (d.on() == on && (edgesCounted || !edge)) {
                sum += d.durationS();
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }
}
