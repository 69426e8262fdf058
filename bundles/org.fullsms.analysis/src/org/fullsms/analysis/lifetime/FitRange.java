package org.fullsms.analysis.lifetime;

/**
 * The fit window {@code [start, end)} in channels, found by the original's rules (REFERENCE §5 with the
 * settings of §3.6).
 *
 * @param start first channel fitted
 * @param end   channel after the last one fitted
 */
public record FitRange(int start, int end) {

    /** Channels the safe rise start moves back from the rise start at most. */
    static final int SAFE_RISE_MARGIN = 10;
    /** Odd (centred) moving-average window used to find the data's rise for the automatic shift start. */
    static final int SMOOTHING_FOR_ALIGNMENT = 5;

    public FitRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty fit window [" + start + ", " + end + ")");
        }
    }

    /** Number of channels fitted. */
    public int length() {
        return end - start;
    }

    /**
     * Finds the window.
     *
     * @param counts       decay counts
     * @param widthNs      channel width in ns
     * @param background   decay background in counts per channel (for the automatic end)
     * @param mode         how to pick the start
     * @param manualStart  start for {@link StartMode#MANUAL}
     * @param autoEnd      find the end automatically (the original's rule; when it finds no decay and would end
     *                     the window before the peak, a manual start keeps the default end)
     * @param manualEnd    end when not automatic; negative means the default: the last channel is left out
     *                     for least squares ({@code allChannels} false) and kept for maximum likelihood, as in
     *                     the original
     * @param allChannels  whether the default manual end keeps the last channel
     * @param settings     the §3.6 settings
     * @throws IllegalArgumentException when no window of at least one channel remains
     */
    public static FitRange find(double[] counts, double widthNs, double background, StartMode mode, int manualStart,
            boolean autoEnd, int manualEnd, boolean allChannels, LifetimeSettings settings) {
        int n = counts.length;
        int window = settings.useMovingAverage() ? Math.min(settings.movingAverageWindow(), (int) (0.1 * n)) : 1;
        boolean smoothed = window > 1;
        double[] curve = smoothed ? movingAverage(counts, window) : counts;
        int peak = DecayHistogram.argMax(curve);
        double max = peak < 0 ? 0 : curve[peak];
        int start = switch (mode) {
            case MANUAL -> Math.max(0, manualStart);
            case CLOSE_TO_MAX -> closeToMax(curve, settings.startPercent() / 100 * max);
            case RISE_START -> Backgrounds.estimate(curve).riseChannel();
            case RISE_MIDDLE -> (Backgrounds.estimate(curve).riseChannel()
                    + closeToMax(curve, settings.startPercent() / 100 * max)) / 2;
            case SAFE_RISE_START -> {
                int rise = Backgrounds.estimate(curve).riseChannel();
                yield Math.max(0, rise - Math.min(peak - rise, SAFE_RISE_MARGIN));
            }
        };
        int minimum = (int) Math.round(settings.minimumDecayWindowNs() / widthNs);
        int end;
        if (autoEnd) {
            double threshold = Math.max(settings.endMultiple() * background, settings.endPercent() / 100 * max);
            int last = -1;
            // The last channel is never taken (original rule).
            for (int k = n - 2; k > start; k--) {
                if (curve[k] > threshold) {
                    last = k;
                    break;
                }
            }
            int tail = smoothed ? window / 2 : 0;
            if (last < 0 && mode == StartMode.MANUAL && start + minimum + tail <= peak) {
                // Nothing rises above the threshold, and the original's end, 0.5 ns after a start the user gave
                // (channel 0 by default), comes before the peak: a window without the decay. From channel 0 this
                // is the rule, not the exception, for a decay of a few thousand photons: its background estimate
                // lands on the rise and is capped at 5 % of the maximum, which makes the threshold the maximum.
                // The window keeps the default end instead. (The original's automatic starts keep its rule: the
                // reference fits have its windows.)
                end = allChannels ? n : n - 1;
            } else {
                end = (last < 0 ? start + minimum : last) + tail;
            }
        } else {
            end = manualEnd >= 0 ? manualEnd : (allChannels ? n : n - 1);
        }
        end = Math.min(n, Math.max(end, start + minimum));
        return new FitRange(Math.min(start, n - 1), end);
    }

    private static int closeToMax(double[] curve, double threshold) {
        for (int k = 0; k < curve.length; k++) {
            if (curve[k] > threshold) {
                return k;
            }
        }
        return 0;
    }

    /**
     * Centred moving average of {@code window} channels, zeros outside the data (numpy's
     * {@code convolve(x, ones(w)/w, "same")}): value k averages channels k−⌊w/2⌋ … k+⌈w/2⌉−1.
     */
    static double[] movingAverage(double[] values, int window) {
        int n = values.length;
        int ahead = (window - 1) / 2; // channels after k included
        double[] out = new double[n];
        double sum = 0;
        // running sum over [k + ahead - window + 1, k + ahead]
        for (int i = 0; i < Math.min(n, ahead); i++) {
            sum += values[i];
        }
        for (int k = 0; k < n; k++) {
            int in = k + ahead;
            int outIndex = in - window;
            if (in < n) {
                sum += values[in];
            }
            if (outIndex >= 0) {
                sum -= values[outIndex];
            }
            out[k] = sum / window;
        }
        return out;
    }
}
